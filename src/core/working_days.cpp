#include "core/working_days.hpp"

#include <algorithm>

namespace afk {

Date easter_sunday(int year) {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return *Date::from_ymd(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

bool is_public_holiday(Date date, const WorkingDayCalendar& calendar) {
  const unsigned month = date.month();
  const unsigned day = date.day();
  if (month == 1 && day == 1) return true;
  if (month == 12 && (day == 25 || day == 26)) return true;
  if (calendar.christmas_eve_off && month == 12 && day == 24) return true;
  if (calendar.new_years_eve_off && month == 12 && day == 31) return true;
  if (calendar.grundlovsdag_off && month == 6 && day == 5) return true;

  const int offset = days_between(easter_sunday(date.year()), date);
  switch (offset) {
    case -3:  // Maundy Thursday
    case -2:  // Good Friday
    case 0:   // Easter Sunday
    case 1:   // Easter Monday
    case 39:  // Ascension Day
    case 49:  // Whit Sunday
    case 50:  // Whit Monday
      return true;
    case 26:  // Store Bededag, abolished from 2024
      return date.year() <= 2023;
    default:
      return false;
  }
}

bool is_working_day(Date date, const WorkingDayCalendar& calendar) {
  return !date.is_weekend() && !is_public_holiday(date, calendar);
}

Date add_working_days(Date from, int working_days, const WorkingDayCalendar& calendar) {
  Date date = from;
  for (int counted = 0; counted < working_days;) {
    date = date.plus_days(1);
    if (is_working_day(date, calendar)) ++counted;
  }
  return date;
}

Date next_working_day_on_or_after(Date date, const WorkingDayCalendar& calendar) {
  while (!is_working_day(date, calendar)) date = date.plus_days(1);
  return date;
}

Date add_months(Date from, int months) {
  using namespace std::chrono;
  const year_month_day ymd{from.sys_days()};
  const year_month target = year_month{ymd.year(), ymd.month()} + std::chrono::months{months};
  const auto last_day = year_month_day_last{target.year(), month_day_last{target.month()}}.day();
  const auto day = std::min(ymd.day(), last_day);
  return Date(sys_days{year_month_day{target.year(), target.month(), day}});
}

}  // namespace afk
