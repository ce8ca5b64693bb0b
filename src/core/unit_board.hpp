// The unit board (Overblik) as the domain sees it: every place in use with
// its occupant, days on the place and overdue tasks; the free places; the
// accepted citizens waiting for a place (the waiting list) and those on
// their way in. Names are not here: whether a name may be shown is the
// consent's decision, made where the citizens are loaded.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "core/course.hpp"
#include "core/unit.hpp"

namespace afk {

struct BoardOccupant {
  const Course* course = nullptr;
  int days_on_place = 0;
  bool paused = false;
  int overdue_tasks = 0;
};

struct BoardPlace {
  const Place* place = nullptr;
  bool closed = false;
  std::optional<BoardOccupant> occupant;
};

struct BoardWaiting {
  const Course* course = nullptr;
  int days_waiting = 0;  // since the referral was accepted
  int overdue_tasks = 0;
  // Færdigbehandlingsdage so far: days since the ward færdigmeldte the citizen (0 before).
  int days_awaiting_discharge = 0;
};

struct UnitBoard {
  std::vector<BoardPlace> places;  // retired places left out
  int free_regular = 0, free_guest = 0;
  std::vector<BoardWaiting> waiting_list;  // accepted, no place yet (venteliste)
  std::vector<BoardWaiting> incoming;      // accepted, moving in
  int overdue_tasks = 0;                   // over every course on the board
  // Who should have the next free place, while one is free: of the accepted
  // citizens without a planned move-in, the one færdigmeldt longest ago, then
  // the one who has waited longest since acceptance. Null when no place is
  // free or nobody waits.
  const Course* next_in_line = nullptr;
};

// The order in which accepted citizens should get a free place (see
// UnitBoard::next_in_line): true when `a` goes before `b`.
bool goes_before_for_a_place(const Course& a, const Course& b);

// The board of `unit` on `today` from its open courses. The result points
// into `unit` and `open_courses`, which must outlive it.
UnitBoard unit_board(const Unit& unit, std::span<const Course> open_courses, Date today);

}  // namespace afk
