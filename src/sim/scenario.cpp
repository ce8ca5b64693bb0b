#include "sim/scenario.hpp"

#include <algorithm>
#include <cmath>

#include "sim/referral_arrivals.hpp"

namespace afk::sim {
namespace {

bool finite_at_least(double value, double minimum) { return std::isfinite(value) && value >= minimum; }

void check_distribution(const DurationDistribution& distribution, const std::string& field,
                        std::vector<std::string>& problems) {
  if (auto problem = distribution.problem(); !problem.empty()) problems.push_back(field + "." + problem);
}

void check_extension(const PlaceExtension& extension, const std::string& field,
                     std::vector<std::string>& problems) {
  if (!(extension.probability >= 0.0 && extension.probability <= 1.0)) {
    problems.push_back(field + ".probability: skal være et tal fra 0 til 1");
  }
  check_distribution(extension.duration, field + ".duration", problems);
}

double mean_replayed_stay(const Scenario& scenario) {
  double total = 0.0;
  for (const auto& referral : scenario.arrivals.history) {
    total += referral.stay_days.value_or(scenario.stay.mean());
  }
  return scenario.arrivals.history.empty() ? 0.0 : total / scenario.arrivals.history.size();
}

}  // namespace

double accepted_rate_per_day(const Scenario& scenario) {
  const auto& arrivals = scenario.arrivals;
  if (arrivals.kind == ArrivalModel::Kind::replay) {
    const double period = replay_period_days(arrivals);
    return period > 0.0 ? scenario.acceptance_share * arrivals.history.size() / period : 0.0;
  }
  // The linear trend averages to its value in the middle of the measured period.
  const double mid_years = (scenario.warmup_days + scenario.measured_days() / 2.0) / 365.0;
  const double trend = std::max(0.0, 1.0 + arrivals.trend_per_year * mid_years);
  return scenario.acceptance_share * arrivals.rate_per_week / 7.0 * trend;
}

double mean_hold_days(const Scenario& scenario) {
  const double stay = scenario.arrivals.kind == ArrivalModel::Kind::replay ? mean_replayed_stay(scenario)
                                                                           : scenario.stay.mean();
  return stay + scenario.readmission.probability * scenario.readmission.duration.mean() +
         scenario.exit_wait.probability * scenario.exit_wait.duration.mean();
}

double offered_load(const Scenario& scenario) {
  return accepted_rate_per_day(scenario) * mean_hold_days(scenario);
}

double default_warmup_days(const Scenario& scenario) {
  const double hold = mean_hold_days(scenario);
  double warmup = std::max(365.0, 10.0 * hold);
  // The queue itself settles more slowly near full load: its relaxation time
  // is about hold / (c (1 - sqrt(rho))^2) (Morse; M/M/c in heavy traffic).
  const double utilisation = offered_load(scenario) / scenario.places;
  if (utilisation > 0.0 && utilisation < 1.0) {
    const double gap = 1.0 - std::sqrt(utilisation);
    warmup = std::max(warmup, 5.0 * hold / (scenario.places * gap * gap));
  }
  return std::min(warmup, 100.0 * 365.0);
}

bool is_stable(const Scenario& scenario) {
  return std::isfinite(scenario.max_wait_days) || offered_load(scenario) < scenario.places;
}

std::vector<std::string> validation_problems(const Scenario& scenario) {
  std::vector<std::string> problems;
  if (scenario.places < 1 || scenario.places > 100000)
    problems.push_back("places: skal være et heltal fra 1 til 100000");
  const auto& arrivals = scenario.arrivals;
  if (arrivals.kind == ArrivalModel::Kind::poisson) {
    if (!finite_at_least(arrivals.rate_per_week, 0.0)) {
      problems.push_back("arrivals.rate_per_week: skal være et tal på mindst 0");
    }
    if (!std::isfinite(arrivals.trend_per_year) ||
        1.0 + arrivals.trend_per_year * scenario.end_day() / 365.0 < 0.0) {
      problems.push_back(
          "arrivals.trend_per_year: må ikke gøre henvisningsraten negativ i løbet af perioden");
    }
    if (arrivals.weekly_pattern) {
      double sum = 0.0;
      for (double weight : *arrivals.weekly_pattern) {
        if (!finite_at_least(weight, 0.0))
          problems.push_back("arrivals.weekly_pattern: skal have vægte på mindst 0");
        sum += weight;
      }
      if (!(sum > 0.0)) problems.push_back("arrivals.weekly_pattern: skal have mindst én vægt over 0");
    }
  } else {
    if (arrivals.history.empty()) problems.push_back("arrivals.history: skal have mindst én henvisning");
    for (std::size_t i = 0; i < arrivals.history.size(); ++i) {
      const auto& referral = arrivals.history[i];
      const std::string field = "arrivals.history[" + std::to_string(i) + "]";
      if (!finite_at_least(referral.arrival_day, 0.0))
        problems.push_back(field + ": må ikke ligge før den første henvisning");
      if (referral.stay_days && !finite_at_least(*referral.stay_days, 0.0)) {
        problems.push_back(field + ".stay_days: skal være et tal på mindst 0");
      }
      if (i > 0 && referral.arrival_day < arrivals.history[i - 1].arrival_day) {
        problems.push_back(field + ": henvisningerne skal stå i datoorden");
      }
    }
    if (!finite_at_least(arrivals.replay_period_days, 0.0)) {
      problems.push_back("arrivals.replay_period_days: skal være et tal på mindst 0");
    } else if (!arrivals.history.empty() && arrivals.replay_period_days > 0.0 &&
               arrivals.replay_period_days <= arrivals.history.back().arrival_day) {
      problems.push_back("arrivals.replay_period_days: skal være længere end historikken");
    }
  }
  if (!(scenario.acceptance_share >= 0.0 && scenario.acceptance_share <= 1.0)) {
    problems.push_back("acceptance_share: skal være et tal fra 0 til 1");
  }
  if (!(scenario.max_wait_days >= 0.0)) problems.push_back("max_wait_days: skal være et tal på mindst 0");
  check_distribution(scenario.stay, "stay", problems);
  check_extension(scenario.readmission, "readmission", problems);
  check_extension(scenario.exit_wait, "exit_wait", problems);
  const auto& guests = scenario.guest_beds;
  if (guests.places < 0) problems.push_back("guest_beds.places: skal være mindst 0");
  if (!finite_at_least(guests.rate_per_week, 0.0))
    problems.push_back("guest_beds.rate_per_week: skal være et tal på mindst 0");
  check_distribution(guests.stay, "guest_beds.stay", problems);
  if (!finite_at_least(scenario.warmup_days, 0.0))
    problems.push_back("warmup_days: skal være et tal på mindst 0");
  if (!(std::isfinite(scenario.years) && scenario.years > 0.0 && scenario.years <= 1000.0)) {
    problems.push_back("years: skal være et tal over 0 og højst 1000");
  }
  if (scenario.replications < 1) problems.push_back("replications: skal være mindst 1");
  return problems;
}

}  // namespace afk::sim
