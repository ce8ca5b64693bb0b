#include <gtest/gtest.h>

#include <vector>

#include "core/numbers/baseline.hpp"
#include "core/numbers/destinations.hpp"
#include "core/numbers/facts_builders.hpp"
#include "core/numbers/referrals.hpp"

namespace afk::numbers {
namespace {
using namespace fixtures;

TEST(NumbersDestinations, SharesOfClosedCoursesIncludingUnknown) {
  std::vector<CourseFacts> courses{
      course("1", "a", od("2024-01-01"), od("2024-02-01")),
      course("2", "b", od("2024-01-01"), od("2024-03-01")),
      course("3", "c", od("2024-01-01"), od("2024-03-15")),
      course("4", "d", od("2024-01-01"), od("2024-04-01")),
      course("open", "e", od("2024-01-01")),
  };
  courses[0].destination = Destination::own_home_with_support;
  courses[1].destination = Destination::own_home_with_support;
  courses[2].destination = Destination::long_term_housing;
  courses[4].destination = Destination::shelter;  // open course: its destination is not counted yet
  const auto shares = destination_shares(courses);
  EXPECT_EQ(shares.closed_courses, 4);
  ASSERT_EQ(shares.rows.size(), all_destinations.size() + 1);
  const auto& with_support = shares.rows[static_cast<size_t>(Destination::own_home_with_support)];
  EXPECT_EQ(with_support.courses, 2);
  EXPECT_DOUBLE_EQ(*with_support.percent, 50.0);
  EXPECT_EQ(shares.rows[static_cast<size_t>(Destination::shelter)].courses, 0);
  const auto& unknown = shares.rows.back();
  EXPECT_FALSE(unknown.destination.has_value());
  EXPECT_EQ(unknown.courses, 1);
  EXPECT_DOUBLE_EQ(*unknown.percent, 25.0);

  const auto march = destination_shares(courses, Period{d("2024-03-01"), d("2024-03-31")});
  EXPECT_EQ(march.closed_courses, 2);
}

TEST(NumbersDestinations, NoClosedCoursesGivesNoShares) {
  const std::vector<CourseFacts> courses{course("open", "e", od("2024-01-01"))};
  const auto shares = destination_shares(courses);
  EXPECT_EQ(shares.closed_courses, 0);
  EXPECT_FALSE(shares.rows.front().percent.has_value());
}

TEST(NumbersReferrals, AcceptanceRateAmongDecidedReferrals) {
  std::vector<CourseFacts> courses(8, course("x", "a", std::nullopt));
  courses[0].decision = courses[1].decision = courses[2].decision = Decision::accepted;
  courses[3].decision = Decision::declined;
  courses[4].decision = Decision::withdrawn;
  courses[5].decision = Decision::waiting_list;
  courses[6].decision = Decision::pending;
  courses[7].decision = Decision::accepted;
  courses[7].referral_date = d("2023-06-01");  // outside the period below
  const auto counts = referral_counts(courses, Period{d("2024-01-01"), d("2024-12-31")});
  EXPECT_EQ(counts.referrals, 7);
  EXPECT_EQ(counts.accepted, 3);
  EXPECT_EQ(counts.declined, 1);
  EXPECT_EQ(counts.withdrawn, 1);
  EXPECT_EQ(counts.waiting_list, 1);
  EXPECT_EQ(counts.pending, 1);
  EXPECT_DOUBLE_EQ(*counts.acceptance_rate_percent, 75.0);
  EXPECT_NEAR(*counts.accepted_of_referrals_percent, 300.0 / 7.0, 1e-9);
  EXPECT_EQ(referral_counts(courses).referrals, 8);
}

TEST(NumbersReferrals, ZeroReferralsGiveNoRateRatherThanZero) {
  const std::vector<CourseFacts> none;
  const auto counts = referral_counts(none);
  EXPECT_EQ(counts.referrals, 0);
  EXPECT_FALSE(counts.acceptance_rate_percent.has_value());
  EXPECT_FALSE(counts.accepted_of_referrals_percent.has_value());
  // Only pending referrals: referrals exist but nothing is decided.
  const std::vector<CourseFacts> pending{course("p", "a", std::nullopt)};
  EXPECT_FALSE(referral_counts(pending).acceptance_rate_percent.has_value());
  EXPECT_DOUBLE_EQ(*referral_counts(pending).accepted_of_referrals_percent, 0.0);
}

TEST(NumbersBaseline, DifferenceAndRelativeChangeCarryTheSource) {
  const Baseline baseline{"days_awaiting_discharge_per_discharge", "Færdigbehandlingsdage pr. udskrivning",
                          12.0, "Region X, LPR", 2023};
  const auto comparison = compare_to_baseline(9.0, baseline);
  EXPECT_DOUBLE_EQ(*comparison.difference, -3.0);
  EXPECT_DOUBLE_EQ(*comparison.relative_percent, -25.0);
  EXPECT_EQ(comparison.assumption.source, "Region X, LPR");
  EXPECT_EQ(comparison.assumption.year, 2023);
  const auto nothing = compare_to_baseline(std::nullopt, baseline);
  EXPECT_FALSE(nothing.difference.has_value());
  EXPECT_DOUBLE_EQ(nothing.baseline, 12.0);
  const auto zero_base = compare_to_baseline(1.0, Baseline{"r", "r", 0.0, "s", 2023});
  EXPECT_DOUBLE_EQ(*zero_base.difference, 1.0);
  EXPECT_FALSE(zero_base.relative_percent.has_value());
}

}  // namespace
}  // namespace afk::numbers
