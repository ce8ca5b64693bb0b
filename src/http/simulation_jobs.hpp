// Capacity simulations started over the API: each runs on a thread of its
// own with a time limit, and its progress and result are kept here until
// read. One registry per server (created by `afklaring serve`, reached
// through Services), never a global.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "json/scenario_json.hpp"

namespace afk::http {

struct SimulationJobLimits {
  std::size_t max_running = 2;       // more at once are refused
  double time_limit_seconds = 30.0;  // a run still going then is stopped (timed_out)
  unsigned threads_per_job = 1;      // keeps the server's other requests responsive
  std::size_t finished_kept = 100;   // the oldest finished runs are forgotten beyond this
};

enum class SimulationState { running, done, failed, timed_out };
const char* to_string(SimulationState state);

struct SimulationStatus {
  std::int64_t id = 0;
  bool plan = false;  // the planner, not a single simulation
  SimulationState state = SimulationState::running;
  double progress = 0.0;  // 0–1
  double time_limit_seconds = 0.0;
  std::optional<nlohmann::ordered_json> result;  // when done: the same JSON as `afklaring simulate`
  std::string failure;                           // when failed or timed out: Danish text
};

class SimulationJobs {
 public:
  explicit SimulationJobs(SimulationJobLimits limits = {});
  // Stops every running simulation and waits for it.
  ~SimulationJobs();
  SimulationJobs(const SimulationJobs&) = delete;
  SimulationJobs& operator=(const SimulationJobs&) = delete;

  const SimulationJobLimits& limits() const { return limits_; }

  // Starts a run (the planner when `scenario.plan` is given) and returns its
  // id, or nothing when `max_running` runs are going. `time_limit_seconds`
  // is capped at the registry's limit.
  std::optional<std::int64_t> start(json::ParsedScenario scenario, double time_limit_seconds);
  std::optional<SimulationStatus> status(std::int64_t id) const;

 private:
  struct Job;
  void finish(Job& job, SimulationState state, std::optional<nlohmann::ordered_json> result,
              std::string failure);

  SimulationJobLimits limits_;
  mutable std::mutex mutex_;  // guards jobs_, next_id_ and every job's state, result and failure
  std::map<std::int64_t, std::unique_ptr<Job>> jobs_;
  std::int64_t next_id_ = 1;
};

}  // namespace afk::http
