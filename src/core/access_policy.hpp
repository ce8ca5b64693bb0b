// The one access policy: who may do what to which record. Every route
// declares an Action and the resource it acts on; the router loads the
// resource's facts and asks `decide` before the handler runs. A refusal has
// a stable code and a Danish reason, and a record outside the caller's scope
// is refused exactly like one that does not exist (404 "not_found").
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/consent.hpp"
#include "core/role.hpp"

namespace afk {

struct Citizen;
struct HospitalAdmission;
struct Course;
struct Referral;

// What a route does. Each action has exactly one set of roles (roles_for).
enum class Action {
  use_own_account,  // the session and one's own password
  read_catalogue,   // organisations, units, instruments, command names: no personal data
  register_citizen,
  search_citizens,  // by CPR number or name; each citizen found is still decided as read_citizen
  read_citizen,
  record_admission,
  read_consent,
  record_consent,
  submit_referral,
  list_referrals,
  read_referral,
  withdraw_referral,
  decide_referral,
  list_courses,
  read_course,
  run_course_command,
  write_letter,  // a MedCom letter to the ward from the course (read with the course)
  read_responses,
  record_response,
  read_unit_board,
  read_notifications,  // the caller's own organisation's; each item is decided as its list decides it
  configure_unit,
  edit_instruments,
  read_price_settings,
  set_prices,
  use_tariff_calculator,
  read_figures,
  read_outcome_report,
  read_economics_report,
  export_evaluation,
  plan_capacity,
  administer_users,
  read_audit_log,
  read_citizen_access_log,
  receive_medcom,  // MedCom messages to and from the hospitals' adapter: the integration role's only action
  configure_integration,  // SOR codes of wards and units and the integration page: no citizen's data
};

// The kind of record an action is about. `installation` is what belongs to
// no organisation (national prices); `none` is no record at all.
enum class ResourceKind { none, citizen, referral, course, unit, agreement, installation };

struct Caller {
  Role role = Role::unit_staff;
  std::optional<std::int64_t> organisation_id;
};

// What the policy needs to know about one record (loaded by store/access_facts).
struct ResourceFacts {
  ResourceKind kind = ResourceKind::none;
  bool exists = true;
  std::optional<std::int64_t> citizen_id;
  std::optional<std::int64_t> unit_id;          // unit, agreement, course, referral
  std::optional<std::int64_t> ward_id;          // referral: the ward that referred
  std::optional<std::int64_t> municipality_id;  // the citizen's home municipality; a unit's municipality
  // A citizen: the organisations that registered, admitted or referred them.
  std::vector<std::int64_t> linked_wards;
  std::vector<std::int64_t> linked_units;
  std::vector<std::int64_t> linked_municipalities;
  CitizenConsents consents;  // citizen, referral, course: the citizen's consents as of today
};

enum class Refusal { none, role, scope, consent };

struct AccessDecision {
  Refusal refusal = Refusal::none;
  std::string code;       // role_not_allowed, not_found, outside_your_organisation, consent_missing
  std::string reason_da;  // for the user
  // What the caller sees of an allowed referral when the citizen has not
  // consented to share it with the unit: age, ward, support situation, dates.
  bool limited_view = false;
  bool allowed() const { return refusal == Refusal::none; }
};

AccessDecision decide(const Caller& caller, Action action, const ResourceFacts& facts);

// The roles that may take an action at all (before scope and consent).
std::span<const Role> roles_for(Action action);
std::string_view action_code(Action action);
// The Danish purpose of an action, by its code (audit entries store the code).
std::string_view purpose_label_da(std::string_view action_code);
std::span<const Action> all_actions();
// The codes of the actions a role may run (its roles_for), so a screen offers
// only what the server would allow.
std::vector<std::string_view> action_codes_of(Role role);

// The message of a record that does not exist, shared with out-of-scope refusals.
AccessDecision not_found_decision();

// Facts of records the caller already holds (lists filter through `decide`).
ResourceFacts facts_of(const Referral& referral, const Citizen& citizen, const CitizenConsents& consents);
ResourceFacts facts_of(const Course& course, const Citizen& citizen, const CitizenConsents& consents);
ResourceFacts facts_of_unit(std::int64_t unit_id, std::int64_t municipality_id);

// Within run_course_command: the authority records the VUM assessment and the
// allocation; extending a stay is the lead's (or the authority's) decision.
AccessDecision decide_course_command(Role role, std::string_view command);

// Ward staff see the unit's note on a decision only when the unit shared it
// (or it is the ward's own reason for withdrawing).
bool sees_decision_note(const Caller& caller, const Referral& referral);
// Ward staff follow the course that came of their referral (moved in, moved
// out) only with the citizen's consent to share status and outcome back; the
// decision on the referral itself they always see.
bool sees_course_outcome(const Caller& caller, const CitizenConsents& consents);
// The referral commands a role may run: the ward withdraws, the unit decides.
bool may_run_referral_command(Role role, std::string_view command);
// Staff names in a citizen's access log are handed out only by those who may
// read the audit log (the administrator); the others see organisation and role.
bool may_disclose_staff_names(Role role);
// The commands the state allows now and this role may run: the screen
// offers exactly these.
std::vector<std::string> course_commands_for(const Course& course, Role role);
std::vector<std::string> referral_commands_for(const Referral& referral, Role role);
// "record-admission" when the role may record admissions; and per admission
// what its state offers, when the role may.
std::vector<std::string> citizen_commands_for(Role role);
std::vector<std::string> admission_commands_for(const HospitalAdmission& admission, Role role);
// Ward staff see the admissions at their own ward, not the citizen's other stays.
bool sees_admission(const Caller& caller, std::int64_t admission_ward_id);

}  // namespace afk
