// Reports (every figure by unit, municipality, region or nationally, as JSON
// or Danish-Excel CSV) and the project lead's pseudonymised evaluation
// export. Reports disclose no person: one audit entry per request (entity
// "report"), none per citizen. Who sees what:
//   unit staff / lead   their unit, all cells
//   authority           its municipality, all cells
//   project lead        its municipality, cells under 5 citizens hidden
//   evaluator           any scope, cells under 5 citizens hidden
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "http/routes/table_response.hpp"
#include "json/aggregates.hpp"
#include "json/report_table_json.hpp"
#include "service/report_service.hpp"

namespace afk::http {

namespace {

// The last 365 days up to `to` unless a start is given.
Result<numbers::Period> period_query(RequestContext& context) {
  return http::period_query(context, context.services().clock.today(),
                            [](Date to) { return to.plus_days(-364); });
}

// The figure, period and area asked for (?scope=&id=); the service confines the area.
Result<service::ReportAsked> report_asked(RequestContext& context) {
  service::ReportAsked asked;
  asked.figure = context.text_parameter("figure");
  AFK_TRY(period, period_query(context));
  asked.period = period.value();
  if (auto code = context.query("scope")) {
    asked.kind = from_code<ReportScopeKind>(*code);
    if (!asked.kind)
      return make_error(ErrorKind::bad_input, "invalid_scope",
                        "Vælg unit, municipality, region eller national.", "scope");
  }
  if (auto text = context.query("id")) {
    try {
      asked.id = std::stoll(*text);
    } catch (...) {
      return make_error(ErrorKind::bad_input, "invalid_id", "Id skal være et tal.", "id");
    }
  }
  return asked;
}

ApiResponse get_report(RequestContext& context) {
  AFK_TRY(csv, wants_csv(context));
  AFK_TRY(asked, report_asked(context));
  const numbers::Period period = asked->period;
  const std::string figure = asked->figure;
  return answer(service::read_report(context, asked.value()), [&](const service::ReportRead& read) {
    if (!csv.value()) {
      const json::FigureView view{figure, read.scope, period, json::table_view(read.table),
                                  read.small_cells_suppressed};
      return json_answer(json::to_json(view));
    }
    return Result<ApiResponse>(csv_answer(read.table, csv_file_name(read.table.title, period)));
  });
}

ApiResponse get_evaluation_export(RequestContext& context) {
  if (!context.query("from") || !context.query("to"))
    return ApiResponse::error(make_error(ErrorKind::bad_input, "period_required", "Angiv både from og to.",
                                         context.query("from") ? "to" : "from"));
  AFK_TRY(period, period_query(context));
  return answer(service::export_evaluation(context, period.value()),
                [&](const service::EvaluationExport& done) {
                  nlohmann::json body = done.datasets;
                  body["source"] = done.source;
                  body["period"] = {{"from", period.value().first.iso()}, {"to", period.value().last.iso()}};
                  body["codebook"] = done.codebook_markdown;
                  return json_answer(body);
                });
}

}  // namespace

void register_report_routes(Router& router) {
  router.add({"GET", "/api/v1/reports/{figure}", Access::logged_in, Action::read_figures, {}, get_report});
  router.add({"GET",
              "/api/v1/evaluation/export",
              Access::logged_in,
              Action::export_evaluation,
              {},
              get_evaluation_export});
}

}  // namespace afk::http
