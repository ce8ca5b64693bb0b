// Danish working days (hverdage), numbers.md "Days and dates". Public
// holidays follow the law; the administration's extra days off are
// configurable. Store Bededag was abolished from 2024.
#pragma once

#include "core/date.hpp"

namespace afk {

struct WorkingDayCalendar {
  bool grundlovsdag_off = true;   // 5 June
  bool christmas_eve_off = true;  // 24 December
  bool new_years_eve_off = true;  // 31 December

  friend bool operator==(const WorkingDayCalendar&, const WorkingDayCalendar&) = default;
};

// Easter Sunday of `year` (Gregorian computus, Meeus/Jones/Butcher).
Date easter_sunday(int year);

bool is_public_holiday(Date date, const WorkingDayCalendar& calendar);
bool is_working_day(Date date, const WorkingDayCalendar& calendar);

// "Within N working days of D": the N-th working day after D (D itself when N = 0).
Date add_working_days(Date from, int working_days, const WorkingDayCalendar& calendar);
// The first working day on or after `date`.
Date next_working_day_on_or_after(Date date, const WorkingDayCalendar& calendar);

// Same day of month `months` later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb).
Date add_months(Date from, int months);

}  // namespace afk
