// A closed range of calendar days [first, last], both days included. Reports
// are asked for "January 2024" or "2024-01-01 to 2024-03-31", and people read
// both ends as included, so that is what a Period means everywhere here.
#pragma once

#include <algorithm>
#include <optional>

#include "core/date.hpp"

namespace afk::numbers {

struct Period {
  Date first;  // first day included
  Date last;   // last day included (last >= first for a non-empty period)

  // Number of days in the period; 0 when last is before first.
  int days() const { return std::max(0, days_between(first, last) + 1); }
  bool contains(Date day) const { return first <= day && day <= last; }
};

// The calendar month `year`-`month` as a Period (handles 28/29/30/31 days).
Period month_period(int year, unsigned month);

// The overlap of two periods, or nullopt when they share no day.
std::optional<Period> intersect(const Period& a, const Period& b);

}  // namespace afk::numbers
