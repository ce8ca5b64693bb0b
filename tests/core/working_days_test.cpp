#include "core/working_days.hpp"

#include <gtest/gtest.h>

namespace afk {
namespace {

Date d(const char* iso) { return *Date::parse_iso(iso); }

TEST(WorkingDays, ComputesEasterSunday) {
  EXPECT_EQ(easter_sunday(2023), d("2023-04-09"));
  EXPECT_EQ(easter_sunday(2024), d("2024-03-31"));
  EXPECT_EQ(easter_sunday(2025), d("2025-04-20"));
  EXPECT_EQ(easter_sunday(2000), d("2000-04-23"));
  EXPECT_EQ(easter_sunday(2038), d("2038-04-25"));  // latest possible
  EXPECT_EQ(easter_sunday(2285), d("2285-03-22"));  // earliest possible
}

TEST(WorkingDays, KnowsTheEasterHolidays) {
  const WorkingDayCalendar calendar;
  for (const char* day : {"2024-03-28", "2024-03-29", "2024-03-31", "2024-04-01"})
    EXPECT_TRUE(is_public_holiday(d(day), calendar)) << day;
  EXPECT_FALSE(is_public_holiday(d("2024-03-27"), calendar));
  EXPECT_FALSE(is_public_holiday(d("2024-04-02"), calendar));
}

TEST(WorkingDays, CountsAcrossEaster) {
  const WorkingDayCalendar calendar;
  // Wednesday before Easter 2024: Thursday to Monday are holidays or weekend.
  EXPECT_EQ(add_working_days(d("2024-03-27"), 1, calendar), d("2024-04-02"));
  EXPECT_EQ(add_working_days(d("2024-03-27"), 2, calendar), d("2024-04-03"));
}

TEST(WorkingDays, StoreBededagOnlyUpToAndIncluding2023) {
  const WorkingDayCalendar calendar;
  EXPECT_TRUE(is_public_holiday(d("2023-05-05"), calendar));   // 4th Friday after Easter 2023
  EXPECT_FALSE(is_public_holiday(d("2024-04-26"), calendar));  // abolished from 2024
  EXPECT_TRUE(is_public_holiday(d("2022-05-13"), calendar));
  EXPECT_EQ(add_working_days(d("2023-05-04"), 1, calendar), d("2023-05-08"));
  EXPECT_EQ(add_working_days(d("2024-04-25"), 1, calendar), d("2024-04-26"));
}

TEST(WorkingDays, KnowsAscensionAndWhitsun) {
  const WorkingDayCalendar calendar;
  EXPECT_TRUE(is_public_holiday(d("2024-05-09"), calendar));  // Ascension Day
  EXPECT_TRUE(is_public_holiday(d("2024-05-19"), calendar));  // Whit Sunday
  EXPECT_TRUE(is_public_holiday(d("2024-05-20"), calendar));  // Whit Monday
  EXPECT_TRUE(is_public_holiday(d("2023-05-18"), calendar));
  EXPECT_FALSE(is_working_day(d("2024-05-10"), calendar) && is_public_holiday(d("2024-05-10"), calendar));
}

TEST(WorkingDays, CountsAcrossChristmasAndNewYear) {
  const WorkingDayCalendar calendar;
  const Date monday = d("2024-12-23");
  EXPECT_EQ(add_working_days(monday, 1, calendar), d("2024-12-27"));
  EXPECT_EQ(add_working_days(monday, 2, calendar), d("2024-12-30"));
  EXPECT_EQ(add_working_days(monday, 3, calendar), d("2025-01-02"));
}

TEST(WorkingDays, AdministrationDaysOffAreConfigurable) {
  WorkingDayCalendar calendar;
  EXPECT_TRUE(is_public_holiday(d("2024-06-05"), calendar));
  EXPECT_TRUE(is_public_holiday(d("2024-12-24"), calendar));
  EXPECT_TRUE(is_public_holiday(d("2024-12-31"), calendar));
  calendar.grundlovsdag_off = false;
  calendar.christmas_eve_off = false;
  calendar.new_years_eve_off = false;
  EXPECT_FALSE(is_public_holiday(d("2024-06-05"), calendar));
  EXPECT_EQ(add_working_days(d("2024-12-23"), 1, calendar), d("2024-12-24"));
  EXPECT_EQ(add_working_days(d("2024-12-27"), 2, calendar), d("2024-12-31"));
  EXPECT_TRUE(is_public_holiday(d("2024-12-25"), calendar));  // the law's days stay
}

TEST(WorkingDays, WithinNWorkingDaysIsTheNthWorkingDayAfter) {
  const WorkingDayCalendar calendar;
  EXPECT_EQ(add_working_days(d("2024-03-04"), 0, calendar), d("2024-03-04"));
  EXPECT_EQ(add_working_days(d("2024-03-04"), 2, calendar), d("2024-03-06"));  // Mon → Wed
  EXPECT_EQ(add_working_days(d("2024-03-08"), 1, calendar), d("2024-03-11"));  // Fri → Mon
  EXPECT_EQ(add_working_days(d("2024-03-09"), 1, calendar), d("2024-03-11"));  // Sat → Mon
  EXPECT_EQ(add_working_days(d("2024-03-04"), 10, calendar), d("2024-03-18"));
}

TEST(WorkingDays, NextWorkingDayAndMonths) {
  const WorkingDayCalendar calendar;
  EXPECT_EQ(next_working_day_on_or_after(d("2024-03-29"), calendar), d("2024-04-02"));
  EXPECT_EQ(next_working_day_on_or_after(d("2024-04-02"), calendar), d("2024-04-02"));
  EXPECT_EQ(add_months(d("2024-01-31"), 1), d("2024-02-29"));
  EXPECT_EQ(add_months(d("2023-01-31"), 1), d("2023-02-28"));
  EXPECT_EQ(add_months(d("2024-11-15"), 3), d("2025-02-15"));
}

}  // namespace
}  // namespace afk
