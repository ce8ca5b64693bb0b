// Everything one capacity simulation needs, in days. Plain data: the app
// layer fills it from JSON, tests fill it directly.
#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "sim/duration_distribution.hpp"

namespace afk::sim {

// One referral from the installation's own history.
struct HistoricalReferral {
  double arrival_day = 0.0;         // days after the first referral of the history
  std::optional<double> stay_days;  // drawn from Scenario::stay when missing
};

struct ArrivalModel {
  enum class Kind { poisson, replay };
  Kind kind = Kind::poisson;

  // Poisson: mean referrals per week. The weekly pattern (Monday first) is
  // relative; it is rescaled to average 1 so it never changes the weekly
  // total. The trend changes the rate linearly: x (1 + trend * years).
  double rate_per_week = 1.0;
  std::optional<std::array<double, 7>> weekly_pattern;
  double trend_per_year = 0.0;

  // Replay: the history, repeated every `replay_period_days` to fill the run
  // (0 = the span of the history rounded up to whole weeks).
  std::vector<HistoricalReferral> history;
  double replay_period_days = 0.0;
};

// Something that happens to a share of the admitted, holding the place longer.
struct PlaceExtension {
  double probability = 0.0;
  DurationDistribution duration = DurationDistribution::fixed(0.0);
};

// Short-stay guest beds with their own arrivals; a guest who finds none free
// goes elsewhere. They never take or lend an ordinary place.
struct GuestBeds {
  int places = 0;
  double rate_per_week = 0.0;
  DurationDistribution stay = DurationDistribution::exponential(7.0);
};

struct Scenario {
  int places = 1;
  ArrivalModel arrivals;
  double acceptance_share = 1.0;  // share of referrals accepted (the rest go elsewhere at once)
  // Longest wait in hospital before the referral is lost to another offer;
  // 0 = nobody waits (loss system); infinity = everyone waits.
  double max_wait_days = std::numeric_limits<double>::infinity();
  DurationDistribution stay = DurationDistribution::exponential(90.0);
  PlaceExtension readmission;  // readmitted during the stay; the place is kept
  PlaceExtension exit_wait;    // waits in the place for the next offer (e.g. §108)
  GuestBeds guest_beds;

  double warmup_days = 365.0;         // simulated, then discarded
  bool warmup_from_scenario = false;  // chosen by default_warmup_days, not given
  double years = 10.0;                // measured period after warm-up (365-day years)
  int replications = 100;
  std::uint64_t seed = 1;

  double measured_days() const { return years * 365.0; }
  double end_day() const { return warmup_days + measured_days(); }
};

// Accepted referrals per day, averaged over the measured period.
double accepted_rate_per_day(const Scenario& scenario);
// Mean time one admission holds a place: stay + readmission + exit wait.
double mean_hold_days(const Scenario& scenario);
// Places busy on average if nobody were lost: accepted rate x mean hold.
double offered_load(const Scenario& scenario);

// The warm-up when the scenario gives none (docs/simulation.md, "Warm-up"):
// each replication starts empty; occupancy approaches its level roughly as
// 1 - exp(-t / mean hold), the queue with its relaxation time
// hold / (c (1 - sqrt(rho))^2). The longer of ten mean holds and five
// relaxation times, at least a year and at most a hundred.
double default_warmup_days(const Scenario& scenario);

// Whether the queue settles: always with a maximum wait, else only while the
// offered load is below the places. An unstable queue grows without bound,
// and its waits grow with the length of the run.
bool is_stable(const Scenario& scenario);

// Problems found, each starting with the field path (e.g. "stay.sd_days: ...").
std::vector<std::string> validation_problems(const Scenario& scenario);

}  // namespace afk::sim
