#include "sim/statistics.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace afk::sim {
namespace {

TEST(StudentT, TableAndExpansionAgreeWithPublishedQuantiles) {
  EXPECT_NEAR(student_t_975(1), 12.706, 1e-3);
  EXPECT_NEAR(student_t_975(9), 2.262, 1e-3);
  EXPECT_NEAR(student_t_975(40), 2.021, 1e-3);
  EXPECT_NEAR(student_t_975(99), 1.984, 1e-3);
  EXPECT_NEAR(student_t_975(1000000), 1.960, 1e-3);
}

TEST(Summarize, MeanSdAndInterval) {
  const std::vector<double> values{1, 2, 3, 4, 5};
  const Summary summary = summarize(values);
  EXPECT_DOUBLE_EQ(summary.mean, 3.0);
  EXPECT_NEAR(summary.sd, std::sqrt(2.5), 1e-12);
  EXPECT_NEAR(summary.half_width(), 2.7764 * std::sqrt(2.5) / std::sqrt(5.0), 1e-4);
  EXPECT_EQ(summary.count, 5u);
}

TEST(Summarize, OneValueGivesAPointInterval) {
  const std::vector<double> values{7};
  const Summary summary = summarize(values);
  EXPECT_EQ(summary.ci_low, 7.0);
  EXPECT_EQ(summary.ci_high, 7.0);
}

TEST(Percentile, InterpolatesBetweenOrderStatistics) {
  std::vector<double> values{5, 1, 4, 2, 3};
  EXPECT_DOUBLE_EQ(percentile(values, 0.5), 3.0);
  EXPECT_DOUBLE_EQ(percentile(values, 0.0), 1.0);
  EXPECT_DOUBLE_EQ(percentile(values, 1.0), 5.0);
  EXPECT_DOUBLE_EQ(percentile(values, 0.9), 4.6);
  std::vector<double> empty;
  EXPECT_EQ(percentile(empty, 0.5), 0.0);
}

TEST(Percentiles, SeveralAtOnceEqualOneByOne) {
  std::vector<double> values;
  for (int i = 0; i < 1001; ++i) values.push_back((i * 7919) % 1009 / 3.0);
  std::vector<double> copy = values;
  const auto together = percentiles(values, {0.5, 0.9, 0.95, 1.0});
  EXPECT_DOUBLE_EQ(together[0], percentile(copy, 0.5));
  EXPECT_DOUBLE_EQ(together[1], percentile(copy, 0.9));
  EXPECT_DOUBLE_EQ(together[2], percentile(copy, 0.95));
  EXPECT_DOUBLE_EQ(together[3], percentile(copy, 1.0));
}

}  // namespace
}  // namespace afk::sim
