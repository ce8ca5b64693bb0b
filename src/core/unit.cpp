#include "core/unit.hpp"

#include "core/text_checks.hpp"

namespace afk {

const Place* find_place(const Unit& unit, std::int64_t place_id) {
  for (const auto& place : unit.places)
    if (place.id == place_id) return &place;
  return nullptr;
}

const ExclusionCriterion* find_exclusion_criterion(const Unit& unit, std::int64_t criterion_id) {
  for (const auto& criterion : unit.exclusion_criteria)
    if (criterion.id == criterion_id) return &criterion;
  return nullptr;
}

Result<Unit> add_place(const Unit& unit, const AddPlace& command) {
  if (command.number <= 0)
    return make_error(ErrorKind::bad_input, "place_number_invalid",
                      "Pladsnummeret skal være et positivt tal.", "number");
  for (const auto& place : unit.places)
    if (place.number == command.number && !place.retired)
      return make_error(ErrorKind::rule_violated, "place_number_taken",
                        "Tilbuddet har allerede en plads med nummer " + std::to_string(command.number) + ".",
                        "number");
  Unit next = unit;
  next.places.push_back(Place{next.next_local_id++, command.number, command.kind, {}, false, std::nullopt});
  return next;
}

Result<Unit> close_place(const Unit& unit, const ClosePlace& command) {
  if (!find_place(unit, command.place_id))
    return make_error(ErrorKind::not_found, "place_not_found", "Pladsen findes ikke i tilbuddet.",
                      "place_id");
  if (command.to && *command.to < command.from)
    return make_error(ErrorKind::bad_input, "period_invalid", "Slutdatoen ligger før startdatoen.", "to");
  AFK_CHECK(require_text(command.reason, "reason", "Årsagen til lukningen"));
  Unit next = unit;
  for (auto& place : next.places)
    if (place.id == command.place_id)
      place.closures.push_back(PlaceClosure{next.next_local_id++, command.from, command.to, command.reason});
  return next;
}

Result<Unit> add_exclusion_criterion(const Unit& unit, const AddExclusionCriterion& command) {
  AFK_CHECK(require_text(command.question, "question", "Spørgsmålet"));
  Unit next = unit;
  next.exclusion_criteria.push_back(ExclusionCriterion{next.next_local_id++, command.question, true});
  return next;
}

}  // namespace afk
