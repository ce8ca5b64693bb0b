#include "core/numbers/occupancy.hpp"

namespace afk::numbers {

bool place_available_on(const PlaceFacts& place, Date day) {
  if (day < place.opened) return false;
  if (place.closed && *place.closed <= day) return false;
  for (const auto& closure : place.closures)
    if (closure.contains(day)) return false;
  return true;
}

namespace {
// Days of `period` on which the stay occupied a place.
int occupied_days(const CourseFacts& course, const Period& period) {
  if (!course.move_in) return 0;
  // Last occupied day: the day before move-out, or the period end for open stays
  // (the caller has already cut the period at today).
  const Date last = course.move_out ? course.move_out->plus_days(-1) : period.last;
  const auto overlap = intersect(period, Period{*course.move_in, last});
  return overlap ? overlap->days() : 0;
}
}  // namespace

Occupancy occupancy(const std::string& unit_id, std::span<const PlaceFacts> places,
                    std::span<const CourseFacts> courses, const Period& period, Date today) {
  Occupancy result;
  result.unit_id = unit_id;
  result.period = period;
  const auto counted = intersect(period, Period{period.first, today});
  if (!counted) return result;
  result.counted_days = counted->days();
  for (const auto& place : places) {
    if (place.unit_id != unit_id) continue;
    for (Date day = counted->first; day <= counted->last; day = day.plus_days(1))
      if (place_available_on(place, day)) ++result.available_place_days;
  }
  for (const auto& course : courses)
    if (course.unit_id == unit_id) result.occupied_place_days += occupied_days(course, *counted);
  if (result.available_place_days > 0)
    result.percent = 100.0 * static_cast<double>(result.occupied_place_days) /
                     static_cast<double>(result.available_place_days);
  return result;
}

std::vector<Occupancy> monthly_occupancy(const std::string& unit_id, std::span<const PlaceFacts> places,
                                         std::span<const CourseFacts> courses, Date first_month,
                                         Date last_month, Date today) {
  std::vector<Occupancy> months;
  int year = first_month.year();
  unsigned month = first_month.month();
  while (year < last_month.year() || (year == last_month.year() && month <= last_month.month())) {
    months.push_back(occupancy(unit_id, places, courses, month_period(year, month), today));
    if (++month > 12) {
      month = 1;
      ++year;
    }
  }
  return months;
}

}  // namespace afk::numbers
