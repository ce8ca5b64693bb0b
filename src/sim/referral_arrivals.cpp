#include "sim/referral_arrivals.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace afk::sim {
namespace {
constexpr double infinity = std::numeric_limits<double>::infinity();
}

double replay_period_days(const ArrivalModel& arrivals) {
  if (arrivals.replay_period_days > 0.0) return arrivals.replay_period_days;
  if (arrivals.history.empty()) return 0.0;
  // Whole weeks keep each referral on its weekday when the history repeats.
  const double span = arrivals.history.back().arrival_day + 1.0;
  return std::ceil(span / 7.0) * 7.0;
}

ReferralArrivals::ReferralArrivals(const ArrivalModel& model, double end_day)
    : model_(model), end_day_(end_day) {
  if (model.kind == ArrivalModel::Kind::replay) {
    period_ = replay_period_days(model);
    return;
  }
  base_rate_per_day_ = model.rate_per_week / 7.0;
  if (model.weekly_pattern) {
    const auto& pattern = *model.weekly_pattern;
    const double mean = std::accumulate(pattern.begin(), pattern.end(), 0.0) / 7.0;
    for (int day = 0; day < 7; ++day) weekday_factor_[day] = pattern[day] / mean;
  }
  const double max_weekday = *std::max_element(weekday_factor_.begin(), weekday_factor_.end());
  const double max_trend = std::max({0.0, 1.0, 1.0 + model.trend_per_year * end_day / 365.0});
  max_rate_per_day_ = base_rate_per_day_ * max_weekday * max_trend;
  end_trend_ = std::max(0.0, 1.0 + model.trend_per_year * end_day / 365.0);
  homogeneous_ = !model.weekly_pattern && model.trend_per_year == 0.0;
  if (homogeneous_ && max_rate_per_day_ > 0.0) poisson_gap_days_ = 1.0 / max_rate_per_day_;
}

double ReferralArrivals::rate_per_day(double day) const {
  const auto weekday = static_cast<std::size_t>(std::fmod(std::floor(day), 7.0));
  const double trend = std::max(0.0, 1.0 + model_.trend_per_year * std::min(day, end_day_) / 365.0);
  return base_rate_per_day_ * weekday_factor_[weekday] * trend;
}

ReferralArrivals::Referral ReferralArrivals::next_otherwise(RandomStream& random) {
  if (model_.kind == ArrivalModel::Kind::replay) {
    if (model_.history.empty()) return {infinity, std::nullopt};
    if (index_ == model_.history.size()) {
      index_ = 0;
      cycle_start_ += period_;
    }
    const auto& referral = model_.history[index_++];
    return {cycle_start_ + referral.arrival_day, referral.stay_days};
  }
  if (!(max_rate_per_day_ > 0.0)) return {infinity, std::nullopt};
  const double mean_gap = 1.0 / max_rate_per_day_;
  if (homogeneous_) {
    now_ += random.exponential(mean_gap);
    return {now_, std::nullopt};
  }
  // Lewis-Shedler thinning: candidates at the maximum rate, each kept with
  // probability rate(t) / max rate.
  for (;;) {
    // A trend that ends at rate 0 brings no more referrals after the end.
    if (now_ >= end_day_ && end_trend_ == 0.0) return {infinity, std::nullopt};
    now_ += random.exponential(mean_gap);
    if (random.uniform() * max_rate_per_day_ < rate_per_day(now_)) return {now_, std::nullopt};
  }
}

}  // namespace afk::sim
