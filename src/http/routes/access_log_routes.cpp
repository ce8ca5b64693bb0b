// A citizen's access log, for the roles that answer a citizen's request for
// insight (the unit's lead, the authority, the administrator): when, which
// organisation, which role and for what purpose the citizen's data was read,
// changed or refused. The user's name only on request (`names=true`, the
// administrator), where the citizen needs it to exercise their rights
// (Datatilsynet's practice on access to log files). Paged newest first,
// filtered by period, as JSON or as CSV for Danish Excel; the web app prints it.
#include "core/access_policy.hpp"
#include "core/numbers/report_table.hpp"
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "http/routes/table_response.hpp"
#include "json/aggregates.hpp"
#include "json/report_table_json.hpp"
#include "service/audit_log_service.hpp"

namespace afk::http {

namespace {
constexpr int default_page = 100;
constexpr int max_page = 1000;

std::string_view outcome_label_da(const std::string& outcome) {
  if (outcome == "ok") return "Udført";
  if (outcome == "refused") return "Afvist";
  return "Mislykkedes";
}

Result<int> page_size(const RequestContext& context) {
  const auto text = context.query("limit");
  if (!text) return default_page;
  try {
    std::size_t used = 0;
    const int limit = std::stoi(*text, &used);
    if (used == text->size() && limit >= 1 && limit <= max_page) return limit;
  } catch (const std::exception&) {
  }
  return make_error(ErrorKind::bad_input, "invalid_limit", "Antal rækker skal være mellem 1 og 1000.",
                    "limit");
}

Result<service::AccessLogAsked> access_log_asked(RequestContext& context) {
  service::AccessLogAsked asked;
  AFK_TRY(citizen_id, context.id_parameter("citizenId"));
  asked.citizen_id = citizen_id.value();
  AFK_TRY(from, date_query(context, "from"));
  asked.from = from.value();
  AFK_TRY(to, date_query(context, "to"));
  asked.to = to.value();
  if (asked.from && asked.to && *asked.to < *asked.from)
    return make_error(ErrorKind::bad_input, "period_invalid", "Slutdatoen ligger før startdatoen.", "to");
  AFK_TRY(before, id_query(context, "before"));
  asked.before = before.value();
  AFK_TRY(limit, page_size(context));
  asked.limit = limit.value();
  asked.names = context.query("names") == "true";
  return asked;
}

ApiResponse citizen_access_log(RequestContext& context) {
  AFK_TRY(csv, wants_csv(context));
  AFK_TRY(asked, access_log_asked(context));
  AFK_TRY(page, service::citizen_access_log(context, asked.value()));
  const std::int64_t citizen_id = asked->citizen_id;
  numbers::ReportTable table;
  table.title = "Adgangslog for borger " + std::to_string(citizen_id);
  for (const auto& [key, heading] : {std::pair{"at", "Tidspunkt"},
                                     {"organisation", "Organisation"},
                                     {"role", "Rolle"},
                                     {"purpose", "Formål"},
                                     {"outcome", "Udfald"},
                                     {"user", "Medarbejder"}}) {
    if (std::string_view(key) == "user" && !asked->names) continue;
    numbers::ReportColumn column;
    column.key = key;
    column.heading_da = heading;
    table.columns.push_back(std::move(column));
  }
  for (const service::AccessLogLine& line : page->lines) {
    const store::AuditEntry& entry = line.entry;
    const auto role = role_from_code(entry.role);
    numbers::ReportRow row;
    row.cells = {danish_local_time(entry.at), line.organisation,
                 role ? std::string(role_label_da(*role)) : std::string(),
                 std::string(purpose_label_da(entry.purpose.empty() ? entry.action : entry.purpose)),
                 std::string(outcome_label_da(entry.outcome))};
    if (asked->names) row.cells.emplace_back(line.user_name);
    table.rows.push_back(std::move(row));
  }
  table.notes_da.push_back(
      "Nyeste først. Navne på medarbejdere udleveres kun, når borgeren har brug for dem.");
  if (csv.value()) return csv_answer(table, "adgangslog-" + std::to_string(citizen_id) + ".csv");
  const json::AccessLogView view{json::table_view(table), page->next_before};
  return ApiResponse::json(json::to_json(view));
}
}  // namespace

void register_access_log_routes(Router& router) {
  router.add({"GET",
              "/api/v1/citizens/{citizenId}/access-log",
              Access::logged_in,
              Action::read_citizen_access_log,
              {ResourceKind::citizen, "citizenId"},
              citizen_access_log});
}

}  // namespace afk::http
