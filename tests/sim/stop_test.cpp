// Stopping a run through RunOptions::stop: no replication starts after the
// request, and simulate() and the planner report it instead of a result.
#include <gtest/gtest.h>

#include <stop_token>

#include "sim/planner.hpp"
#include "sim/simulation.hpp"

namespace afk::sim {
namespace {

Scenario small() {
  Scenario scenario;
  scenario.places = 3;
  scenario.arrivals.rate_per_week = 0.2;
  scenario.stay = DurationDistribution::exponential(60.0);
  scenario.warmup_days = 0.0;
  scenario.years = 1.0;
  scenario.replications = 50;
  return scenario;
}

TEST(Stop, StopRequestedDuringTheRunEndsItAfterTheCurrentReplication) {
  std::stop_source stop;
  std::size_t finished = 0;
  RunOptions options{.threads = 1,
                     .on_progress =
                         [&](std::size_t done, std::size_t) {
                           finished = done;
                           if (done == 3) stop.request_stop();
                         },
                     .stop = stop.get_token()};
  EXPECT_THROW(simulate(small(), options), SimulationStopped);
  EXPECT_EQ(finished, 3u);  // nothing ran after the request
}

TEST(Stop, StopRequestedBeforehandRunsNothing) {
  std::stop_source stop;
  stop.request_stop();
  std::size_t finished = 0;
  RunOptions options{.threads = 2,
                     .on_progress = [&](std::size_t done, std::size_t) { finished = done; },
                     .stop = stop.get_token()};
  EXPECT_THROW(simulate(small(), options), SimulationStopped);
  EXPECT_EQ(finished, 0u);
  PlanRequest request;
  request.min_places = 1;
  request.max_places = 3;
  EXPECT_THROW(plan_places(small(), request, options), SimulationStopped);
}

TEST(Stop, ARunThatIsNeverStoppedFinishes) {
  std::stop_source stop;
  EXPECT_EQ(
      simulate(small(), {.threads = 2, .on_progress = {}, .stop = stop.get_token()}).replications.size(),
      50u);
}

}  // namespace
}  // namespace afk::sim
