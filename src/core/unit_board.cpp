#include "core/unit_board.hpp"

#include "core/course_tasks.hpp"

namespace afk {

bool goes_before_for_a_place(const Course& a, const Course& b) {
  // Færdigmeldt first (a day in hospital after treatment is what the model exists to save), the
  // earliest færdigmelding first; then the longest wait since acceptance; then the older course.
  if (a.ready_for_discharge_on.has_value() != b.ready_for_discharge_on.has_value())
    return a.ready_for_discharge_on.has_value();
  if (a.ready_for_discharge_on && *a.ready_for_discharge_on != *b.ready_for_discharge_on)
    return *a.ready_for_discharge_on < *b.ready_for_discharge_on;
  if (a.accepted_on != b.accepted_on) return a.accepted_on < b.accepted_on;
  return a.id < b.id;
}

UnitBoard unit_board(const Unit& unit, std::span<const Course> open_courses, Date today) {
  UnitBoard board;
  for (const Place& place : unit.places) {
    if (is_retired_on(place, today)) continue;
    BoardPlace entry{&place, is_closed_on(place, today), std::nullopt};
    for (const Course& course : open_courses) {
      if (course.place_id != place.id || !occupies_place(course.state)) continue;
      const int overdue = static_cast<int>(overdue_tasks(course, today).size());
      board.overdue_tasks += overdue;
      entry.occupant =
          BoardOccupant{&course, course.moved_in_on ? days_between(*course.moved_in_on, today) : 0,
                        is_paused(course), overdue};
    }
    if (!entry.occupant && !entry.closed)
      ++(place.kind == PlaceKind::guest ? board.free_guest : board.free_regular);
    board.places.push_back(entry);
  }
  for (const Course& course : open_courses) {
    if (course.state != CourseState::phase_1) continue;
    const int overdue = static_cast<int>(overdue_tasks(course, today).size());
    board.overdue_tasks += overdue;
    const bool awaiting = course.ready_for_discharge_on && *course.ready_for_discharge_on <= today;
    BoardWaiting entry{&course, days_between(course.accepted_on, today), overdue,
                       awaiting ? days_between(*course.ready_for_discharge_on, today) : 0};
    (course.waiting_list ? board.waiting_list : board.incoming).push_back(entry);
    if (!course.planned_move_in_on &&
        (!board.next_in_line || goes_before_for_a_place(course, *board.next_in_line)))
      board.next_in_line = &course;
  }
  if (board.free_regular + board.free_guest == 0) board.next_in_line = nullptr;
  return board;
}

}  // namespace afk
