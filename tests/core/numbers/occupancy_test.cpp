#include "core/numbers/occupancy.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "core/numbers/facts_builders.hpp"

namespace afk::numbers {
namespace {
using namespace fixtures;

PlaceFacts place(std::string id, std::string_view opened, std::optional<Date> closed = std::nullopt,
                 std::string unit = "unit-a") {
  PlaceFacts p;
  p.place_id = std::move(id);
  p.unit_id = std::move(unit);
  p.opened = d(opened);
  p.closed = closed;
  return p;
}

std::vector<PlaceFacts> unit_a_places() {
  std::vector<PlaceFacts> places{place("p1", "2023-01-01"), place("p2", "2023-01-01"),
                                 place("p3", "2024-02-05", od("2024-02-08")),
                                 place("other", "2023-01-01", {}, "unit-b")};
  places[1].closures.push_back({d("2024-01-11"), d("2024-01-20")});  // 10 days closed
  return places;
}

std::vector<CourseFacts> unit_a_courses() {
  return {
      course("left-jan-10", "a", od("2023-12-20"), od("2024-01-10")),  // occupies Jan 1..9
      course("open", "b", od("2024-01-15")),                           // occupies Jan 15 onwards
      course("other-unit", "c", od("2024-01-01"), std::nullopt, "unit-b"),
      course("not-moved-in", "d", std::nullopt),
  };
}

TEST(NumbersOccupancy, MonthWithTemporarilyClosedPlace) {
  const auto places = unit_a_places();
  const auto courses = unit_a_courses();
  const auto january = occupancy("unit-a", places, courses, month_period(2024, 1), d("2024-02-10"));
  EXPECT_EQ(january.counted_days, 31);
  EXPECT_EQ(january.available_place_days, 2 * 31 - 10);
  EXPECT_EQ(january.occupied_place_days, 9 + 17);
  ASSERT_TRUE(january.percent.has_value());
  EXPECT_DOUBLE_EQ(*january.percent, 50.0);
}

TEST(NumbersOccupancy, PeriodIsCutAtTodayAndPlacesOpenAndClose) {
  const auto places = unit_a_places();
  const auto courses = unit_a_courses();
  // February up to today 2024-02-10: p1, p2 10 days each; p3 open Feb 5, 6, 7 only.
  const auto february = occupancy("unit-a", places, courses, month_period(2024, 2), d("2024-02-10"));
  EXPECT_EQ(february.counted_days, 10);
  EXPECT_EQ(february.available_place_days, 23);
  EXPECT_EQ(february.occupied_place_days, 10);  // the open stay occupies today as well
  EXPECT_NEAR(*february.percent, 1000.0 / 23.0, 1e-9);
}

TEST(NumbersOccupancy, LeapFebruaryHas29PlaceDaysAndMoveOutNightIsNotOccupied) {
  const std::vector<PlaceFacts> places{place("p1", "2023-01-01")};
  const std::vector<CourseFacts> courses{
      course("through-february", "a", od("2024-01-20"), od("2024-03-01")),
      course("left-on-first", "b", od("2023-12-01"),
             od("2024-02-01")),  // overlapping data: the night of Feb 1 is not its
  };
  const auto february = occupancy("unit-a", places, courses, month_period(2024, 2), d("2024-12-31"));
  EXPECT_EQ(february.period.days(), 29);
  EXPECT_EQ(february.available_place_days, 29);
  EXPECT_EQ(february.occupied_place_days, 29);
  EXPECT_DOUBLE_EQ(*february.percent, 100.0);
}

TEST(NumbersOccupancy, SameDayMoveInAndOutOccupiesNoNight) {
  const std::vector<PlaceFacts> places{place("p1", "2023-01-01")};
  const std::vector<CourseFacts> courses{course("day-visit", "a", od("2024-03-05"), od("2024-03-05"))};
  const auto march = occupancy("unit-a", places, courses, month_period(2024, 3), d("2024-12-31"));
  EXPECT_EQ(march.occupied_place_days, 0);
  EXPECT_DOUBLE_EQ(*march.percent, 0.0);
}

TEST(NumbersOccupancy, NoAvailablePlaceDaysMeansNoPercent) {
  const std::vector<PlaceFacts> places{place("p1", "2025-01-01")};
  const std::vector<CourseFacts> courses;
  const auto result = occupancy("unit-a", places, courses, month_period(2024, 3), d("2024-12-31"));
  EXPECT_EQ(result.available_place_days, 0);
  EXPECT_FALSE(result.percent.has_value());
}

TEST(NumbersOccupancy, MonthlySeriesIncludesFutureMonthsWithoutFigures) {
  const auto places = unit_a_places();
  const auto courses = unit_a_courses();
  const auto months =
      monthly_occupancy("unit-a", places, courses, d("2023-12-15"), d("2024-03-01"), d("2024-02-10"));
  ASSERT_EQ(months.size(), 4u);
  EXPECT_EQ(months[0].period.first, d("2023-12-01"));
  EXPECT_EQ(months[0].period.last, d("2023-12-31"));
  EXPECT_EQ(months[0].occupied_place_days, 12);  // Dec 20..31
  EXPECT_DOUBLE_EQ(*months[1].percent, 50.0);
  EXPECT_EQ(months[3].period.first, d("2024-03-01"));
  EXPECT_EQ(months[3].counted_days, 0);
  EXPECT_FALSE(months[3].percent.has_value());
}

TEST(NumbersOccupancy, MonthlySeriesEqualsOccupancyMonthByMonth) {
  const auto places = unit_a_places();
  std::vector<CourseFacts> courses = unit_a_courses();
  // Stays across a year end, within one day, on the first and last day of months, open, planned.
  courses.push_back(course("long", "e", od("2023-11-30"), od("2024-03-02")));
  courses.push_back(course("one-day", "f", od("2024-02-01"), od("2024-02-02")));
  courses.push_back(course("month-end", "g", od("2024-01-31"), od("2024-02-29")));
  courses.push_back(course("planned-out", "h", od("2024-02-05"), od("2024-04-01")));
  courses.push_back(course("future", "i", od("2024-05-01")));
  const Date today = d("2024-03-10");
  const auto months = monthly_occupancy("unit-a", places, courses, d("2023-10-01"), d("2024-06-30"), today);
  ASSERT_EQ(months.size(), 9u);
  for (const auto& month : months) {
    const auto expected = occupancy("unit-a", places, courses, month.period, today);
    SCOPED_TRACE(month.period.first.iso());
    EXPECT_EQ(month.occupied_place_days, expected.occupied_place_days);
    EXPECT_EQ(month.available_place_days, expected.available_place_days);
    EXPECT_EQ(month.counted_days, expected.counted_days);
    EXPECT_EQ(month.percent, expected.percent);
  }
}

TEST(NumbersPeriod, MonthLengthsAndIntersection) {
  EXPECT_EQ(month_period(2023, 2).days(), 28);
  EXPECT_EQ(month_period(2024, 2).days(), 29);
  EXPECT_EQ(month_period(2024, 12).last, d("2024-12-31"));
  EXPECT_FALSE(intersect(Period{d("2024-01-01"), d("2024-01-10")}, Period{d("2024-01-11"), d("2024-01-20")}));
  const auto overlap =
      intersect(Period{d("2024-01-01"), d("2024-01-10")}, Period{d("2024-01-10"), d("2024-01-20")});
  ASSERT_TRUE(overlap.has_value());
  EXPECT_EQ(overlap->days(), 1);
}

}  // namespace
}  // namespace afk::numbers
