// The formulas beside the simulation, where their assumptions hold (issue:
// "the formula beside the simulation"): the offered load always; Erlang B
// when nobody waits (M/G/c/c, any stay distribution); Erlang C and the M/M/c
// mean wait when everyone waits and holds are exponential; the occupancy
// whenever arrivals are Poisson and the queue settles. Where an assumption
// fails the value is absent and the failing assumptions are named, so a
// reader never compares the simulation with a formula that does not apply.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sim/scenario.hpp"

namespace afk::sim {

// Codes and Danish wording: json/scenario_json.hpp.
enum class Assumption {
  poisson_arrivals,   // referrals arrive as a Poisson process with a constant rate
  nobody_waits,       // max_wait_days = 0 (a loss system)
  everyone_waits,     // no maximum wait
  exponential_holds,  // stays exponential, no readmission or exit wait
  load_below_places,  // offered load < places
};

struct TheoryValue {
  std::optional<double> value;      // absent when an assumption fails
  std::vector<Assumption> failing;  // the assumptions that do not hold
};

struct QueueingTheory {
  double offered_load = 0.0;       // Erlang: accepted referrals per day x mean hold
  TheoryValue erlang_b;            // share lost (compare lost_share)
  TheoryValue erlang_c;            // share who wait (compare share_waiting)
  TheoryValue mmc_mean_wait_days;  // compare mean_wait_days
  TheoryValue occupancy;           // compare occupancy
};

QueueingTheory queueing_theory(const Scenario& scenario);

}  // namespace afk::sim
