// Summaries over replications: mean and a 95 % confidence interval from the
// Student t distribution, plus percentiles of a sample.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <span>
#include <vector>

namespace afk::sim {

struct Summary {
  double mean = 0.0;
  double sd = 0.0;      // sample standard deviation between replications
  double ci_low = 0.0;  // 95 % confidence interval of the mean
  double ci_high = 0.0;
  std::size_t count = 0;

  double half_width() const { return (ci_high - ci_low) / 2.0; }
};

// Mean, sd and 95 % CI (t-based). With one value the interval is the point.
Summary summarize(std::span<const double> values);

// A ratio pooled over replications, sum(numerators) / sum(denominators),
// with a 95 % interval by the delta method: the per-replication residuals
// y - R x over the mean denominator (Law & Kelton, "ratio estimators"). A
// mean of per-replication ratios is biased when the denominators are small
// (few referrals in a short run); the pooled ratio is not. `sd` is the
// residuals' sd over the mean denominator, so the half-width is t·sd/√n as
// for summarize().
Summary summarize_ratio(std::span<const double> numerators, std::span<const double> denominators);

// The 97.5 % quantile of Student's t with `degrees_of_freedom` >= 1.
double student_t_975(std::size_t degrees_of_freedom);

// Percentile p in [0, 1] with linear interpolation between order statistics
// (Hyndman-Fan type 7). Reorders `values`; 0 when empty.
double percentile(std::vector<double>& values, double p);

// Several percentiles at once, `ascending` in increasing order; each search
// only looks above the previous one. Reorders `values`.
std::vector<double> percentiles(std::vector<double>& values, std::initializer_list<double> ascending);

// The same percentiles of a sample made of `zeros` values 0 and the values
// in `positive` (all > 0). Waits are mostly 0: counting those instead of
// storing and searching them saves a good part of a replication's time.
// Reorders `positive`.
std::vector<double> percentiles_above_zeros(std::vector<double>& positive, std::size_t zeros,
                                            std::initializer_list<double> ascending);

}  // namespace afk::sim
