#include "core/numbers/length_of_stay.hpp"

#include <algorithm>

namespace afk::numbers {

std::optional<int> KaplanMeier::quantile(double p) const {
  // Tolerance so that S = 0.5 reached exactly (e.g. 2 of 4 ended) counts as <= 0.5.
  constexpr double tolerance = 1e-12;
  for (const auto& step : steps)
    if (step.survival <= 1.0 - p + tolerance) return step.days;
  return std::nullopt;
}

void StayTally::add(const StayObservation& observation) {
  const auto days = static_cast<std::size_t>(std::max(observation.days, 0));
  if (by_days_.size() <= days) by_days_.resize(days + 1);
  (observation.ended ? by_days_[days].ended : by_days_[days].censored)++;
  ++observations_;
}

KaplanMeier StayTally::curve() const {
  KaplanMeier curve;
  int at_risk = observations_;
  double survival = 1.0;
  for (std::size_t days = 0; days < by_days_.size(); ++days) {
    const Counts& counts = by_days_[days];
    if (counts.ended > 0) {
      survival *= 1.0 - static_cast<double>(counts.ended) / at_risk;
      curve.steps.push_back({static_cast<int>(days), at_risk, counts.ended, counts.censored, survival});
    }
    at_risk -= counts.ended + counts.censored;
  }
  return curve;
}

KaplanMeier kaplan_meier(std::span<const StayObservation> observations) {
  StayTally tally;
  for (const auto& observation : observations) tally.add(observation);
  return tally.curve();
}

std::optional<StayObservation> stay_observation(const CourseFacts& course, Date today) {
  if (!course.move_in || today < *course.move_in) return std::nullopt;
  // A move-out after today is a plan, not yet a fact: the stay is still open.
  if (course.move_out && *course.move_out <= today) {
    const int days = days_between(*course.move_in, *course.move_out);
    if (days < 0) return std::nullopt;
    return StayObservation{days, true};
  }
  return StayObservation{days_between(*course.move_in, today), false};
}

void StayCollector::add(const CourseFacts& course, Date today) {
  if (course.move_in && course.move_out && *course.move_out < *course.move_in) {
    ++counts_.excluded_inconsistent;
    return;
  }
  const auto observation = stay_observation(course, today);
  if (!observation) return;
  tally_.add(*observation);
  if (observation->ended) {
    ++counts_.closed;
    closed_days_ += observation->days;
  } else {
    ++counts_.censored;
  }
}

LengthOfStay StayCollector::finish() const {
  LengthOfStay result = counts_;
  if (result.closed > 0) result.mean_closed_days = static_cast<double>(closed_days_) / result.closed;
  result.curve = tally_.curve();
  result.km_median_days = result.curve.median();
  result.km_lower_quartile_days = result.curve.lower_quartile();
  result.km_upper_quartile_days = result.curve.upper_quartile();
  return result;
}

LengthOfStay length_of_stay(std::span<const CourseFacts> courses, Date today) {
  StayCollector collector;
  for (const auto& course : courses) collector.add(course, today);
  return collector.finish();
}

}  // namespace afk::numbers
