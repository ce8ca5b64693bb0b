// Runs all replications of a scenario in parallel and summarises them.
#pragma once

#include <cstddef>
#include <functional>
#include <stdexcept>
#include <stop_token>
#include <string>
#include <vector>

#include "sim/queueing_theory.hpp"
#include "sim/replication.hpp"
#include "sim/scenario.hpp"
#include "sim/statistics.hpp"

namespace afk::sim {

// One output, summarised over replications.
struct MetricSummary {
  std::string name;  // as in ReplicationResult, e.g. "mean_wait_days"
  Summary summary;
};

struct SimulationResult {
  std::vector<ReplicationResult> replications;  // in replication order
  std::vector<MetricSummary> metrics;           // every metric_names() entry, in that order
  double offered_load = 0.0;                    // accepted rate x mean hold, in places
  double warmup_days = 0.0;                     // as run (chosen from the scenario or given)
  bool warmup_from_scenario = false;
  bool stable = true;     // false: the queue grows without bound; waits depend on the run's length
  QueueingTheory theory;  // the formulas beside the simulated figures
  double wall_seconds = 0.0;
  std::int64_t events = 0;

  const Summary& metric(const std::string& name) const;  // throws std::out_of_range
};

struct RunOptions {
  unsigned threads = 0;  // 0 = all hardware threads
  // Called after each finished replication with (done, total); calls are
  // serialised but may come from any worker thread.
  std::function<void(std::size_t, std::size_t)> on_progress{};
  // Checked before each replication: once stop is requested no new
  // replication starts and simulate() throws SimulationStopped.
  std::stop_token stop{};
};

// The run was stopped through RunOptions::stop before it finished.
struct SimulationStopped : std::runtime_error {
  SimulationStopped() : std::runtime_error("simulation stopped before it finished") {}
};

// The names and getters of the summarised outputs.
struct MetricField {
  const char* name;
  double (*get)(const ReplicationResult&);
};
const std::vector<MetricField>& metric_fields();

// Whether a metric is reported as growing without bound instead of as a mean:
// in an unstable queue, the waits, queue lengths and færdigbehandlingsdage
// grow with the length of the run.
bool grows_without_bound(bool stable, const std::string& metric_name);

// Runs scenario.replications replications. Replication i always uses the
// streams of (seed, i), so the numbers do not depend on the thread count.
// Throws std::invalid_argument listing the problems of an invalid scenario,
// SimulationStopped when stopped through options.stop.
SimulationResult simulate(const Scenario& scenario, const RunOptions& options = {});

// Summaries of finished replications (used by simulate and the planner).
std::vector<MetricSummary> summarize_replications(const std::vector<ReplicationResult>& replications);

}  // namespace afk::sim
