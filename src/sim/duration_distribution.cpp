#include "sim/duration_distribution.hpp"

#include <cmath>
#include <numeric>

namespace afk::sim {

DurationDistribution DurationDistribution::fixed(double days) {
  return {DistributionKind::fixed, days, 0.0, {}};
}

DurationDistribution DurationDistribution::exponential(double mean_days) {
  return {DistributionKind::exponential, mean_days, 0.0, {}};
}

DurationDistribution DurationDistribution::lognormal(double mean_days, double sd_days) {
  return {DistributionKind::lognormal, mean_days, sd_days, {}};
}

DurationDistribution DurationDistribution::gamma(double mean_days, double sd_days) {
  return {DistributionKind::gamma, mean_days, sd_days, {}};
}

DurationDistribution DurationDistribution::empirical(std::vector<double> values_days) {
  return {DistributionKind::empirical, 0.0, 0.0, std::move(values_days)};
}

double DurationDistribution::mean() const {
  if (kind != DistributionKind::empirical) return mean_days;
  if (values_days.empty()) return 0.0;
  return std::accumulate(values_days.begin(), values_days.end(), 0.0) / values_days.size();
}

std::string DurationDistribution::problem() const {
  switch (kind) {
    case DistributionKind::fixed:
      return std::isfinite(mean_days) && mean_days >= 0.0 ? "" : "mean_days: skal være et tal på mindst 0";
    case DistributionKind::exponential:
      return std::isfinite(mean_days) && mean_days > 0.0 ? "" : "mean_days: skal være et tal over 0";
    case DistributionKind::lognormal:
    case DistributionKind::gamma:
      if (!(std::isfinite(mean_days) && mean_days > 0.0)) return "mean_days: skal være et tal over 0";
      if (!(std::isfinite(sd_days) && sd_days > 0.0)) return "sd_days: skal være et tal over 0";
      return "";
    case DistributionKind::empirical:
      if (values_days.empty()) return "values_days: skal have mindst én varighed";
      for (double value : values_days) {
        if (!(std::isfinite(value) && value >= 0.0)) return "values_days: skal alle være tal på mindst 0";
      }
      return "";
  }
  return "unknown distribution";
}

const char* to_string(DistributionKind kind) {
  switch (kind) {
    case DistributionKind::fixed:
      return "fixed";
    case DistributionKind::exponential:
      return "exponential";
    case DistributionKind::lognormal:
      return "lognormal";
    case DistributionKind::gamma:
      return "gamma";
    case DistributionKind::empirical:
      return "empirical";
  }
  return "?";
}

DurationSampler::DurationSampler(const DurationDistribution& distribution)
    : kind_(distribution.kind), mean_(distribution.mean_days), values_(distribution.values_days) {
  if (kind_ != DistributionKind::lognormal && kind_ != DistributionKind::gamma) return;
  const double cv2 = distribution.sd_days * distribution.sd_days / (mean_ * mean_);
  if (kind_ == DistributionKind::lognormal) {
    // Moments of the log-normal: E = exp(mu + s^2/2), Var = E^2 (exp(s^2) - 1).
    log_sigma_ = std::sqrt(std::log1p(cv2));
    log_mu_ = std::log(mean_) - 0.5 * log_sigma_ * log_sigma_;
  } else if (kind_ == DistributionKind::gamma) {
    gamma_shape_ = 1.0 / cv2;
    gamma_scale_ = mean_ * cv2;
  }
}

double DurationSampler::draw_otherwise(RandomStream& random) {
  switch (kind_) {
    case DistributionKind::fixed:
      return mean_;
    case DistributionKind::exponential:
      return random.exponential(mean_);
    case DistributionKind::lognormal:
      return std::exp(log_mu_ + log_sigma_ * random.standard_normal());
    case DistributionKind::gamma:
      return gamma_scale_ * standard_gamma(random, gamma_shape_);
    case DistributionKind::empirical: {
      const auto index = static_cast<std::size_t>(random.uniform() * values_.size());
      return values_[index < values_.size() ? index : values_.size() - 1];
    }
  }
  return mean_;
}

// Marsaglia and Tsang (2000); shapes below 1 use the boost X * U^(1/shape).
double DurationSampler::standard_gamma(RandomStream& random, double shape) {
  if (shape < 1.0) {
    return standard_gamma(random, shape + 1.0) * std::pow(random.uniform_positive(), 1.0 / shape);
  }
  const double d = shape - 1.0 / 3.0;
  const double c = 1.0 / std::sqrt(9.0 * d);
  for (;;) {
    double x, v;
    do {
      x = random.standard_normal();
      v = 1.0 + c * x;
    } while (v <= 0.0);
    v = v * v * v;
    const double u = random.uniform_positive();
    if (u < 1.0 - 0.0331 * x * x * x * x) return d * v;
    if (std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v))) return d * v;
  }
}

}  // namespace afk::sim
