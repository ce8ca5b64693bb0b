#include "sim/statistics.hpp"

#include <gtest/gtest.h>

#include <algorithm>
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

// Waits are mostly 0 and only counted: the percentiles of zeros plus the
// positive values equal those of the whole sample sorted, at every boundary
// between the zeros and the rest, and with ties among the positive values.
TEST(Percentiles, AboveCountedZerosEqualTheWholeSampleSorted) {
  const std::initializer_list<double> ps{0.25, 0.5, 0.9, 0.95, 1.0};
  for (std::size_t zeros = 0; zeros <= 25; ++zeros) {
    for (std::size_t positives : {0u, 1u, 2u, 5u, 17u}) {
      if (zeros + positives == 0) continue;
      std::vector<double> positive;
      for (std::size_t i = 0; i < positives; ++i) positive.push_back(1.0 + static_cast<double>((i * 7) % 5));
      std::vector<double> sorted(zeros, 0.0);
      sorted.insert(sorted.end(), positive.begin(), positive.end());
      std::sort(sorted.begin(), sorted.end());
      const auto counted = percentiles_above_zeros(positive, zeros, ps);
      std::size_t k = 0;
      for (double p : ps) {
        const double position = p * static_cast<double>(sorted.size() - 1);
        const auto lower = static_cast<std::size_t>(std::floor(position));
        const double high = lower + 1 < sorted.size() ? sorted[lower + 1] : sorted[lower];
        EXPECT_DOUBLE_EQ(counted[k++], sorted[lower] + (position - lower) * (high - sorted[lower]))
            << zeros << " zeros, " << positives << " positive, p " << p;
      }
    }
  }
}

}  // namespace
}  // namespace afk::sim
