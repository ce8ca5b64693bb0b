// Referrals from the wards and the joint assessment. Ward staff submit and
// follow their ward's referrals (status only, never the unit's notes); the
// unit decides; the authority sees its citizens' referrals.
#include "core/course_state.hpp"
#include "http/routes/all_routes.hpp"
#include "http/routes/course_context.hpp"
#include "http/routes/route_support.hpp"
#include "http/routes/scopes.hpp"
#include "json/aggregates.hpp"
#include "json/course_commands.hpp"
#include "json/payloads.hpp"
#include "store/aggregates.hpp"

namespace afk::http {

namespace {
const std::set<Role> referral_readers{Role::ward_staff, Role::unit_staff, Role::unit_lead, Role::authority};
const std::set<Role> deciders{Role::ward_staff, Role::unit_staff, Role::unit_lead};

// What ward staff may follow: the referral, who it is about, and how the
// course is going — not the unit's notes.
nlohmann::json referral_view(store::SqlConnection& sql, const Referral& referral, const Citizen& citizen) {
  nlohmann::json view = json::to_json(referral);
  view["citizen_name"] = citizen.name;
  view["legal_commands"] = legal_referral_commands(referral);
  const auto course_rows =
      sql.query("SELECT id, state, move_in, move_out FROM courses WHERE referral_id = ?", {referral.id});
  if (course_rows.empty()) {
    view["course"] = nullptr;
  } else {
    const auto& row = course_rows.front();
    view["course"] = {{"id", row.integer(0)},
                      {"state", row.text(1)},
                      {"moved_in_on", row.is_null(2) ? nlohmann::json() : nlohmann::json(row.text(2))},
                      {"moved_out_on", row.is_null(3) ? nlohmann::json() : nlohmann::json(row.text(3))}};
  }
  return view;
}

ApiResponse submit_referral_route(RequestContext& context) {
  return run_command(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    if (auto object = require_object_body(context); !object) return object.error();
    auto command = json::parse_submit_referral(context.body());
    if (!command) return command.error();
    if (command->ward_id != context.principal().organisation_id.value_or(0))
      return make_error(ErrorKind::forbidden, "not_your_ward", "Du kan kun henvise fra dit eget sengeafsnit.",
                        "ward_id");
    auto citizen = store::load<Citizen>(sql, command->citizen_id);
    if (!citizen) return make_error(ErrorKind::bad_input, "unknown_citizen", "Borgeren findes ikke.", "citizen_id");
    auto ward = store::load<Ward>(sql, command->ward_id);
    if (!ward) return make_error(ErrorKind::bad_input, "unknown_ward", "Sengeafsnittet findes ikke.", "ward_id");
    auto unit = store::load<Unit>(sql, command->unit_id);
    if (!unit) return make_error(ErrorKind::bad_input, "unknown_unit", "Tilbuddet findes ikke.", "unit_id");
    auto referral = submit_referral(command.value(), citizen.value(), ward.value(), unit.value(),
                                    context.services().clock.today());
    if (!referral) return referral.error();
    store::insert(sql, referral.value());
    audit.record("create", citizen->id, "referral", referral->id);
    return versioned_answer(referral_view(sql, referral.value(), citizen.value()), referral->version, 201);
  });
}

ApiResponse list_referrals(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    const Principal& principal = context.principal();
    const std::int64_t organisation = principal.organisation_id.value_or(0);
    std::string where;
    switch (principal.role) {
      case Role::ward_staff: where = "ward_id = ?"; break;
      case Role::authority:
        where = "citizen_id IN (SELECT id FROM citizens WHERE municipality_id = ?)";
        break;
      default: where = "unit_id = ?";
    }
    std::vector<store::SqlValue> params{organisation};
    if (auto state = context.query("state")) {
      where += " AND state = ?";
      params.emplace_back(*state);
    }
    nlohmann::json items = nlohmann::json::array();
    for (const auto& referral : store::select<Referral>(sql, where, params)) {
      auto citizen = store::load<Citizen>(sql, referral.citizen_id);
      if (!citizen) continue;
      audit.record("read", citizen->id, "referral", referral.id);
      items.push_back(referral_view(sql, referral, citizen.value()));
    }
    return json_answer({{"items", items}});
  });
}

ApiResponse get_referral(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    auto referral_id = context.id_parameter("referralId");
    if (!referral_id) return referral_id.error();
    auto referral = store::load<Referral>(sql, referral_id.value());
    if (!referral) return referral.error();
    auto citizen = store::load<Citizen>(sql, referral->citizen_id);
    if (!citizen) return citizen.error();
    audit.record("read", citizen->id, "referral", referral->id);
    if (auto allowed = context.require_access(scope_of(referral.value(), citizen.value())); !allowed)
      return allowed.error();
    return versioned_answer(referral_view(sql, referral.value(), citizen.value()), referral->version);
  });
}

// Ward staff may only withdraw; the unit decides the rest.
Status require_decision_role(const Principal& principal, const std::string& command) {
  const bool ward = principal.role == Role::ward_staff;
  if (ward == (command == "withdraw")) return ok_status();
  return make_error(ErrorKind::forbidden, "role_not_allowed",
                    ward ? "Sengeafsnittet kan trække henvisningen tilbage; beslutningen træffes af tilbuddet."
                         : "Kun sengeafsnittet kan trække en henvisning tilbage.");
}

ApiResponse decide_referral(RequestContext& context) {
  return run_command(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    auto referral_id = context.id_parameter("referralId");
    if (!referral_id) return referral_id.error();
    const std::string command = context.text_parameter("command");
    auto referral = store::load<Referral>(sql, referral_id.value());
    if (!referral) return referral.error();
    auto referral_context = load_referral_context(sql, referral.value(), context.services().clock.today());
    audit.record("command:" + command, referral->citizen_id, "referral", referral->id);
    if (auto allowed = context.require_access(scope_of(referral.value(), referral_context.citizen)); !allowed)
      return allowed.error();
    if (auto allowed = require_decision_role(context.principal(), command); !allowed) return allowed.error();
    auto version = context.expected_version();
    if (!version) return version.error();
    auto decision = json::apply_referral_command(command, referral.value(), context.body().is_null()
                                                                                 ? nlohmann::json::object()
                                                                                 : context.body(),
                                                 referral_context);
    if (!decision) return decision.error();
    if (auto saved = store::update(sql, decision->referral, version.value()); !saved) return saved.error();
    if (decision->course) {
      store::insert(sql, *decision->course);
      audit.record("create", decision->course->citizen_id, "course", decision->course->id);
    }
    nlohmann::json body = json::to_json(decision.value());
    body["referral"] = referral_view(sql, decision->referral, referral_context.citizen);
    return versioned_answer(body, decision->referral.version);
  });
}
}  // namespace

void register_referral_routes(Router& router) {
  router.add({"POST", "/api/v1/referrals", Access::logged_in, {Role::ward_staff}, "own ward", submit_referral_route});
  router.add({"GET", "/api/v1/referrals", Access::logged_in, referral_readers,
              "own ward / own unit / citizens of own municipality", list_referrals});
  router.add({"GET", "/api/v1/referrals/{referralId}", Access::logged_in, referral_readers,
              "own ward / own unit / citizens of own municipality", get_referral});
  router.add({"POST", "/api/v1/referrals/{referralId}/commands/{command}", Access::logged_in, deciders,
              "own ward (withdraw) / own unit (decisions)", decide_referral});
}

}  // namespace afk::http
