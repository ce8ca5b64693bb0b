// Referrals from the wards and the joint assessment. Ward staff submit and
// follow their ward's referrals (status only, never the unit's notes); the
// unit decides; the authority sees its citizens' referrals.
#include "core/course_state.hpp"
#include "http/routes/all_routes.hpp"
#include "http/routes/course_context.hpp"
#include "http/routes/route_support.hpp"
#include "json/aggregates.hpp"
#include "json/course_commands.hpp"
#include "json/payloads.hpp"
#include "store/aggregates.hpp"
#include "store/consent_repository.hpp"
#include "store/course_queries.hpp"
#include "store/referral_queries.hpp"

namespace afk::http {

namespace {
// What the caller may see of a referral. Ward staff follow status, dates and
// the course — the unit's note only when shared. Without the citizen's
// consent to share the referral, the unit sees what plans a place: age,
// ward, support situation and dates (core/access_policy).
nlohmann::json referral_view(store::SqlConnection& sql, const Referral& referral, const Citizen& citizen,
                             const Caller& caller, bool limited, Date today,
                             const CitizenConsents& consents) {
  nlohmann::json view = json::to_json(referral);
  view["citizen_name"] = citizen.name;
  view["citizen_age"] = age_on(citizen, today);
  view["limited_by_consent"] = limited;
  if (limited) {
    view["citizen_name"] = nullptr;
    for (const char* hidden : {"reason", "substance_use_note", "risk_history"}) view[hidden] = "";
    view["substance_use"] = "unknown";
  }
  if (!sees_decision_note(caller, referral)) view["decision_note"] = "";
  nlohmann::json commands = nlohmann::json::array();
  for (const std::string& command : legal_referral_commands(referral))
    if (may_run_referral_command(caller.role, command)) commands.push_back(command);
  view["legal_commands"] = commands;
  view["outcome_withheld"] = !sees_course_outcome(caller, consents);
  const auto course = store::course_summary_of_referral(sql, referral.id);
  if (!course || view["outcome_withheld"].get<bool>()) {
    view["course"] = nullptr;
  } else {
    auto optional_text = [](const std::optional<std::string>& text) {
      return text ? nlohmann::json(*text) : nlohmann::json();
    };
    view["course"] = {{"id", course->id},
                      {"state", course->state},
                      {"moved_in_on", optional_text(course->moved_in_on)},
                      {"moved_out_on", optional_text(course->moved_out_on)}};
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
    // Only a citizen the ward registered or admitted; any other answers as unknown.
    if (auto allowed = context.authorize(sql, Action::submit_referral, ResourceKind::citizen,
                                         command->citizen_id, "citizen_id");
        !allowed)
      return allowed.error();
    auto citizen = store::load<Citizen>(sql, command->citizen_id);
    if (!citizen) return make_error(ErrorKind::not_found, "not_found", "Posten findes ikke.", "citizen_id");
    auto ward = store::load<Ward>(sql, command->ward_id);
    if (!ward)
      return make_error(ErrorKind::bad_input, "unknown_ward", "Sengeafsnittet findes ikke.", "ward_id");
    auto unit = store::load<Unit>(sql, command->unit_id);
    if (!unit) return make_error(ErrorKind::bad_input, "unknown_unit", "Tilbuddet findes ikke.", "unit_id");
    auto referral = submit_referral(command.value(), citizen.value(), ward.value(), unit.value(),
                                    context.services().clock.today());
    if (!referral) return referral.error();
    store::insert(sql, referral.value());
    audit.record("create", citizen->id, "referral", referral->id);
    const Principal& principal = context.principal();
    for (const std::int64_t consent : store::record_referral_consents(
             sql, referral.value(), command->consent_form, command->consent_to_share_back_with_ward,
             principal.user_id, std::string(role_code(principal.role)), context.services().clock.today()))
      audit.record("create", citizen->id, "consent", consent);
    return versioned_answer(
        referral_view(sql, referral.value(), citizen.value(), context.caller(), false,
                      context.services().clock.today(), store::load_consents(sql, citizen->id)),
        referral->version, 201);
  });
}

ApiResponse list_referrals(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    const Principal& principal = context.principal();
    const std::int64_t organisation = principal.organisation_id.value_or(0);
    store::ListScope scope{store::ListScope::Kind::unit, organisation};
    if (principal.role == Role::ward_staff) scope.kind = store::ListScope::Kind::ward;
    if (principal.role == Role::authority) scope.kind = store::ListScope::Kind::citizens_municipality;
    nlohmann::json items = nlohmann::json::array();
    const Date today = context.services().clock.today();
    for (const auto& referral : store::list_referrals(sql, scope, context.query("state"))) {
      auto citizen = store::load<Citizen>(sql, referral.citizen_id);
      if (!citizen) continue;
      // The query narrows by organisation; the policy decides each item.
      const CitizenConsents consents = store::load_consents(sql, citizen->id);
      const AccessDecision decision =
          decide(context.caller(), Action::list_referrals, facts_of(referral, citizen.value(), consents));
      if (!decision.allowed()) continue;
      audit.record("read", citizen->id, "referral", referral.id);
      items.push_back(referral_view(sql, referral, citizen.value(), context.caller(), decision.limited_view,
                                    today, consents));
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
    return versioned_answer(
        referral_view(sql, referral.value(), citizen.value(), context.caller(), context.access().limited_view,
                      context.services().clock.today(), store::load_consents(sql, citizen->id)),
        referral->version);
  });
}

// Ward staff withdraw (their own route, Action::withdraw_referral); the unit
// decides the rest (Action::decide_referral).
ApiResponse decide_referral(RequestContext& context, const std::string& command) {
  return run_command(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    auto referral_id = context.id_parameter("referralId");
    if (!referral_id) return referral_id.error();
    auto referral = store::load<Referral>(sql, referral_id.value());
    if (!referral) return referral.error();
    auto referral_context = load_referral_context(sql, referral.value(), context.services().clock.today());
    audit.record("command:" + command, referral->citizen_id, "referral", referral->id);
    auto version = context.expected_version();
    if (!version) return version.error();
    auto decision = json::apply_referral_command(
        command, referral.value(), context.body().is_null() ? nlohmann::json::object() : context.body(),
        referral_context);
    if (!decision) return decision.error();
    if (auto saved = store::update(sql, decision->referral, version.value()); !saved) return saved.error();
    if (decision->course) {
      store::insert(sql, *decision->course);
      audit.record("create", decision->course->citizen_id, "course", decision->course->id);
    }
    nlohmann::json body = json::to_json(decision.value());
    body["referral"] = referral_view(sql, decision->referral, referral_context.citizen, context.caller(),
                                     context.access().limited_view, referral_context.today,
                                     store::load_consents(sql, referral_context.citizen.id));
    return versioned_answer(body, decision->referral.version);
  });
}
}  // namespace

void register_referral_routes(Router& router) {
  router.add(
      {"POST", "/api/v1/referrals", Access::logged_in, Action::submit_referral, {}, submit_referral_route});
  router.add({"GET", "/api/v1/referrals", Access::logged_in, Action::list_referrals, {}, list_referrals});
  router.add({"GET",
              "/api/v1/referrals/{referralId}",
              Access::logged_in,
              Action::read_referral,
              {ResourceKind::referral, "referralId"},
              get_referral});
  router.add({"POST",
              "/api/v1/referrals/{referralId}/commands/withdraw",
              Access::logged_in,
              Action::withdraw_referral,
              {ResourceKind::referral, "referralId"},
              [](RequestContext& context) { return decide_referral(context, "withdraw"); }});
  router.add(
      {"POST",
       "/api/v1/referrals/{referralId}/commands/{command}",
       Access::logged_in,
       Action::decide_referral,
       {ResourceKind::referral, "referralId"},
       [](RequestContext& context) { return decide_referral(context, context.text_parameter("command")); }});
}

}  // namespace afk::http
