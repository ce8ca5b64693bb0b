#include "sim/statistics.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace afk::sim {

double student_t_975(std::size_t degrees_of_freedom) {
  // Exact table for small samples, where the expansion below is poor.
  static constexpr std::array<double, 30> table{
      12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
      2.2010,  2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
      2.0796,  2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423};
  if (degrees_of_freedom == 0) return std::numeric_limits<double>::infinity();
  if (degrees_of_freedom <= table.size()) return table[degrees_of_freedom - 1];
  // Cornish-Fisher expansion around the normal quantile (Abramowitz & Stegun 26.7.5).
  const double z = 1.959963984540054;
  const double v = static_cast<double>(degrees_of_freedom);
  const double z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z, z9 = z7 * z * z;
  const double g1 = (z3 + z) / 4.0;
  const double g2 = (5 * z5 + 16 * z3 + 3 * z) / 96.0;
  const double g3 = (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / 384.0;
  const double g4 = (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / 92160.0;
  return z + g1 / v + g2 / (v * v) + g3 / (v * v * v) + g4 / (v * v * v * v);
}

namespace {
// The t-based 95 % interval of the mean from summary.mean, sd and count.
void set_interval(Summary& summary) {
  const double half = summary.count > 1 ? student_t_975(summary.count - 1) * summary.sd /
                                              std::sqrt(static_cast<double>(summary.count))
                                        : 0.0;
  summary.ci_low = summary.mean - half;
  summary.ci_high = summary.mean + half;
}
}  // namespace

Summary summarize(std::span<const double> values) {
  Summary summary;
  summary.count = values.size();
  if (values.empty()) return summary;
  double sum = 0.0;
  for (double value : values) sum += value;
  summary.mean = sum / values.size();
  if (values.size() > 1) {
    double squares = 0.0;
    for (double value : values) squares += (value - summary.mean) * (value - summary.mean);
    summary.sd = std::sqrt(squares / (values.size() - 1));
  }
  set_interval(summary);
  return summary;
}

Summary summarize_ratio(std::span<const double> numerators, std::span<const double> denominators) {
  Summary summary;
  summary.count = numerators.size();
  if (numerators.empty() || numerators.size() != denominators.size()) return summary;
  double numerator = 0.0, denominator = 0.0;
  for (std::size_t i = 0; i < numerators.size(); ++i) {
    numerator += numerators[i];
    denominator += denominators[i];
  }
  if (!(denominator > 0.0)) return summary;
  const double ratio = numerator / denominator;
  const double n = static_cast<double>(numerators.size());
  const double mean_denominator = denominator / n;
  summary.mean = ratio;
  if (numerators.size() > 1) {
    double squares = 0.0;
    for (std::size_t i = 0; i < numerators.size(); ++i) {
      const double residual = numerators[i] - ratio * denominators[i];
      squares += residual * residual;
    }
    summary.sd = std::sqrt(squares / (n - 1.0)) / mean_denominator;
  }
  set_interval(summary);
  return summary;
}

double percentile(std::vector<double>& values, double p) {
  return percentiles_above_zeros(values, 0, {p})[0];
}

std::vector<double> percentiles(std::vector<double>& values, std::initializer_list<double> ascending) {
  return percentiles_above_zeros(values, 0, ascending);
}

std::vector<double> percentiles_above_zeros(std::vector<double>& positive, std::size_t zeros,
                                            std::initializer_list<double> ascending) {
  const std::size_t n = zeros + positive.size();
  std::size_t from = 0;  // positive[0, from) are <= the rest
  // The j-th smallest of the whole sample. Asked for in pairs (lower, lower + 1)
  // with lower never decreasing, so a k below `from` is one already placed.
  auto order_statistic = [&](std::size_t j) {
    if (j < zeros) return 0.0;
    const std::size_t k = j - zeros;
    if (k < from) return positive[k];
    std::nth_element(positive.begin() + static_cast<std::ptrdiff_t>(from),
                     positive.begin() + static_cast<std::ptrdiff_t>(k), positive.end());
    from = k + 1;
    return positive[k];
  };
  std::vector<double> result;
  for (double p : ascending) {
    if (n == 0) {
      result.push_back(0.0);
      continue;
    }
    const double position = std::clamp(p, 0.0, 1.0) * (n - 1);
    const auto lower = static_cast<std::size_t>(std::floor(position));
    const double low_value = order_statistic(lower);
    const double high_value = lower + 1 < n ? order_statistic(lower + 1) : low_value;
    result.push_back(low_value + (position - lower) * (high_value - low_value));
  }
  return result;
}

}  // namespace afk::sim
