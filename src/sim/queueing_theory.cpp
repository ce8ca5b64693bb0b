#include "sim/queueing_theory.hpp"

#include <cmath>

#include "sim/erlang.hpp"

namespace afk::sim {

namespace {
bool holds(const Scenario& scenario, Assumption assumption) {
  const ArrivalModel& arrivals = scenario.arrivals;
  switch (assumption) {
    case Assumption::poisson_arrivals:
      return arrivals.kind == ArrivalModel::Kind::poisson && !arrivals.weekly_pattern &&
             arrivals.trend_per_year == 0.0;
    case Assumption::nobody_waits:
      return scenario.max_wait_days == 0.0;
    case Assumption::everyone_waits:
      return std::isinf(scenario.max_wait_days);
    case Assumption::exponential_holds:
      return scenario.stay.kind == DistributionKind::exponential && scenario.readmission.probability == 0.0 &&
             scenario.exit_wait.probability == 0.0;
    case Assumption::load_below_places:
      return offered_load(scenario) < scenario.places;
  }
  return false;
}

TheoryValue when(const Scenario& scenario, std::initializer_list<Assumption> needed, auto compute) {
  TheoryValue result;
  for (const Assumption assumption : needed)
    if (!holds(scenario, assumption)) result.failing.push_back(assumption);
  if (result.failing.empty()) result.value = compute();
  return result;
}
}  // namespace

QueueingTheory queueing_theory(const Scenario& scenario) {
  using A = Assumption;
  QueueingTheory theory;
  const double load = offered_load(scenario);
  const int places = scenario.places;
  theory.offered_load = load;
  theory.erlang_b =
      when(scenario, {A::poisson_arrivals, A::nobody_waits}, [&] { return erlang_b(places, load); });
  theory.erlang_c =
      when(scenario, {A::poisson_arrivals, A::everyone_waits, A::exponential_holds, A::load_below_places},
           [&] { return erlang_c(places, load); });
  theory.mmc_mean_wait_days = when(
      scenario, {A::poisson_arrivals, A::everyone_waits, A::exponential_holds, A::load_below_places}, [&] {
        const double hold = mean_hold_days(scenario);
        return mmc_mean_wait(load / hold, 1.0 / hold, places);
      });
  // Everyone who arrives is served (M/G/c, stable) or the lost are known (M/G/c/c).
  if (holds(scenario, A::nobody_waits)) {
    theory.occupancy =
        when(scenario, {A::poisson_arrivals}, [&] { return load * (1.0 - erlang_b(places, load)) / places; });
  } else {
    theory.occupancy = when(scenario, {A::poisson_arrivals, A::everyone_waits, A::load_below_places},
                            [&] { return load / places; });
  }
  return theory;
}

}  // namespace afk::sim
