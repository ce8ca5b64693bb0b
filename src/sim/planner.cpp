#include "sim/planner.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace afk::sim {
namespace {

struct PlacesRange {
  int low, high;
};

PlacesRange places_range(const Scenario& scenario, const PlanRequest& request, double load) {
  const bool everyone_waits = std::isinf(scenario.max_wait_days);
  // Where everyone waits, fewer places than the load never settles; with a
  // maximum wait a few places below the load can still be a real choice.
  const int auto_low = everyone_waits
                           ? static_cast<int>(std::floor(load)) + 1
                           : std::max(1, static_cast<int>(std::floor(load - 2.0 * std::sqrt(load))));
  const int auto_high = static_cast<int>(std::ceil(load + 6.0 * std::sqrt(load) + 5.0));
  const int low = request.min_places > 0 ? request.min_places : std::max(1, auto_low);
  const int high = request.max_places > 0 ? request.max_places : std::max(low, auto_high);
  return {low, high};
}

bool within(double value, const PlanTarget& target) { return value <= target.limit; }

const Summary& target_metric(const PlanRow& row, const PlanTarget& target) {
  return target.kind == PlanTarget::Kind::mean_wait_days ? row.mean_wait_days : row.share_waiting;
}

void check_request(const PlanRequest& request) {
  if (request.target) {
    const auto& target = *request.target;
    if (!(target.limit >= 0.0) || !std::isfinite(target.limit)) {
      throw std::invalid_argument("plan.target: the limit must be a number >= 0");
    }
    if (target.kind == PlanTarget::Kind::share_waiting && target.limit > 1.0) {
      throw std::invalid_argument("plan.target.max_share_waiting: must be between 0 and 1");
    }
  }
  if (request.min_places < 0) throw std::invalid_argument("plan.min_places: must be >= 1");
  if (request.max_places < 0) throw std::invalid_argument("plan.max_places: must be >= 1");
  if (request.min_places > 0 && request.max_places > 0 && request.max_places < request.min_places) {
    throw std::invalid_argument("plan.max_places: must be >= plan.min_places");
  }
  if (request.extra_places < 0) throw std::invalid_argument("plan.extra_places: must be >= 0");
  const auto& costs = request.costs;
  if (costs.annual_cost_per_place && !(*costs.annual_cost_per_place >= 0.0)) {
    throw std::invalid_argument("plan.annual_cost_per_place: must be >= 0");
  }
  if (!(costs.fixed_annual_cost >= 0.0)) throw std::invalid_argument("plan.fixed_annual_cost: must be >= 0");
  if (costs.faerdigbehandling_price_per_day && !(*costs.faerdigbehandling_price_per_day >= 0.0)) {
    throw std::invalid_argument("plan.faerdigbehandling_price_per_day: must be >= 0");
  }
}

PlanRow make_row(int places, const Scenario& scenario, const SimulationResult& result,
                 const PlanRequest& request) {
  PlanRow row;
  row.places = places;
  row.stable = is_stable(scenario);
  row.theory = result.theory;
  row.mean_wait_days = result.metric("mean_wait_days");
  row.wait_p90_days = result.metric("wait_p90_days");
  row.share_waiting = result.metric("share_waiting");
  row.occupancy = result.metric("occupancy");
  row.mean_queue_length = result.metric("mean_queue_length");
  row.faerdigbehandlingsdage_per_year = result.metric("faerdigbehandlingsdage_per_year");
  row.lost_per_year = result.metric("lost_per_year");
  const auto& costs = request.costs;
  if (costs.annual_cost_per_place && row.occupancy.mean > 0.0) {
    const double annual_cost = costs.fixed_annual_cost + places * *costs.annual_cost_per_place;
    row.tariff_per_place_day = annual_cost / (places * 365.0 * row.occupancy.mean);
  }
  if (costs.faerdigbehandling_price_per_day) {
    row.faerdigbehandling_cost_per_year =
        row.faerdigbehandlingsdage_per_year.mean * *costs.faerdigbehandling_price_per_day;
  }
  if (request.target) {
    const Summary& value = target_metric(row, *request.target);
    row.meets_target = row.stable && within(value.mean, *request.target);
    row.meets_target_with_confidence = row.stable && within(value.ci_high, *request.target);
  }
  return row;
}

}  // namespace

PlanResult plan_places(const Scenario& scenario, const PlanRequest& request, const RunOptions& options) {
  check_request(request);
  if (auto problems = validation_problems(scenario); !problems.empty()) {
    throw std::invalid_argument(problems.front());
  }
  PlanResult plan;
  plan.offered_load = offered_load(scenario);
  const PlacesRange range = places_range(scenario, request, plan.offered_load);
  const auto rows_at_most = static_cast<std::size_t>(range.high - range.low + 1);
  const auto per_row = static_cast<std::size_t>(scenario.replications);

  int extra_left = -1;  // counts down once the target is met with confidence
  for (int places = range.low; places <= range.high && extra_left != 0; ++places) {
    Scenario variant = scenario;
    variant.places = places;
    RunOptions row_options{options.threads, {}, options.stop};
    if (options.on_progress) {
      const std::size_t done_before = plan.curve.size() * per_row;
      row_options.on_progress = [&, done_before](std::size_t done, std::size_t) {
        options.on_progress(done_before + done, rows_at_most * per_row);
      };
    }
    const SimulationResult result = simulate(variant, row_options);
    plan.wall_seconds += result.wall_seconds;
    plan.events += result.events;
    plan.curve.push_back(make_row(places, variant, result, request));
    const PlanRow& row = plan.curve.back();
    if (row.meets_target && !plan.smallest_places) plan.smallest_places = places;
    if (row.meets_target_with_confidence && !plan.smallest_places_confident) {
      plan.smallest_places_confident = places;
      extra_left = request.extra_places;
      if (extra_left == 0) break;
    } else if (extra_left > 0) {
      --extra_left;
    }
  }
  return plan;
}

}  // namespace afk::sim
