// A citizen's access log, for the roles that answer a citizen's request for
// insight (the unit's lead, the authority, the administrator): when, which
// organisation, which role and for what purpose the citizen's data was read,
// changed or refused. The user's name only on request (`names=true`, the
// administrator), where the citizen needs it to exercise their rights
// (Datatilsynet's practice on access to log files). Paged newest first,
// filtered by period, as JSON or as CSV for Danish Excel; the web app prints it.
#include <map>

#include "core/access_policy.hpp"
#include "core/numbers/report_table.hpp"
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "http/routes/table_response.hpp"
#include "store/aggregates.hpp"
#include "store/audit_repository.hpp"
#include "store/users_repository.hpp"

namespace afk::http {

namespace {
constexpr int default_page = 100;
constexpr int max_page = 1000;

std::string_view outcome_label_da(const std::string& outcome) {
  if (outcome == "ok") return "Udført";
  if (outcome == "refused") return "Afvist";
  return "Mislykkedes";
}

// "Aarhus Kommune", "Afsnit P3", …: the organisation a user belonged to.
class OrganisationNames {
 public:
  explicit OrganisationNames(store::SqlConnection& sql) : sql_(sql) {}

  struct Who {
    std::string organisation;
    std::string name;
  };
  Who of(std::optional<std::int64_t> user_id, const std::string& role_code) {
    if (!user_id) return {"Systemet", ""};
    if (auto known = cache_.find(*user_id); known != cache_.end()) return known->second;
    Who who;
    if (const auto user = store::find_user(sql_, *user_id)) {
      who.name = user->display_name;
      who.organisation = organisation_name(*user);
    }
    if (who.organisation.empty()) {
      const auto role = role_from_code(role_code);
      who.organisation = role ? std::string(role_label_da(*role)) : "Ukendt";
    }
    return cache_[*user_id] = who;
  }

 private:
  std::string organisation_name(const store::UserRecord& user) {
    if (!user.organisation_id) return "";
    switch (user.organisation_kind) {
      case OrganisationKind::ward:
        if (auto ward = store::load<Ward>(sql_, *user.organisation_id)) return ward->name;
        break;
      case OrganisationKind::unit:
        if (auto unit = store::load<Unit>(sql_, *user.organisation_id)) return unit->name;
        break;
      case OrganisationKind::municipality:
        if (auto municipality = store::load<Municipality>(sql_, *user.organisation_id))
          return municipality->name;
        break;
      default:
        break;
    }
    return "";
  }

  store::SqlConnection& sql_;
  std::map<std::int64_t, Who> cache_;
};

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

ApiResponse citizen_access_log(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    auto citizen_id = context.id_parameter("citizenId");
    if (!citizen_id) return citizen_id.error();
    auto from_query = date_query(context, "from");
    if (!from_query) return from_query.error();
    auto to_query = date_query(context, "to");
    if (!to_query) return to_query.error();
    const std::optional<Date> from = from_query.value();
    const std::optional<Date> to = to_query.value();
    if (from && to && *to < *from)
      return make_error(ErrorKind::bad_input, "period_invalid", "Slutdatoen ligger før startdatoen.", "to");
    auto before = id_query(context, "before");
    if (!before) return before.error();
    auto limit = page_size(context);
    if (!limit) return limit.error();
    auto csv = wants_csv(context);
    if (!csv) return csv.error();
    const bool names = context.query("names") == "true";
    if (names && context.principal().role != Role::admin)
      return make_error(ErrorKind::forbidden, "names_admin_only",
                        "Kun administratoren kan udlevere medarbejdernes navne.", "names");

    store::AuditQuery query;
    query.citizen_id = citizen_id.value();
    if (from) query.from_day = from->iso();
    if (to) query.to_day = to->iso();
    query.before_id = before.value();
    query.limit = limit.value() + 1;  // one more tells whether there is a next page
    auto entries = store::query_audit(sql, query);
    const bool more = static_cast<int>(entries.size()) > limit.value();
    if (more) entries.pop_back();
    // Handing out the log is itself logged, with the period asked for.
    audit.record("read", citizen_id.value(), "access_log", std::nullopt);

    numbers::ReportTable table;
    table.title = "Adgangslog for borger " + std::to_string(citizen_id.value());
    for (const auto& [key, heading] : {std::pair{"at", "Tidspunkt"},
                                       {"organisation", "Organisation"},
                                       {"role", "Rolle"},
                                       {"purpose", "Formål"},
                                       {"outcome", "Udfald"},
                                       {"user", "Medarbejder"}}) {
      if (std::string_view(key) == "user" && !names) continue;
      numbers::ReportColumn column;
      column.key = key;
      column.heading_da = heading;
      table.columns.push_back(std::move(column));
    }
    OrganisationNames organisations(sql);
    for (const store::AuditEntry& entry : entries) {
      const auto who = organisations.of(entry.user_id, entry.role);
      const auto role = role_from_code(entry.role);
      numbers::ReportRow row;
      row.cells = {danish_local_time(entry.at), who.organisation,
                   role ? std::string(role_label_da(*role)) : std::string(),
                   std::string(purpose_label_da(entry.purpose.empty() ? entry.action : entry.purpose)),
                   std::string(outcome_label_da(entry.outcome))};
      if (names) row.cells.emplace_back(who.name);
      table.rows.push_back(std::move(row));
    }
    table.notes_da.push_back(
        "Nyeste først. Navne på medarbejdere udleveres kun, når borgeren har brug for dem.");
    if (csv.value()) return csv_answer(table, "adgangslog-" + std::to_string(citizen_id.value()) + ".csv");
    nlohmann::json body = table_to_json(table);
    body["next_before"] = more && !entries.empty() ? nlohmann::json(entries.back().id) : nlohmann::json();
    return json_answer(body);
  });
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
