#include "core/numbers/distribution.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace afk::numbers {

namespace {
double sorted_quantile(const std::vector<double>& sorted, double p) {
  const double position = p * static_cast<double>(sorted.size() - 1);
  const auto below = static_cast<size_t>(std::floor(position));
  const size_t above = std::min(below + 1, sorted.size() - 1);
  const double fraction = position - static_cast<double>(below);
  return sorted[below] + fraction * (sorted[above] - sorted[below]);
}
}  // namespace

std::optional<double> quantile_type7(std::span<const double> values, double p) {
  if (values.empty()) return std::nullopt;
  std::vector<double> sorted(values.begin(), values.end());
  std::sort(sorted.begin(), sorted.end());
  return sorted_quantile(sorted, std::clamp(p, 0.0, 1.0));
}

DistributionSummary summarize(std::span<const double> values) {
  DistributionSummary summary;
  summary.n = static_cast<int>(values.size());
  if (values.empty()) return summary;
  std::vector<double> sorted(values.begin(), values.end());
  std::sort(sorted.begin(), sorted.end());
  summary.mean = std::accumulate(sorted.begin(), sorted.end(), 0.0) / static_cast<double>(sorted.size());
  summary.median = sorted_quantile(sorted, 0.5);
  summary.lower_quartile = sorted_quantile(sorted, 0.25);
  summary.upper_quartile = sorted_quantile(sorted, 0.75);
  summary.min = sorted.front();
  summary.max = sorted.back();
  return summary;
}

}  // namespace afk::numbers
