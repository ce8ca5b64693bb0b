// A distribution of durations in days: stay lengths, readmissions, the wait
// for the next offer, guest stays.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "sim/random_stream.hpp"

namespace afk::sim {

enum class DistributionKind { fixed, exponential, lognormal, gamma, empirical };

struct DurationDistribution {
  DistributionKind kind = DistributionKind::exponential;
  double mean_days = 1.0;
  double sd_days = 0.0;             // lognormal and gamma only
  std::vector<double> values_days;  // empirical only: observed durations, drawn with equal weight

  static DurationDistribution fixed(double days);
  static DurationDistribution exponential(double mean_days);
  static DurationDistribution lognormal(double mean_days, double sd_days);
  static DurationDistribution gamma(double mean_days, double sd_days);
  static DurationDistribution empirical(std::vector<double> values_days);

  // The distribution's mean (the sample mean for empirical).
  double mean() const;
  // Empty when valid, else what is wrong (without the field path).
  std::string problem() const;
};

const char* to_string(DistributionKind kind);

// Draws from a validated distribution. Parameters are converted once, so the
// hot loop does no logarithms of the mean and sd per draw.
class DurationSampler {
 public:
  explicit DurationSampler(const DurationDistribution& distribution);

  // Exponential and log-normal stays are drawn inline in the event loop.
  double operator()(RandomStream& random) {
    if (kind_ == DistributionKind::lognormal)
      return std::exp(log_mu_ + log_sigma_ * random.standard_normal());
    if (kind_ == DistributionKind::exponential) return random.exponential(mean_);
    return draw_otherwise(random);
  }

 private:
  double draw_otherwise(RandomStream& random);
  double standard_gamma(RandomStream& random, double shape);

  DistributionKind kind_;
  double mean_ = 0.0;
  double log_mu_ = 0.0, log_sigma_ = 0.0;         // lognormal
  double gamma_shape_ = 1.0, gamma_scale_ = 1.0;  // gamma
  std::vector<double> values_;                    // empirical
};

}  // namespace afk::sim
