#include "sim/referral_arrivals.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace afk::sim {
namespace {

std::vector<double> arrival_days(const ArrivalModel& model, double until) {
  ReferralArrivals arrivals(model, until);
  RandomStream random(7, 0, StreamId::referrals);
  std::vector<double> days;
  for (auto referral = arrivals.next(random); referral.day < until; referral = arrivals.next(random)) {
    days.push_back(referral.day);
  }
  return days;
}

TEST(ReferralArrivals, PoissonRateIsPerWeek) {
  ArrivalModel model;
  model.rate_per_week = 7.0;
  const auto days = arrival_days(model, 20000.0);
  EXPECT_NEAR(days.size() / 20000.0, 1.0, 0.03);  // sd of the count ~ 0.7 %
}

TEST(ReferralArrivals, WeeklyPatternShapesWeekdaysButKeepsTheWeeklyTotal) {
  ArrivalModel model;
  model.rate_per_week = 14.0;
  model.weekly_pattern = std::array<double, 7>{2, 1, 1, 1, 1, 0, 0};
  const auto days = arrival_days(model, 20000.0);
  std::array<int, 7> per_weekday{};
  for (double day : days) ++per_weekday[static_cast<int>(std::floor(day)) % 7];
  EXPECT_EQ(per_weekday[5], 0);
  EXPECT_EQ(per_weekday[6], 0);
  EXPECT_NEAR(per_weekday[0] / double(per_weekday[1]), 2.0, 0.12);
  EXPECT_NEAR(days.size() / (20000.0 / 7.0), 14.0, 0.3);
}

TEST(ReferralArrivals, LinearTrendDoublesTheRateOverOneYear) {
  ArrivalModel model;
  model.rate_per_week = 70.0;
  model.trend_per_year = 1.0;  // rate at day 365 is twice the rate at day 0
  const auto days = arrival_days(model, 365.0);
  int first_quarter = 0, last_quarter = 0;
  for (double day : days) {
    first_quarter += day < 365.0 / 4;
    last_quarter += day >= 3 * 365.0 / 4;
  }
  // Expected 10 * 91.25 * 1.125 = 1027 and 10 * 91.25 * 1.875 = 1711.
  EXPECT_NEAR(first_quarter, 1027, 100);
  EXPECT_NEAR(last_quarter, 1711, 130);
}

TEST(ReferralArrivals, ReplayRepeatsTheHistoryInWholeWeeks) {
  ArrivalModel model;
  model.kind = ArrivalModel::Kind::replay;
  model.history = {{0.0, 30.0}, {3.0, std::nullopt}, {8.0, 12.0}};
  EXPECT_EQ(replay_period_days(model), 14.0);
  ReferralArrivals arrivals(model, 100.0);
  RandomStream random(1, 0, StreamId::referrals);
  const std::vector<double> expected{0, 3, 8, 14, 17, 22, 28};
  for (double day : expected) EXPECT_EQ(arrivals.next(random).day, day);
  model.replay_period_days = 10.0;
  ReferralArrivals shorter(model, 100.0);
  shorter.next(random);
  shorter.next(random);
  shorter.next(random);
  const auto fourth = shorter.next(random);
  EXPECT_EQ(fourth.day, 10.0);
  EXPECT_EQ(fourth.stay_days, 30.0);
}

}  // namespace
}  // namespace afk::sim
