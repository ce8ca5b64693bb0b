#include "core/numbers/occupancy.hpp"

#include <algorithm>

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

void set_percent(Occupancy& result) {
  if (result.available_place_days > 0)
    result.percent = 100.0 * static_cast<double>(result.occupied_place_days) /
                     static_cast<double>(result.available_place_days);
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
  set_percent(result);
  return result;
}

std::vector<Occupancy> monthly_occupancy(const std::string& unit_id, std::span<const PlaceFacts> places,
                                         std::span<const CourseFacts> courses, Date first_month,
                                         Date last_month, Date today) {
  // The available place-days of each month, without the stays.
  std::vector<Occupancy> months;
  int year = first_month.year();
  unsigned month = first_month.month();
  while (year < last_month.year() || (year == last_month.year() && month <= last_month.month())) {
    months.push_back(occupancy(unit_id, places, {}, month_period(year, month), today));
    if (++month > 12) {
      month = 1;
      ++year;
    }
  }
  // Each stay adds its days to the months it overlaps, rather than every
  // month looking at every stay (ten years of a unit's stays stay linear).
  for (const auto& course : courses) {
    if (course.unit_id != unit_id || !course.move_in) continue;
    const int from_first = (course.move_in->year() - first_month.year()) * 12 +
                           static_cast<int>(course.move_in->month()) - static_cast<int>(first_month.month());
    const Date last_day = course.move_out ? course.move_out->plus_days(-1) : today;
    for (auto i = static_cast<std::size_t>(std::max(from_first, 0));
         i < months.size() && months[i].period.first <= last_day; ++i) {
      const auto counted = intersect(months[i].period, Period{months[i].period.first, today});
      if (!counted) break;
      months[i].occupied_place_days += occupied_days(course, *counted);
    }
  }
  for (auto& result : months) set_percent(result);
  return months;
}

}  // namespace afk::numbers
