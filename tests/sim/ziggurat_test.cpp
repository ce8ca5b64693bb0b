// The ziggurat normal and exponential generators: tables that describe the
// density, the right moments and shape (Kolmogorov–Smirnov), tails that are
// as heavy as they should be, and reproducible streams.
#include "sim/ziggurat.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

#include "sim/random_stream.hpp"

namespace afk::sim {
namespace {

constexpr int draws = 200000;

std::vector<double> sample(const std::function<double(RandomStream&)>& draw, std::uint64_t seed) {
  RandomStream random(seed, 0, StreamId::referrals);
  std::vector<double> values(draws);
  for (double& value : values) value = draw(random);
  return values;
}

// sqrt(n) x the largest distance between the empirical and the true CDF.
// Below 1.63 with probability 99 % when the sample comes from `cdf`.
double kolmogorov_smirnov(std::vector<double> values, const std::function<double(double)>& cdf) {
  std::sort(values.begin(), values.end());
  const double n = static_cast<double>(values.size());
  double largest = 0.0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    const double expected = cdf(values[i]);
    largest = std::max({largest, std::abs(expected - i / n), std::abs(expected - (i + 1) / n)});
  }
  return largest * std::sqrt(n);
}

double mean_of(const std::vector<double>& values) {
  double sum = 0.0;
  for (double value : values) sum += value;
  return sum / static_cast<double>(values.size());
}

double central_moment(const std::vector<double>& values, int order) {
  const double mean = mean_of(values);
  double sum = 0.0;
  for (double value : values) sum += std::pow(value - mean, order);
  return sum / static_cast<double>(values.size());
}

double share_above(const std::vector<double>& values, double limit) {
  return static_cast<double>(
             std::count_if(values.begin(), values.end(), [&](double v) { return v > limit; })) /
         static_cast<double>(values.size());
}

TEST(Ziggurat, LayersHaveEqualAreaUnderTheDensity) {
  const auto check = [](const ZigguratTable& table, double area, const char* name) {
    // Base layer: rectangle up to r plus the tail beyond it; checked by x[0] = area / f(r).
    EXPECT_NEAR(table.x[0] * table.f[1], area, 1e-15) << name;
    for (int i = 1; i < 256; ++i) {
      ASSERT_GT(table.x[i], table.x[i + 1]) << name << " layer " << i;
      EXPECT_NEAR(table.x[i] * (table.f[i + 1] - table.f[i]), area, 1e-9) << name << " layer " << i;
    }
    EXPECT_EQ(table.x[256], 0.0);
    EXPECT_EQ(table.f[256], 1.0);
  };
  check(ziggurat_tables().normal, 0.00492867323399, "normal");
  check(ziggurat_tables().exponential, 0.0039496598225815571993, "exponential");
}

TEST(Ziggurat, NormalHasTheMomentsAndShapeOfTheStandardNormal) {
  const auto values = sample([](RandomStream& random) { return random.standard_normal(); }, 11);
  const double n = draws;
  EXPECT_NEAR(mean_of(values), 0.0, 4.0 / std::sqrt(n));  // sd of the mean 1/sqrt(n)
  EXPECT_NEAR(central_moment(values, 2), 1.0, 4.0 * std::sqrt(2.0 / n));
  EXPECT_NEAR(central_moment(values, 3), 0.0, 4.0 * std::sqrt(15.0 / n));
  EXPECT_NEAR(central_moment(values, 4), 3.0, 4.0 * std::sqrt(96.0 / n));
  EXPECT_LT(kolmogorov_smirnov(values, [](double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }), 1.63);
  // Symmetric, and the tail beyond r = 3.65 (drawn by its own method) has the right weight.
  EXPECT_NEAR(share_above(values, 0.0), 0.5, 4.0 * 0.5 / std::sqrt(n));
  const double beyond_three = 0.5 * std::erfc(3.0 / std::sqrt(2.0));  // 0.00135
  EXPECT_NEAR(share_above(values, 3.0), beyond_three, 4.0 * std::sqrt(beyond_three / n));
  const double beyond_tail = 0.5 * std::erfc(3.8 / std::sqrt(2.0));  // 7.2e-5: ~14 draws
  EXPECT_GT(share_above(values, 3.8), 0.2 * beyond_tail);
  EXPECT_LT(share_above(values, 3.8), 3.0 * beyond_tail);
}

TEST(Ziggurat, ExponentialHasTheMomentsAndShapeOfTheExponential) {
  const auto values = sample([](RandomStream& random) { return random.exponential(2.5); }, 12);
  const double n = draws;
  EXPECT_TRUE(std::all_of(values.begin(), values.end(), [](double v) { return v >= 0.0; }));
  EXPECT_NEAR(mean_of(values), 2.5, 4.0 * 2.5 / std::sqrt(n));
  EXPECT_NEAR(central_moment(values, 2), 6.25, 4.0 * 6.25 * std::sqrt(8.0 / n));
  EXPECT_LT(kolmogorov_smirnov(values, [](double x) { return 1.0 - std::exp(-x / 2.5); }), 1.63);
  // Beyond the tail start r = 7.7 (in units of the mean): memoryless tail.
  const double beyond_tail = std::exp(-8.0);  // 3.4e-4: ~67 draws
  EXPECT_NEAR(share_above(values, 8.0 * 2.5), beyond_tail, 4.0 * std::sqrt(beyond_tail / n));
}

TEST(Ziggurat, SameStreamGivesTheSameNumbers) {
  RandomStream a(5, 3, StreamId::guests), b(5, 3, StreamId::guests), other(5, 4, StreamId::guests);
  bool differs = false;
  for (int i = 0; i < 1000; ++i) {
    const double x = a.standard_normal(), y = a.exponential(1.0);
    EXPECT_EQ(x, b.standard_normal());
    EXPECT_EQ(y, b.exponential(1.0));
    differs = differs || x != other.standard_normal();
    other.exponential(1.0);
  }
  EXPECT_TRUE(differs);
}

}  // namespace
}  // namespace afk::sim
