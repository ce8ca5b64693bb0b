#include "core/numbers/waiting_times.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "core/numbers/distribution.hpp"
#include "core/numbers/facts_builders.hpp"

namespace afk::numbers {
namespace {
using namespace fixtures;

TEST(NumbersDistribution, QuartilesInterpolateLikeExcelQuartileInc) {
  // Excel: QUARTILE.INC({1,2,3,4,10};1) = 2, ;2 = 3, ;3 = 4. Even count {1,2,3,4}: 1.75, 2.5, 3.25.
  const std::vector<double> odd{10, 1, 3, 2, 4};
  const auto summary = summarize(odd);
  EXPECT_EQ(summary.n, 5);
  EXPECT_DOUBLE_EQ(*summary.mean, 4.0);
  EXPECT_DOUBLE_EQ(*summary.median, 3.0);
  EXPECT_DOUBLE_EQ(*summary.lower_quartile, 2.0);
  EXPECT_DOUBLE_EQ(*summary.upper_quartile, 4.0);
  EXPECT_DOUBLE_EQ(*summary.min, 1.0);
  EXPECT_DOUBLE_EQ(*summary.max, 10.0);
  const std::vector<double> even{4, 3, 2, 1};
  const auto even_summary = summarize(even);
  EXPECT_DOUBLE_EQ(*even_summary.median, 2.5);
  EXPECT_DOUBLE_EQ(*even_summary.lower_quartile, 1.75);
  EXPECT_DOUBLE_EQ(*even_summary.upper_quartile, 3.25);
}

TEST(NumbersDistribution, EmptyAndSingleValue) {
  const auto empty = summarize(std::vector<double>{});
  EXPECT_EQ(empty.n, 0);
  EXPECT_FALSE(empty.mean.has_value());
  EXPECT_FALSE(empty.median.has_value());
  const auto one = summarize(std::vector<double>{7});
  EXPECT_DOUBLE_EQ(*one.median, 7.0);
  EXPECT_DOUBLE_EQ(*one.lower_quartile, 7.0);
}

TEST(NumbersWaitingTimes, ThreeIntervalsFromTheirOwnDates) {
  const std::vector<AdmissionFacts> admissions{
      admission("i1", "a", "2024-01-01", od("2024-01-20"), od("2024-02-01")),
      admission("i2", "b", "2024-01-01", od("2024-02-10"), od("2024-02-11")),
  };
  CourseFacts a = course("a", "a", od("2024-02-01"));
  a.referral_date = d("2024-01-10");
  a.decision_date = d("2024-01-15");  // 5 days; move-in 17 days later
  a.index_admission_id = "i1";        // ready 2024-01-20 -> move-in 12 days
  CourseFacts b = course("b", "b", od("2024-02-11"));
  b.referral_date = d("2024-02-01");
  b.decision_date = d("2024-02-08");  // 7; move-in 3 days later
  b.index_admission_id = "i2";        // ready -> move-in 1 day
  CourseFacts declined = course("c", "c", std::nullopt);
  declined.referral_date = d("2024-02-01");
  declined.decision = Decision::declined;
  declined.decision_date = d("2024-02-01");  // same day: 0
  CourseFacts pending = course("d", "d", std::nullopt);
  CourseFacts bad = course("e", "e", od("2024-02-01"));
  bad.decision_date = d("2024-02-05");  // after move-in: inconsistent
  bad.referral_date = d("2024-01-01");

  const std::vector<CourseFacts> courses{a, b, declined, pending, bad};
  const auto waits = waiting_times(courses, admissions);
  EXPECT_EQ(waits.referral_to_decision.days.n, 4);  // a, b, declined, bad
  EXPECT_EQ(waits.referral_to_decision.missing_dates, 1);
  EXPECT_DOUBLE_EQ(*waits.referral_to_decision.days.mean, (5 + 7 + 0 + 35) / 4.0);

  EXPECT_EQ(waits.decision_to_move_in.days.n, 2);
  EXPECT_EQ(waits.decision_to_move_in.inconsistent, 1);
  EXPECT_EQ(waits.decision_to_move_in.missing_dates, 2);
  EXPECT_DOUBLE_EQ(*waits.decision_to_move_in.days.median, 10.0);

  EXPECT_EQ(waits.ready_to_move_in.days.n, 2);
  EXPECT_DOUBLE_EQ(*waits.ready_to_move_in.days.mean, 6.5);
  EXPECT_EQ(waits.ready_to_move_in.missing_dates, 3);
}

}  // namespace
}  // namespace afk::numbers
