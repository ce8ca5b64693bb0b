#include "core/numbers/period.hpp"

namespace afk::numbers {

Period month_period(int year, unsigned month) {
  const Date first = *Date::from_ymd(year, month, 1);
  const Date next_first = month == 12 ? *Date::from_ymd(year + 1, 1, 1) : *Date::from_ymd(year, month + 1, 1);
  return Period{first, next_first.plus_days(-1)};
}

std::optional<Period> intersect(const Period& a, const Period& b) {
  const Period overlap{std::max(a.first, b.first), std::min(a.last, b.last)};
  if (overlap.last < overlap.first) return std::nullopt;
  return overlap;
}

}  // namespace afk::numbers
