#include "core/unit_board.hpp"

#include "core/course_tasks.hpp"

namespace afk {

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
    BoardWaiting entry{&course, days_between(course.accepted_on, today), overdue};
    (course.waiting_list ? board.waiting_list : board.incoming).push_back(entry);
  }
  return board;
}

}  // namespace afk
