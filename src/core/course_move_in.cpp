// Move-in: the citizen leaves the ward and gets a place; phase 2 begins.
// Who gets a free place first is the board's order; another choice is explained.
#include <algorithm>

#include "core/course_command_support.hpp"
#include "core/course_tasks.hpp"
#include "core/text_checks.hpp"

namespace afk {

namespace {
const Place* lowest_free_place(const Unit& unit, PlaceKind kind, Date date,
                               const std::vector<std::int64_t>& occupied) {
  const Place* best = nullptr;
  for (const auto& place : unit.places) {
    if (place.kind != kind || !is_open_on(place, date)) continue;
    if (std::find(occupied.begin(), occupied.end(), place.id) != occupied.end()) continue;
    if (!best || place.number < best->number) best = &place;
  }
  return best;
}

Result<const Place*> numbered_place(const Unit& unit, int number, Date date,
                                    const std::vector<std::int64_t>& occupied) {
  const auto found = std::find_if(unit.places.begin(), unit.places.end(), [&](const Place& place) {
    return place.number == number && !place.retired;
  });
  if (found == unit.places.end())
    return make_error(ErrorKind::bad_input, "place_not_found",
                      "Tilbuddet har ingen plads nummer " + std::to_string(number) + ".", "place_number");
  if (!is_open_on(*found, date))
    return make_error(ErrorKind::rule_violated, "place_closed",
                      "Plads " + std::to_string(number) + " er lukket den " + date.danish() + ".",
                      "place_number");
  if (std::find(occupied.begin(), occupied.end(), found->id) != occupied.end())
    return make_error(ErrorKind::illegal_state, "place_taken",
                      "Plads " + std::to_string(number) + " er optaget.", "place_number");
  return &*found;
}
}  // namespace

Status take_turn(const Course& course, Course& next, const std::string& reason, Date decided_on,
                 const CourseCommandContext& context) {
  if (!context.next_in_line_course_id || *context.next_in_line_course_id == course.id) return ok_status();
  if (is_blank(reason))
    return make_error(ErrorKind::rule_violated, "reason_ahead_of_turn_required",
                      "En anden borger står først til en ledig plads (færdigmeldt eller ventet længst). "
                      "Skriv, hvorfor denne borger får pladsen først.",
                      "reason_ahead_of_turn");
  next.ahead_of_turn = PlaceAheadOfTurn{decided_on, reason, context.author};
  return ok_status();
}

Result<Course> move_in(const Course& course, const MoveIn& command, const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::move_in, course));
  if (context.unit.id != course.unit_id)
    return make_error(ErrorKind::internal, "unit_mismatch", "Forløbet hører til et andet tilbud.");
  AFK_CHECK(require_not_future(command.date, context.today, "date"));
  AFK_CHECK(require_not_before(command.date, course.accepted_on, "date", "optagelsen"));
  if (command.planned_end_on && *command.planned_end_on <= command.date)
    return make_error(ErrorKind::bad_input, "planned_end_too_early",
                      "Den planlagte slutdato skal ligge efter indflytningen.", "planned_end_on");
  if (!course.key_worker)
    return make_error(ErrorKind::rule_violated, "key_worker_missing",
                      "Udpeg en tovholder, før borgeren flytter ind.");

  // A planned move-in was the choice of citizen; it was made (and explained) then.
  if (!course.planned_move_in_on)
    AFK_CHECK(take_turn(course, next.value(), command.reason_ahead_of_turn, command.date, context));
  const Place* place = nullptr;
  if (command.place_number) {
    AFK_TRY(numbered,
            numbered_place(context.unit, *command.place_number, command.date, context.occupied_place_ids));
    place = numbered.value();
  } else {
    place = lowest_free_place(context.unit, command.place_kind, command.date, context.occupied_place_ids);
  }
  if (!place)
    return make_error(ErrorKind::illegal_state, "no_free_place",
                      "Der er ingen ledig plads af typen \"" + std::string(label_da(command.place_kind)) +
                          "\" den " + command.date.danish() + ". Borgeren kan blive på ventelisten.",
                      "place_kind");

  next->state = CourseState::phase_2;
  next->waiting_list = false;
  next->place_id = place->id;
  next->place_kind = place->kind;
  next->moved_in_on = command.date;
  next->planned_end_on = command.planned_end_on;
  schedule_stay_tasks(next.value(), command.date, context.unit.deadline_rules, context.calendar);
  return next;
}

}  // namespace afk
