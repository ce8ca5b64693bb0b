// Commands that change a unit's configuration after it is set up: its
// settings (anonymous stays, agreement policy, deadline rules), retiring a
// place, ending a place closure and switching off an exclusion question.
// Same error conventions as unit.hpp: bad_input names the field, rule_violated
// for business rules, not_found for unknown sub-records.
#pragma once

#include <cstdint>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "core/unit.hpp"

namespace afk {

// Upper bounds of the deadline rules: beyond them a "deadline" no longer
// helps anyone plan, and a typo (280 for 28) is caught.
struct DeadlineLimits {
  static constexpr int key_worker_working_days = 30;
  static constexpr int plan_working_days = 60;
  static constexpr int status_review_interval_days = 180;
  static constexpr int reassessment_months = 24;
  static constexpr int follow_up_months = 24;
  static constexpr std::size_t follow_up_count = 6;
};

// Replaces the unit's settings as a whole (the form shows them together).
// Errors: bad_input `out_of_range` / `follow_up_not_ascending` with the field
// path, e.g. "deadline_rules.plan_working_days".
struct ConfigureUnit {
  bool allows_anonymous = false;
  AgreementPolicy agreement_policy = AgreementPolicy::warn;
  DeadlineRules deadline_rules;
};
Result<Unit> configure_unit(const Unit& unit, const ConfigureUnit& command);
Status validate_deadline_rules(const DeadlineRules& rules);

// Takes a place out of use for good from `retired_on` (kept for history, its
// number free again). The unit does not know who lives where, so the caller
// passes the places occupied right now (store::occupied_place_ids).
// Errors: not_found `place_not_found`, rule_violated `place_already_retired`,
// `place_occupied`.
struct RetirePlace {
  std::int64_t place_id = 0;
  Date retired_on;
};
Result<Unit> retire_place(const Unit& unit, const RetirePlace& command,
                          const std::vector<std::int64_t>& occupied_place_ids);

// Sets the last closed day of a closure: an open-ended closure gets an end,
// a closure with an end can be ended earlier (a longer closure is a new one).
// Errors: not_found `closure_not_found`, bad_input `period_invalid` (before
// the first closed day), rule_violated `closure_not_shortened`.
struct EndPlaceClosure {
  std::int64_t closure_id = 0;
  Date to;
};
Result<Unit> end_place_closure(const Unit& unit, const EndPlaceClosure& command);

// Switches an exclusion question off (or on again); answers already given
// keep their question. Errors: not_found `criterion_not_found`.
struct SetExclusionCriterionActive {
  std::int64_t criterion_id = 0;
  bool active = false;
};
Result<Unit> set_exclusion_criterion_active(const Unit& unit, const SetExclusionCriterionActive& command);

}  // namespace afk
