// Reports (every figure by unit, municipality, region or nationally, as JSON
// or Danish-Excel CSV) and the project lead's pseudonymised evaluation
// export. Reports disclose no person: one audit entry per request (entity
// "report"), none per citizen. Who sees what:
//   unit staff / lead   their unit, all cells
//   authority           its municipality, all cells
//   project lead        its municipality, cells under 5 citizens hidden
//   evaluator           any scope, cells under 5 citizens hidden
#include "core/numbers/danish_csv.hpp"
#include "core/numbers/small_cell_suppression.hpp"
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "http/routes/table_response.hpp"
#include "security/tokens.hpp"
#include "store/evaluation_dataset.hpp"
#include "store/installation_secrets.hpp"
#include "store/report_figures.hpp"

namespace afk::http {

namespace {

// The last 365 days up to `to` unless a start is given.
Result<numbers::Period> period_query(RequestContext& context) {
  return http::period_query(context, context.services().clock.today(),
                            [](Date to) { return to.plus_days(-364); });
}

struct Decided {
  store::ReportScope scope;
  bool suppress = false;
};

// The area asked for (?scope=&id=), confined to the caller's organisation.
Result<Decided> decide_scope(const RequestContext& context) {
  const Principal& principal = context.principal();
  std::optional<ReportScopeKind> kind;
  if (auto asked = context.query("scope")) {
    kind = report_scope_kind_from_code(*asked);
    if (!kind)
      return make_error(ErrorKind::bad_input, "invalid_scope",
                        "Vælg unit, municipality, region eller national.", "scope");
  }
  std::optional<std::int64_t> id;
  if (auto text = context.query("id")) {
    try {
      id = std::stoll(*text);
    } catch (...) {
      return make_error(ErrorKind::bad_input, "invalid_id", "Id skal være et tal.", "id");
    }
  }
  auto scope = confine_report_scope(principal.role, principal.organisation_id, kind, id);
  if (!scope) return scope.error();
  return Decided{scope.value(), numbers::hides_small_cells_for(principal.role)};
}

ApiResponse get_report(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    audit.record("read", std::nullopt, "report", std::nullopt);
    const std::string figure = context.text_parameter("figure");
    if (!store::is_report_figure(figure))
      return make_error(ErrorKind::not_found, "unknown_figure", "Rapporten findes ikke.", "figure");
    auto csv = wants_csv(context);
    if (!csv) return csv.error();
    auto period = period_query(context);
    if (!period) return period.error();
    auto decided = decide_scope(context);
    if (!decided) return decided.error();

    store::FigureRequest request{figure, period.value(), context.services().clock.today(),
                                 decided->scope.kind == store::ReportScopeKind::national
                                     ? store::ReportGrouping::municipality
                                     : store::ReportGrouping::unit,
                                 store::load_baselines(sql)};
    auto table = store::report_figure(sql, decided->scope, request);
    if (!table) return table.error();
    numbers::ReportTable result = std::move(table).value();
    if (decided->suppress) result = numbers::suppress_small_cells(std::move(result)).table;

    if (!csv.value()) {
      nlohmann::json body = store::report_table_json(result);
      body["figure"] = figure;
      body["scope"] = {{"kind", store::report_scope_kind_code(decided->scope.kind)},
                       {"id", decided->scope.id}};
      body["period"] = {{"from", period.value().first.iso()}, {"to", period.value().last.iso()}};
      body["small_cells_suppressed"] = decided->suppress;
      return json_answer(body);
    }
    numbers::CsvOptions options;
    options.include_title_and_notes = true;
    ApiResponse response;
    response.content_type = "text/csv; charset=utf-8";
    response.body = numbers::to_danish_csv(result, options);
    response.headers.emplace_back("Content-Disposition", "attachment; filename=\"afklaring-" + figure + "-" +
                                                             period.value().first.iso() + "-" +
                                                             period.value().last.iso() + ".csv\"");
    return response;
  });
}

// The project lead's municipality, pseudonymised with the installation's
// own key (a shared national key is a command-line option only).
ApiResponse get_evaluation_export(RequestContext& context) {
  return run_command(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    audit.record("export", std::nullopt, "evaluation", std::nullopt);
    if (!context.query("from") || !context.query("to"))
      return make_error(ErrorKind::bad_input, "period_required", "Angiv både from og to.",
                        context.query("from") ? "to" : "from");
    auto period = period_query(context);
    if (!period) return period.error();
    const auto municipality = context.principal().organisation_id;
    if (!municipality)
      return make_error(ErrorKind::forbidden, "forbidden", "Du er ikke knyttet til en kommune.");
    const std::string key = store::installation_secret(sql, "evaluation-pseudonym", security::random_token());
    store::EvaluationExportRequest request;
    request.pseudonym = [key](const std::string& text) { return security::keyed_hash(key, text); };
    request.source =
        store::installation_secret(sql, "installation-id", security::random_token()).substr(0, 16);
    request.municipality_id = *municipality;
    request.period = period.value();
    nlohmann::json body = nlohmann::json::object();
    for (const char* dataset : store::evaluation_datasets) body[dataset] = nlohmann::json::array();
    store::export_evaluation(sql, request, [&](const std::string& dataset, const nlohmann::json& row) {
      body[dataset].push_back(row);
    });
    body["source"] = request.source;
    body["period"] = {{"from", period.value().first.iso()}, {"to", period.value().last.iso()}};
    body["codebook"] = store::evaluation_codebook_markdown();
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
