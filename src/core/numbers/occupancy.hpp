// Occupancy (belægningsprocent) of a unit over a period = occupied place-days
// ÷ available place-days × 100 (numbers.md "Flow"). A stay occupies day d when
// move_in <= d < move_out (the night counts); an open stay occupies every day
// up to and including today. A place is available on the days it is open and
// not temporarily closed. Days after today are not counted at all: the
// future has neither occupied nor available days yet.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/numbers/flow_facts.hpp"
#include "core/numbers/period.hpp"

namespace afk::numbers {

enum class PlaceKind { regular, guest_bed };

// One place of a unit and the days it could be used.
struct PlaceFacts {
  std::string place_id;
  std::string unit_id;
  PlaceKind kind = PlaceKind::regular;
  Date opened;                 // first day the place is available
  std::optional<Date> closed;  // first day it is no longer available; missing = still open
  // Temporary closures (renovation, staff shortage), days included at both ends.
  std::vector<Period> closures;
};

bool place_available_on(const PlaceFacts& place, Date day);

struct Occupancy {
  std::string unit_id;
  Period period;         // as asked
  int counted_days = 0;  // days of the period on or before today
  long long occupied_place_days = 0;
  long long available_place_days = 0;
  // nullopt when no place-day was available (e.g. unit not yet open): there
  // is nothing to divide by. May exceed 100 when stays outnumber places.
  std::optional<double> percent;
};

// `courses` and `places` may contain other units; only `unit_id`'s are used.
Occupancy occupancy(const std::string& unit_id, std::span<const PlaceFacts> places,
                    std::span<const CourseFacts> courses, const Period& period, Date today);

// One Occupancy per calendar month from `first_month` to `last_month`
// (inclusive; only year and month of the two dates are used).
std::vector<Occupancy> monthly_occupancy(const std::string& unit_id, std::span<const PlaceFacts> places,
                                         std::span<const CourseFacts> courses, Date first_month,
                                         Date last_month, Date today);

}  // namespace afk::numbers
