#include "core/access_policy.hpp"

#include <algorithm>
#include <array>

#include "core/citizen.hpp"
#include "core/course.hpp"
#include "core/course_commands.hpp"
#include "core/referral.hpp"
#include "core/referral_decision.hpp"

namespace afk {

namespace {
using R = Role;

struct ActionRule {
  Action action;
  std::string_view code;
  std::string_view label_da;  // the purpose, as a citizen reads it in their access log
  std::vector<Role> roles;
};

// Who may take each action at all. Scope and consent come on top (decide).
const std::vector<ActionRule>& action_rules() {
  static const std::vector<ActionRule> rules{
      {Action::use_own_account,
       "use_own_account",
       "Log-in og egen konto",
       {R::ward_staff, R::unit_staff, R::unit_lead, R::authority, R::project_lead, R::evaluator, R::admin}},
      {Action::read_catalogue,
       "read_catalogue",
       "Opslag i organisationer og kataloger",
       {R::ward_staff, R::unit_staff, R::unit_lead, R::authority, R::project_lead, R::evaluator, R::admin}},
      {Action::register_citizen,
       "register_citizen",
       "Oprettelse af borger",
       {R::ward_staff, R::unit_staff, R::unit_lead, R::authority}},
      {Action::search_citizens,
       "search_citizens",
       "Søgning efter borgeren",
       {R::ward_staff, R::unit_staff, R::unit_lead, R::authority}},
      {Action::read_citizen,
       "read_citizen",
       "Opslag på borgeren",
       {R::ward_staff, R::unit_staff, R::unit_lead, R::authority}},
      {Action::record_admission,
       "record_admission",
       "Registrering af indlæggelse",
       {R::ward_staff, R::unit_staff, R::unit_lead, R::authority}},
      {Action::read_consent,
       "read_consent",
       "Opslag på samtykker",
       {R::ward_staff, R::unit_staff, R::unit_lead, R::authority}},
      {Action::record_consent,
       "record_consent",
       "Registrering af samtykke",
       {R::ward_staff, R::unit_staff, R::unit_lead, R::authority}},
      {Action::submit_referral, "submit_referral", "Henvisning", {R::ward_staff}},
      {Action::list_referrals,
       "list_referrals",
       "Oversigt over henvisninger",
       {R::ward_staff, R::unit_staff, R::unit_lead, R::authority}},
      {Action::read_referral,
       "read_referral",
       "Opslag på henvisning",
       {R::ward_staff, R::unit_staff, R::unit_lead, R::authority}},
      {Action::withdraw_referral, "withdraw_referral", "Tilbagetrækning af henvisning", {R::ward_staff}},
      {Action::decide_referral, "decide_referral", "Visitation af henvisning", {R::unit_staff, R::unit_lead}},
      {Action::list_courses,
       "list_courses",
       "Oversigt over forløb",
       {R::unit_staff, R::unit_lead, R::authority}},
      {Action::read_course, "read_course", "Opslag på forløbet", {R::unit_staff, R::unit_lead, R::authority}},
      {Action::run_course_command,
       "run_course_command",
       "Registrering i forløbet",
       {R::unit_staff, R::unit_lead, R::authority}},
      {Action::write_letter, "write_letter", "Brev til afsnittet", {R::unit_staff, R::unit_lead}},
      {Action::read_responses,
       "read_responses",
       "Opslag på spørgeskemaer",
       {R::unit_staff, R::unit_lead, R::authority}},
      {Action::record_response,
       "record_response",
       "Registrering af spørgeskema",
       {R::unit_staff, R::unit_lead}},
      {Action::read_unit_board, "read_unit_board", "Overblik over pladserne", {R::unit_staff, R::unit_lead}},
      {Action::read_notifications,
       "read_notifications",
       "Beskeder",
       {R::ward_staff, R::unit_staff, R::unit_lead, R::authority}},
      {Action::configure_unit, "configure_unit", "Opsætning af tilbuddet", {R::unit_lead, R::admin}},
      {Action::edit_instruments, "edit_instruments", "Redigering af spørgeskemaer", {R::admin}},
      {Action::read_price_settings,
       "read_price_settings",
       "Opslag på priser",
       {R::unit_lead, R::project_lead, R::authority, R::evaluator, R::admin}},
      {Action::set_prices, "set_prices", "Fastsættelse af priser", {R::admin, R::project_lead}},
      {Action::use_tariff_calculator,
       "use_tariff_calculator",
       "Takstberegning",
       {R::unit_lead, R::project_lead, R::authority, R::evaluator, R::admin}},
      {Action::read_figures,
       "read_figures",
       "Nøgletal",
       {R::unit_staff, R::unit_lead, R::authority, R::project_lead, R::evaluator}},
      {Action::read_outcome_report,
       "read_outcome_report",
       "Effektrapport",
       {R::unit_staff, R::unit_lead, R::project_lead, R::evaluator}},
      {Action::read_economics_report,
       "read_economics_report",
       "Økonomirapport",
       {R::unit_lead, R::project_lead, R::authority, R::evaluator, R::admin}},
      {Action::export_evaluation, "export_evaluation", "Udtræk til evaluering", {R::project_lead}},
      {Action::plan_capacity,
       "plan_capacity",
       "Kapacitetsplanlægning",
       {R::project_lead, R::unit_lead, R::authority, R::evaluator, R::admin}},
      {Action::administer_users, "administer_users", "Brugeradministration", {R::admin}},
      {Action::read_audit_log, "read_audit_log", "Opslag i logningen", {R::admin}},
      // Those who answer a citizen's request for insight: the unit's lead and the authority.
      {Action::read_citizen_access_log,
       "read_citizen_access_log",
       "Udlevering af borgerens adgangslog",
       {R::unit_lead, R::authority, R::admin}},
      {Action::receive_medcom, "receive_medcom", "Beskeder til og fra sygehuset (MedCom)", {R::integration}},
      {Action::configure_integration, "configure_integration", "Opsætning af sygehusadviser", {R::admin}},
  };
  return rules;
}

const ActionRule& rule_of(Action action) {
  for (const ActionRule& rule : action_rules())
    if (rule.action == action) return rule;
  return action_rules().front();  // unreachable: every action has a rule (tested)
}

bool allows(const ActionRule& rule, Role role) {
  return std::find(rule.roles.begin(), rule.roles.end(), role) != rule.roles.end();
}
// Whether the role may take the action at all (scope and consent aside).
bool role_may(Role role, Action action) { return allows(rule_of(action), role); }

bool same(std::optional<std::int64_t> organisation, std::optional<std::int64_t> id) {
  return organisation && id && *organisation == *id;
}

bool contains(const std::vector<std::int64_t>& ids, std::optional<std::int64_t> id) {
  return id && std::find(ids.begin(), ids.end(), *id) != ids.end();
}

bool unit_role(Role role) { return role == Role::unit_staff || role == Role::unit_lead; }
bool municipality_role(Role role) { return role == Role::authority || role == Role::project_lead; }

// Whether the caller's organisation covers the record.
bool in_scope(const Caller& caller, const ResourceFacts& facts) {
  const auto organisation = caller.organisation_id;
  switch (facts.kind) {
    case ResourceKind::none:
      return true;
    case ResourceKind::installation:
      return caller.role == Role::admin;
    case ResourceKind::unit:
    case ResourceKind::agreement:
      if (unit_role(caller.role)) return same(organisation, facts.unit_id);
      if (municipality_role(caller.role)) return same(organisation, facts.municipality_id);
      // Units are configured by the administrator and planned by evaluators; no person in them.
      return caller.role == Role::admin || caller.role == Role::evaluator;
    case ResourceKind::referral:
      if (caller.role == Role::ward_staff) return same(organisation, facts.ward_id);
      if (unit_role(caller.role)) return same(organisation, facts.unit_id);
      return caller.role == Role::authority && same(organisation, facts.municipality_id);
    case ResourceKind::course:
      if (unit_role(caller.role)) return same(organisation, facts.unit_id);
      return caller.role == Role::authority && same(organisation, facts.municipality_id);
    case ResourceKind::citizen:
      if (caller.role == Role::ward_staff) return contains(facts.linked_wards, organisation);
      if (unit_role(caller.role)) return contains(facts.linked_units, organisation);
      // The administrator answers citizens' requests for their access log (the only citizen action it has).
      if (caller.role == Role::admin) return true;
      return caller.role == Role::authority && (same(organisation, facts.municipality_id) ||
                                                contains(facts.linked_municipalities, organisation));
  }
  return false;
}

bool identified_record(ResourceKind kind) {
  return kind != ResourceKind::none && kind != ResourceKind::installation;
}

AccessDecision refuse(Refusal refusal, std::string code, std::string reason) {
  return AccessDecision{refusal, std::move(code), std::move(reason)};
}

// The unit works on what the ward shared: without consent (or a legal basis)
// to share the referral it sees enough to plan a place, not the person.
AccessDecision consent_rule(const Caller& caller, Action action, const ResourceFacts& facts) {
  if (!unit_role(caller.role)) return {};
  if (covers(facts.consents, ConsentPurpose::share_with_unit)) return {};
  switch (action) {
    case Action::list_referrals:
    case Action::list_courses:
    case Action::read_referral:
    case Action::decide_referral: {
      AccessDecision limited;
      limited.limited_view = true;
      return limited;
    }
    case Action::read_citizen:
    case Action::record_admission:
    case Action::read_course:
    case Action::run_course_command:
    case Action::write_letter:
    case Action::read_responses:
    case Action::record_response:
      return refuse(Refusal::consent, "consent_missing",
                    "Borgeren har ikke givet samtykke til, at oplysningerne deles med afklaringstilbuddet. "
                    "Du ser kun det, der skal til for at planlægge en plads.");
    default:
      return {};
  }
}
}  // namespace

AccessDecision not_found_decision() { return refuse(Refusal::scope, "not_found", "Posten findes ikke."); }

AccessDecision decide(const Caller& caller, Action action, const ResourceFacts& facts) {
  if (!role_may(caller.role, action))
    return refuse(
        Refusal::role, "role_not_allowed",
        "Din rolle (" + std::string(role_label_da(caller.role)) + ") giver ikke adgang til denne funktion.");
  if (identified_record(facts.kind) && !facts.exists) return not_found_decision();
  if (!in_scope(caller, facts)) {
    if (identified_record(facts.kind)) return not_found_decision();
    return refuse(Refusal::scope, "outside_your_organisation",
                  "Det kan kun administratoren: det gælder alle tilbud på landsplan.");
  }
  return consent_rule(caller, action, facts);
}

std::span<const Role> roles_for(Action action) { return rule_of(action).roles; }
std::string_view action_code(Action action) { return rule_of(action).code; }

std::vector<std::string_view> action_codes_of(Role role) {
  std::vector<std::string_view> codes;
  for (const ActionRule& rule : action_rules())
    if (allows(rule, role)) codes.push_back(rule.code);
  return codes;
}

std::string_view purpose_label_da(std::string_view action_code) {
  for (const ActionRule& rule : action_rules())
    if (rule.code == action_code) return rule.label_da;
  return "Andet";
}

std::span<const Action> all_actions() {
  static const std::vector<Action> actions = [] {
    std::vector<Action> all;
    for (const ActionRule& rule : action_rules()) all.push_back(rule.action);
    return all;
  }();
  return actions;
}

ResourceFacts facts_of(const Referral& referral, const Citizen& citizen, const CitizenConsents& consents) {
  ResourceFacts facts;
  facts.kind = ResourceKind::referral;
  facts.citizen_id = citizen.id;
  facts.unit_id = referral.unit_id;
  facts.ward_id = referral.ward_id;
  facts.municipality_id = citizen.home_municipality_id;
  facts.consents = consents;
  return facts;
}

ResourceFacts facts_of(const Course& course, const Citizen& citizen, const CitizenConsents& consents) {
  ResourceFacts facts;
  facts.kind = ResourceKind::course;
  facts.citizen_id = citizen.id;
  facts.unit_id = course.unit_id;
  facts.municipality_id = citizen.home_municipality_id;
  facts.consents = consents;
  return facts;
}

ResourceFacts facts_of_unit(std::int64_t unit_id, std::int64_t municipality_id) {
  ResourceFacts facts;
  facts.kind = ResourceKind::unit;
  facts.unit_id = unit_id;
  facts.municipality_id = municipality_id;
  return facts;
}

AccessDecision decide_course_command(Role role, std::string_view command) {
  const bool authority_command = command == "record-vum" || command == "decide-allocation";
  if (role == Role::authority && !authority_command)
    return refuse(Refusal::role, "role_not_allowed",
                  "Myndigheden registrerer VUM og visitation; resten af forløbet føres af tilbuddet.");
  if (command == "extend-stay" && role != Role::unit_lead && role != Role::authority)
    return refuse(Refusal::role, "role_not_allowed", "Forlængelse af opholdet besluttes af lederen.");
  return {};
}

bool sees_decision_note(const Caller& caller, const Referral& referral) {
  if (caller.role != Role::ward_staff) return true;
  // The ward's own withdrawal note is the ward's; the unit's note only when shared.
  return (referral.state == ReferralState::withdrawn && !referral.withdrawn_by_citizen) ||
         referral.note_shared_with_ward;
}

bool sees_course_outcome(const Caller& caller, const CitizenConsents& consents) {
  return caller.role != Role::ward_staff || covers(consents, ConsentPurpose::share_back_with_ward);
}

bool may_run_referral_command(Role role, std::string_view command) {
  return role_may(role, command == "withdraw" ? Action::withdraw_referral : Action::decide_referral);
}

bool may_disclose_staff_names(Role role) { return role_may(role, Action::read_audit_log); }

bool sees_admission(const Caller& caller, std::int64_t admission_ward_id) {
  return caller.role != Role::ward_staff || same(caller.organisation_id, admission_ward_id);
}

std::vector<std::string> course_commands_for(const Course& course, Role role) {
  std::vector<std::string> allowed;
  for (const std::string& command : legal_course_commands(course))
    if (decide_course_command(role, command).allowed()) allowed.push_back(command);
  return allowed;
}

std::vector<std::string> citizen_commands_for(Role role) {
  if (!role_may(role, Action::record_admission)) return {};
  return {"record-admission"};
}

std::vector<std::string> admission_commands_for(const HospitalAdmission& admission, Role role) {
  if (!role_may(role, Action::record_admission)) return {};
  return legal_admission_commands(admission);
}

std::vector<std::string> referral_commands_for(const Referral& referral, Role role) {
  std::vector<std::string> allowed;
  for (const std::string& command : legal_referral_commands(referral))
    if (may_run_referral_command(role, command)) allowed.push_back(command);
  return allowed;
}

}  // namespace afk
