#include "sim/erlang.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace afk::sim {
namespace {

// Textbook Erlang B in log space, independent of the recursion under test.
double erlang_b_reference(int places, double load) {
  double log_terms_max = -std::numeric_limits<double>::infinity();
  std::vector<double> log_terms;
  for (int k = 0; k <= places; ++k) {
    log_terms.push_back(k * std::log(load) - std::lgamma(k + 1.0));
    log_terms_max = std::max(log_terms_max, log_terms.back());
  }
  double sum = 0.0;
  for (double term : log_terms) sum += std::exp(term - log_terms_max);
  return std::exp(log_terms.back() - log_terms_max) / sum;
}

TEST(ErlangB, MatchesHandComputedValues) {
  EXPECT_DOUBLE_EQ(erlang_b(0, 3.0), 1.0);
  EXPECT_DOUBLE_EQ(erlang_b(1, 1.0), 0.5);
  EXPECT_DOUBLE_EQ(erlang_b(2, 1.0), 0.2);  // (1/2) / (1 + 1 + 1/2)
  EXPECT_NEAR(erlang_b(10, 5.0), 0.018384570, 1e-9);
  EXPECT_DOUBLE_EQ(erlang_b(5, 0.0), 0.0);
}

TEST(ErlangB, StableForFiveHundredPlaces) {
  for (double load : {50.0, 400.0, 480.0, 500.0, 650.0}) {
    const double value = erlang_b(500, load);
    ASSERT_TRUE(std::isfinite(value));
    EXPECT_NEAR(value, erlang_b_reference(500, load), 1e-12 + 1e-9 * value) << "load " << load;
  }
}

TEST(ErlangC, MatchesHandComputedValues) {
  EXPECT_NEAR(erlang_c(1, 0.8), 0.8, 1e-12);  // M/M/1: P(wait) = rho
  EXPECT_NEAR(erlang_c(2, 1.0), 1.0 / 3.0, 1e-12);
  EXPECT_NEAR(erlang_c(10, 8.0), 0.409, 5e-4);  // published Erlang C table
  EXPECT_DOUBLE_EQ(erlang_c(3, 3.0), 1.0);      // unstable: everyone waits
}

TEST(ErlangC, StableForFiveHundredPlacesAndAboveErlangB) {
  const double c = erlang_c(500, 480.0);
  ASSERT_TRUE(std::isfinite(c));
  EXPECT_GT(c, erlang_b(500, 480.0));
  EXPECT_LT(c, 1.0);
  // Agrees with the textbook identity built from the reference Erlang B.
  const double b = erlang_b_reference(500, 480.0);
  EXPECT_NEAR(c, 500 * b / (500 - 480.0 * (1 - b)), 1e-9);
}

TEST(MmcMeanWait, MatchesMm1AndMm2) {
  // M/M/1: Wq = rho / (mu - lambda).
  EXPECT_NEAR(mmc_mean_wait(0.8, 1.0, 1), 0.8 / 0.2, 1e-12);
  // M/M/2 with lambda = mu = 1: P(wait) = 1/3, Wq = (1/3) / (2 - 1).
  EXPECT_NEAR(mmc_mean_wait(1.0, 1.0, 2), 1.0 / 3.0, 1e-12);
  EXPECT_NEAR(mmc_mean_queue_length(1.0, 1.0, 2), 1.0 / 3.0, 1e-12);
  EXPECT_TRUE(std::isinf(mmc_mean_wait(2.0, 1.0, 2)));
  EXPECT_TRUE(std::isfinite(mmc_mean_wait(499.0, 1.0, 500)));
}

}  // namespace
}  // namespace afk::sim
