#include "core/unit_configuration.hpp"

#include <algorithm>
#include <string>

namespace afk {

namespace {
Status require_within(int value, int lowest, int highest, const std::string& field,
                      const std::string& what_da) {
  if (value >= lowest && value <= highest) return ok_status();
  return make_error(
      ErrorKind::bad_input, "out_of_range",
      what_da + " skal være mellem " + std::to_string(lowest) + " og " + std::to_string(highest) + ".",
      field);
}
}  // namespace

Status validate_deadline_rules(const DeadlineRules& rules) {
  using Limits = DeadlineLimits;
  const std::string prefix = "deadline_rules.";
  if (auto checked =
          require_within(rules.key_worker_working_days, 0, Limits::key_worker_working_days,
                         prefix + "key_worker_working_days", "Fristen for tovholder (arbejdsdage)");
      !checked)
    return checked;
  if (auto checked = require_within(rules.plan_working_days, 0, Limits::plan_working_days,
                                    prefix + "plan_working_days", "Fristen for planen (arbejdsdage)");
      !checked)
    return checked;
  if (auto checked =
          require_within(rules.status_review_interval_days, 0, Limits::status_review_interval_days,
                         prefix + "status_review_interval_days", "Intervallet for statusmøder (dage)");
      !checked)
    return checked;
  if (auto checked = require_within(rules.reassessment_months, 0, Limits::reassessment_months,
                                    prefix + "reassessment_months", "Revurderingen (måneder)");
      !checked)
    return checked;
  const std::string follow_up_field = prefix + "follow_up_months";
  if (rules.follow_up_months.size() > Limits::follow_up_count)
    return make_error(ErrorKind::bad_input, "out_of_range",
                      "Der kan højst være " + std::to_string(Limits::follow_up_count) + " opfølgninger.",
                      follow_up_field);
  for (std::size_t i = 0; i < rules.follow_up_months.size(); ++i) {
    const int months = rules.follow_up_months[i];
    if (auto checked = require_within(months, 1, Limits::follow_up_months, follow_up_field,
                                      "En opfølgning (måneder efter fraflytning)");
        !checked)
      return checked;
    if (i > 0 && months <= rules.follow_up_months[i - 1])
      return make_error(ErrorKind::bad_input, "follow_up_not_ascending",
                        "Opfølgningerne skal stå i stigende rækkefølge og må ikke gentages.",
                        follow_up_field);
  }
  return ok_status();
}

Result<Unit> configure_unit(const Unit& unit, const ConfigureUnit& command) {
  AFK_CHECK(validate_deadline_rules(command.deadline_rules));
  Unit next = unit;
  next.allows_anonymous = command.allows_anonymous;
  next.agreement_policy = command.agreement_policy;
  next.deadline_rules = command.deadline_rules;
  return next;
}

Result<Unit> retire_place(const Unit& unit, const RetirePlace& command,
                          const std::vector<std::int64_t>& occupied_place_ids) {
  const Place* place = find_place(unit, command.place_id);
  if (!place)
    return make_error(ErrorKind::not_found, "place_not_found", "Pladsen findes ikke i tilbuddet.",
                      "place_id");
  if (place->retired)
    return make_error(ErrorKind::rule_violated, "place_already_retired",
                      "Plads " + std::to_string(place->number) + " er allerede taget ud af brug.",
                      "place_id");
  if (std::find(occupied_place_ids.begin(), occupied_place_ids.end(), command.place_id) !=
      occupied_place_ids.end())
    return make_error(ErrorKind::rule_violated, "place_occupied",
                      "Plads " + std::to_string(place->number) +
                          " har en beboer. Pladsen kan først tages ud af brug, når borgeren er flyttet.",
                      "place_id");
  Unit next = unit;
  for (auto& candidate : next.places)
    if (candidate.id == command.place_id) {
      candidate.retired = true;
      candidate.retired_on = command.retired_on;
    }
  return next;
}

Result<Unit> end_place_closure(const Unit& unit, const EndPlaceClosure& command) {
  Unit next = unit;
  for (auto& place : next.places)
    for (auto& closure : place.closures) {
      if (closure.id != command.closure_id) continue;
      if (command.to < closure.from)
        return make_error(ErrorKind::bad_input, "period_invalid",
                          "Lukningen kan ikke slutte før den begyndte (" + closure.from.danish() + ").",
                          "to");
      if (closure.to && *closure.to < command.to)
        return make_error(ErrorKind::rule_violated, "closure_not_shortened",
                          "Lukningen slutter allerede " + closure.to->danish() +
                              ". Opret en ny lukning for at forlænge den.",
                          "to");
      closure.to = command.to;
      return next;
    }
  return make_error(ErrorKind::not_found, "closure_not_found", "Lukningen findes ikke i tilbuddet.",
                    "closure_id");
}

Result<Unit> set_exclusion_criterion_active(const Unit& unit, const SetExclusionCriterionActive& command) {
  if (!find_exclusion_criterion(unit, command.criterion_id))
    return make_error(ErrorKind::not_found, "criterion_not_found", "Spørgsmålet findes ikke i tilbuddet.",
                      "criterion_id");
  Unit next = unit;
  for (auto& criterion : next.exclusion_criteria)
    if (criterion.id == command.criterion_id) criterion.active = command.active;
  return next;
}

}  // namespace afk
