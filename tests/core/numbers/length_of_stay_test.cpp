#include "core/numbers/length_of_stay.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "core/numbers/facts_builders.hpp"

namespace afk::numbers {
namespace {
using namespace fixtures;

TEST(NumbersKaplanMeier, CensoredStaysShiftTheMedian) {
  // Worked by hand: n=5. t=10: 1 of 5 ends -> S=0.8; t=20 censored; t=30: 1 of 3 -> S=0.8*2/3;
  // t=40: 1 of 2 -> S=0.8*2/3*1/2 = 0.2667; t=50 censored.
  const std::vector<StayObservation> stays{{10, true}, {20, false}, {30, true}, {40, true}, {50, false}};
  const auto km = kaplan_meier(stays);
  ASSERT_EQ(km.steps.size(), 3u);
  EXPECT_EQ(km.steps[1].days, 30);
  EXPECT_EQ(km.steps[1].at_risk, 3);
  EXPECT_NEAR(km.steps[0].survival, 0.8, 1e-12);
  EXPECT_NEAR(km.steps[1].survival, 0.8 * 2.0 / 3.0, 1e-12);
  EXPECT_NEAR(km.steps[2].survival, 0.8 * 2.0 / 3.0 / 2.0, 1e-12);
  EXPECT_EQ(km.median(), 40);          // S first <= 0.5 at 40 (the closed stays alone would say 30)
  EXPECT_EQ(km.lower_quartile(), 30);  // S(10) = 0.8 is still above 0.75
  EXPECT_FALSE(km.upper_quartile().has_value());  // S never reaches 0.25
}

TEST(NumbersKaplanMeier, SurvivalExactlyOneHalfGivesThatTime) {
  const std::vector<StayObservation> stays{{5, true}, {10, true}, {15, true}, {20, true}};
  const auto km = kaplan_meier(stays);
  EXPECT_EQ(km.median(), 10);
  EXPECT_EQ(km.lower_quartile(), 5);
  EXPECT_EQ(km.upper_quartile(), 15);
}

TEST(NumbersKaplanMeier, EventsBeforeCensoringAtTheSameTime) {
  const std::vector<StayObservation> stays{{10, true}, {10, false}, {20, true}};
  const auto km = kaplan_meier(stays);
  ASSERT_EQ(km.steps.size(), 2u);
  EXPECT_EQ(km.steps[0].at_risk, 3);
  EXPECT_EQ(km.steps[0].censored, 1);
  EXPECT_NEAR(km.steps[0].survival, 2.0 / 3.0, 1e-12);
  EXPECT_EQ(km.steps[1].at_risk, 1);
  EXPECT_NEAR(km.steps[1].survival, 0.0, 1e-12);
}

TEST(NumbersKaplanMeier, TiedEventsAreOneStep) {
  const std::vector<StayObservation> stays{{7, true}, {7, true}, {9, true}, {12, false}};
  const auto km = kaplan_meier(stays);
  ASSERT_EQ(km.steps.size(), 2u);
  EXPECT_EQ(km.steps[0].ended, 2);
  EXPECT_NEAR(km.steps[0].survival, 0.5, 1e-12);
  EXPECT_EQ(km.median(), 7);
}

TEST(NumbersKaplanMeier, AllCensoredOrEmptyHasNoMedian) {
  const std::vector<StayObservation> censored{{10, false}, {40, false}};
  const auto km = kaplan_meier(censored);
  EXPECT_TRUE(km.steps.empty());
  EXPECT_FALSE(km.median().has_value());
  EXPECT_FALSE(kaplan_meier(std::vector<StayObservation>{}).median().has_value());
}

TEST(NumbersLengthOfStay, ClosedStaysAreEventsOpenStaysCensoredAtToday) {
  const Date today = d("2024-06-15");
  const std::vector<CourseFacts> courses{
      course("closed-10", "a", od("2024-01-01"), od("2024-01-11")),
      course("closed-leap", "b", od("2024-02-28"), od("2024-03-01")),  // 2 days over Feb 29
      course("same-day", "c", od("2024-03-05"), od("2024-03-05")),     // 0 days, still an event
      course("open-14", "d", od("2024-06-01")),
      course("planned", "e", od("2024-07-01")),
      course("no-move-in", "f", std::nullopt),
      course("reversed", "g", od("2024-03-10"), od("2024-03-01")),
  };
  const auto stay = length_of_stay(courses, today);
  EXPECT_EQ(stay.closed, 3);
  EXPECT_EQ(stay.censored, 1);
  EXPECT_EQ(stay.excluded_inconsistent, 1);
  ASSERT_TRUE(stay.mean_closed_days.has_value());
  EXPECT_NEAR(*stay.mean_closed_days, (10.0 + 2.0 + 0.0) / 3.0, 1e-12);
  // Observations 0, 2, 10 (events) and 14 (censored): S(0)=3/4, S(2)=2/4, S(10)=1/4.
  EXPECT_EQ(stay.km_lower_quartile_days, 0);
  EXPECT_EQ(stay.km_median_days, 2);
  EXPECT_EQ(stay.km_upper_quartile_days, 10);
}

TEST(NumbersLengthOfStay, OnlyOpenStaysMeansNoMedianAndNoMean) {
  const std::vector<CourseFacts> courses{course("open", "a", od("2024-05-01"))};
  const auto stay = length_of_stay(courses, d("2024-06-15"));
  EXPECT_EQ(stay.closed, 0);
  EXPECT_EQ(stay.censored, 1);
  EXPECT_FALSE(stay.mean_closed_days.has_value());
  EXPECT_FALSE(stay.km_median_days.has_value());
}

TEST(NumbersLengthOfStay, ObservationOfOneCourse) {
  const Date today = d("2024-06-15");
  const auto open = stay_observation(course("o", "a", od("2024-06-15")), today);
  ASSERT_TRUE(open.has_value());
  EXPECT_EQ(open->days, 0);
  EXPECT_FALSE(open->ended);
  EXPECT_FALSE(stay_observation(course("p", "a", od("2024-06-16")), today).has_value());
  const auto planned_exit = stay_observation(course("x", "a", od("2024-06-01"), od("2024-07-01")), today);
  ASSERT_TRUE(planned_exit.has_value());
  EXPECT_FALSE(planned_exit->ended);  // move-out in the future is a plan: censored at today
  EXPECT_EQ(planned_exit->days, 14);
}

}  // namespace
}  // namespace afk::numbers
