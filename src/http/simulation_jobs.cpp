#include "http/simulation_jobs.hpp"

#include <atomic>
#include <chrono>
#include <sstream>
#include <stop_token>
#include <thread>
#include <vector>

#include "sim/planner.hpp"
#include "sim/simulation.hpp"

namespace afk::http {

const char* to_string(SimulationState state) {
  switch (state) {
    case SimulationState::running:
      return "running";
    case SimulationState::done:
      return "done";
    case SimulationState::failed:
      return "failed";
    case SimulationState::timed_out:
      return "timed_out";
  }
  return "failed";
}

struct SimulationJobs::Job {
  std::int64_t id = 0;
  bool plan = false;
  double time_limit_seconds = 0.0;
  std::atomic<double> progress{0.0};
  SimulationState state = SimulationState::running;
  std::optional<nlohmann::ordered_json> result;
  std::string failure;
  std::jthread thread;  // last: joined before the fields above are destroyed
};

SimulationJobs::SimulationJobs(SimulationJobLimits limits) : limits_(limits) {}

SimulationJobs::~SimulationJobs() {
  // Ask all to stop first so they wind down together, then join without the
  // lock (a finishing job takes it to store its state).
  std::vector<std::jthread*> threads;
  {
    std::lock_guard lock(mutex_);
    for (auto& [id, job] : jobs_) {
      job->thread.request_stop();
      threads.push_back(&job->thread);
    }
  }
  for (auto* thread : threads)
    if (thread->joinable()) thread->join();
}

void SimulationJobs::finish(Job& job, SimulationState state, std::optional<nlohmann::ordered_json> result,
                            std::string failure) {
  std::lock_guard lock(mutex_);
  job.state = state;
  job.result = std::move(result);
  job.failure = std::move(failure);
  if (state == SimulationState::done) job.progress = 1.0;
}

namespace {

std::string seconds_text(double seconds) {
  std::ostringstream out;
  out << seconds;
  return out.str();
}

}  // namespace

std::optional<std::int64_t> SimulationJobs::start(json::ParsedScenario scenario, double time_limit_seconds) {
  std::vector<std::unique_ptr<Job>> forgotten;  // destroyed (joined) after the lock is released
  std::lock_guard lock(mutex_);
  std::size_t running = 0, finished = 0;
  for (const auto& [id, job] : jobs_) (job->state == SimulationState::running ? running : finished)++;
  if (running >= limits_.max_running) return std::nullopt;
  for (auto it = jobs_.begin(); it != jobs_.end() && finished >= limits_.finished_kept;) {
    if (it->second->state == SimulationState::running) {
      ++it;
      continue;
    }
    forgotten.push_back(std::move(it->second));
    it = jobs_.erase(it);
    --finished;
  }

  auto job = std::make_unique<Job>();
  job->id = next_id_++;
  job->plan = scenario.plan.has_value();
  job->time_limit_seconds = time_limit_seconds > 0.0
                                ? std::min(time_limit_seconds, limits_.time_limit_seconds)
                                : limits_.time_limit_seconds;
  Job& started = *job;
  const unsigned threads = limits_.threads_per_job;
  started.thread =
      std::jthread([this, &started, threads, parsed = std::move(scenario)](std::stop_token stop) {
        const auto deadline = std::chrono::steady_clock::now() +
                              std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                  std::chrono::duration<double>(started.time_limit_seconds));
        // The deadline is checked after each replication: past it, the run is
        // asked to stop through its own stop source and ends cooperatively.
        std::stop_source deadline_stop;
        std::stop_callback forward(stop, [&deadline_stop] { deadline_stop.request_stop(); });
        std::atomic<bool> timed_out{false};
        sim::RunOptions options{threads, {}, deadline_stop.get_token()};
        options.on_progress = [&](std::size_t done, std::size_t total) {
          started.progress = total ? static_cast<double>(done) / static_cast<double>(total) : 1.0;
          if (std::chrono::steady_clock::now() >= deadline) {
            timed_out = true;
            deadline_stop.request_stop();
          }
        };
        try {
          if (parsed.plan) {
            const sim::PlanResult plan = sim::plan_places(parsed.scenario, *parsed.plan, options);
            finish(started, SimulationState::done, json::plan_result_json(plan, *parsed.plan), "");
          } else {
            const sim::SimulationResult result = sim::simulate(parsed.scenario, options);
            finish(started, SimulationState::done, json::simulation_result_json(result, false), "");
          }
        } catch (const sim::SimulationStopped&) {
          if (timed_out) {
            finish(started, SimulationState::timed_out, std::nullopt,
                   "Simuleringen nåede tidsgrænsen på " + seconds_text(started.time_limit_seconds) +
                       " sekunder og blev stoppet. Prøv med færre gentagelser eller færre år.");
          } else {
            finish(started, SimulationState::failed, std::nullopt,
                   "Simuleringen blev stoppet, før den var færdig.");
          }
        } catch (const std::exception& error) {
          finish(started, SimulationState::failed, std::nullopt,
                 std::string("Simuleringen kunne ikke gennemføres: ") + error.what());
        }
      });
  const std::int64_t id = job->id;
  jobs_.emplace(id, std::move(job));
  return id;
}

std::optional<SimulationStatus> SimulationJobs::status(std::int64_t id) const {
  std::lock_guard lock(mutex_);
  const auto found = jobs_.find(id);
  if (found == jobs_.end()) return std::nullopt;
  const Job& job = *found->second;
  return SimulationStatus{job.id,     job.plan,   job.state, job.progress.load(), job.time_limit_seconds,
                          job.result, job.failure};
}

}  // namespace afk::http
