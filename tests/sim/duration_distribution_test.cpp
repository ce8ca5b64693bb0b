#include "sim/duration_distribution.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace afk::sim {
namespace {

struct Moments {
  double mean, sd;
};

Moments sample_moments(const DurationDistribution& distribution, int draws) {
  RandomStream random(42, 0, StreamId::referrals);
  DurationSampler sample(distribution);
  double sum = 0, squares = 0;
  for (int i = 0; i < draws; ++i) {
    const double x = sample(random);
    EXPECT_GE(x, 0.0);
    sum += x;
    squares += x * x;
  }
  const double mean = sum / draws;
  return {mean, std::sqrt(squares / draws - mean * mean)};
}

TEST(DurationSampler, LognormalHasTheRequestedMeanAndSd) {
  const Moments m = sample_moments(DurationDistribution::lognormal(90, 60), 400000);
  EXPECT_NEAR(m.mean, 90, 0.6);
  EXPECT_NEAR(m.sd, 60, 1.5);
}

TEST(DurationSampler, GammaHasTheRequestedMeanAndSdAlsoBelowShapeOne) {
  Moments m = sample_moments(DurationDistribution::gamma(30, 15), 400000);
  EXPECT_NEAR(m.mean, 30, 0.15);
  EXPECT_NEAR(m.sd, 15, 0.15);
  m = sample_moments(DurationDistribution::gamma(10, 20), 400000);  // shape 0.25
  EXPECT_NEAR(m.mean, 10, 0.25);
  EXPECT_NEAR(m.sd, 20, 1.0);
}

TEST(DurationSampler, ExponentialFixedAndEmpirical) {
  Moments m = sample_moments(DurationDistribution::exponential(20), 400000);
  EXPECT_NEAR(m.mean, 20, 0.2);
  EXPECT_NEAR(m.sd, 20, 0.3);
  m = sample_moments(DurationDistribution::fixed(3), 10);
  EXPECT_EQ(m.mean, 3);
  m = sample_moments(DurationDistribution::empirical({10, 20, 60}), 300000);
  EXPECT_NEAR(m.mean, 30, 0.3);
  EXPECT_DOUBLE_EQ(DurationDistribution::empirical({10, 20, 60}).mean(), 30.0);
}

TEST(DurationDistribution, NamesTheBadParameter) {
  EXPECT_EQ(DurationDistribution::lognormal(90, 0).problem(), "sd_days: skal være et tal over 0");
  EXPECT_EQ(DurationDistribution::exponential(-1).problem(), "mean_days: skal være et tal over 0");
  EXPECT_NE(DurationDistribution::empirical({}).problem(), "");
  EXPECT_EQ(DurationDistribution::gamma(5, 2).problem(), "");
}

TEST(RandomStream, StreamsDependOnSeedReplicationAndStream) {
  RandomStream a(1, 0, StreamId::referrals), b(1, 0, StreamId::referrals);
  RandomStream c(1, 1, StreamId::referrals), d(1, 0, StreamId::guests), e(2, 0, StreamId::referrals);
  const auto first = a();
  EXPECT_EQ(first, b());
  EXPECT_NE(first, c());
  EXPECT_NE(first, d());
  EXPECT_NE(first, e());
}

}  // namespace
}  // namespace afk::sim
