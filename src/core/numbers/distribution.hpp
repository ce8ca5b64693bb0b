// Summary of a list of day counts (waiting times, closed stays): n, mean,
// median and quartiles. Quartiles use linear interpolation between order
// statistics (Hyndman & Fan type 7), the method of Excel's QUARTILE.INC and
// R's default, so a project lead can reproduce every figure in a spreadsheet.
#pragma once

#include <optional>
#include <span>

namespace afk::numbers {

struct DistributionSummary {
  int n = 0;
  // All of these are nullopt when n == 0.
  std::optional<double> mean;
  std::optional<double> median;
  std::optional<double> lower_quartile;  // 25th percentile
  std::optional<double> upper_quartile;  // 75th percentile
  std::optional<double> min;
  std::optional<double> max;
};

DistributionSummary summarize(std::span<const double> values);

// The p-quantile (0 <= p <= 1) by type 7 interpolation; nullopt when empty.
std::optional<double> quantile_type7(std::span<const double> values, double p);

}  // namespace afk::numbers
