// The capacity planner: the smallest number of places that meets a target,
// and the curve places -> wait, occupancy, færdigbehandlingsdage, cost.
#pragma once

#include <optional>
#include <vector>

#include "sim/scenario.hpp"
#include "sim/simulation.hpp"
#include "sim/statistics.hpp"

namespace afk::sim {

struct PlanTarget {
  enum class Kind { mean_wait_days, share_waiting };
  Kind kind = Kind::mean_wait_days;
  double limit = 0.0;  // days, or a share in [0, 1]
};

struct PlanCosts {
  std::optional<double> annual_cost_per_place;            // kr. per place per year
  double fixed_annual_cost = 0.0;                         // kr. per year whatever the places
  std::optional<double> faerdigbehandling_price_per_day;  // kr. the kommune pays per day
};

struct PlanRequest {
  std::optional<PlanTarget> target;
  int min_places = 0;    // 0 = from the offered load
  int max_places = 0;    // 0 = from the offered load
  int extra_places = 2;  // rows shown beyond the first that meets the target confidently
  PlanCosts costs;
};

struct PlanRow {
  int places = 0;
  bool stable = true;  // false when everyone waits and places <= offered load: the queue grows
  Summary mean_wait_days, wait_p90_days, share_waiting, occupancy, mean_queue_length;
  Summary faerdigbehandlingsdage_per_year, lost_per_year;
  // (fixed + places x cost per place) / (places x 365 x occupancy)
  std::optional<double> tariff_per_place_day;
  std::optional<double> faerdigbehandling_cost_per_year;
  bool meets_target = false;                  // by the mean
  bool meets_target_with_confidence = false;  // by the upper end of the 95 % interval
  QueueingTheory theory;                      // the formulas for this number of places
};

struct PlanResult {
  double offered_load = 0.0;
  std::vector<PlanRow> curve;          // ascending places
  std::optional<int> smallest_places;  // meets the target by the mean
  std::optional<int> smallest_places_confident;
  double wall_seconds = 0.0;
  std::int64_t events = 0;
};

// Simulates each number of places with the scenario's seed (common random
// numbers: every row sees the same referrals). Progress counts replications
// over all rows, against the largest number of rows that may be needed.
// Throws std::invalid_argument for an invalid scenario or request.
PlanResult plan_places(const Scenario& scenario, const PlanRequest& request, const RunOptions& options = {});

}  // namespace afk::sim
