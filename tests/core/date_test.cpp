#include "core/date.hpp"

#include <gtest/gtest.h>

namespace afk {
namespace {

TEST(Date, ParsesStrictIsoAndRejectsImpossibleDates) {
  ASSERT_TRUE(Date::parse_iso("2024-02-29"));
  EXPECT_FALSE(Date::parse_iso("2023-02-29"));
  EXPECT_FALSE(Date::parse_iso("2024-13-01"));
  EXPECT_FALSE(Date::parse_iso("2024-4-01"));
  EXPECT_FALSE(Date::parse_iso("01-04-2024"));
  EXPECT_FALSE(Date::parse_iso("2024-04-01T00:00"));
  EXPECT_FALSE(Date::parse_iso(""));
}

TEST(Date, FormatsIsoAndDanish) {
  const Date date = *Date::parse_iso("2024-04-01");
  EXPECT_EQ(date.iso(), "2024-04-01");
  EXPECT_EQ(date.danish(), "01-04-2024");
}

TEST(Date, CountsCalendarDaysAcrossLeapDay) {
  const Date from = *Date::parse_iso("2024-02-28");
  const Date to = *Date::parse_iso("2024-03-01");
  EXPECT_EQ(days_between(from, to), 2);
  EXPECT_EQ(days_between(to, from), -2);
  EXPECT_EQ(days_between(from, from), 0);
  EXPECT_EQ(from.plus_days(2), to);
}

TEST(Date, KnowsWeekdays) {
  EXPECT_EQ(Date::parse_iso("2024-04-01")->iso_weekday(), 1u);  // Monday
  EXPECT_TRUE(Date::parse_iso("2024-03-31")->is_weekend());     // Sunday
}

}  // namespace
}  // namespace afk
