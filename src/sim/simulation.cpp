#include "sim/simulation.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

namespace afk::sim {

const Summary& SimulationResult::metric(const std::string& name) const {
  for (const auto& entry : metrics) {
    if (entry.name == name) return entry.summary;
  }
  throw std::out_of_range("no metric " + name);
}

const std::vector<MetricField>& metric_fields() {
#define AFK_SIM_METRIC(field)                                                       \
  MetricField {                                                                     \
#field, [](const ReplicationResult& r) { return static_cast<double>(r.field); } \
  }
  static const std::vector<MetricField> fields{
      AFK_SIM_METRIC(occupancy),
      AFK_SIM_METRIC(mean_wait_days),
      AFK_SIM_METRIC(wait_p50_days),
      AFK_SIM_METRIC(wait_p90_days),
      AFK_SIM_METRIC(wait_p95_days),
      AFK_SIM_METRIC(longest_wait_days),
      AFK_SIM_METRIC(share_waiting),
      AFK_SIM_METRIC(mean_queue_length),
      AFK_SIM_METRIC(longest_queue),
      AFK_SIM_METRIC(admissions_per_year),
      AFK_SIM_METRIC(lost_per_year),
      AFK_SIM_METRIC(lost_share),
      AFK_SIM_METRIC(faerdigbehandlingsdage_per_year),
      AFK_SIM_METRIC(readmission_days_per_year),
      AFK_SIM_METRIC(exit_wait_days_per_year),
      AFK_SIM_METRIC(mean_busy_places),
      AFK_SIM_METRIC(accepted_per_day),
      AFK_SIM_METRIC(admissions_per_day),
      AFK_SIM_METRIC(mean_hold_days),
      AFK_SIM_METRIC(referrals),
      AFK_SIM_METRIC(accepted),
      AFK_SIM_METRIC(admitted),
      AFK_SIM_METRIC(lost),
      AFK_SIM_METRIC(guest_occupancy),
      AFK_SIM_METRIC(guest_turned_away_share),
      AFK_SIM_METRIC(events),
  };
#undef AFK_SIM_METRIC
  return fields;
}

bool grows_without_bound(bool stable, const std::string& metric_name) {
  static const std::set<std::string> growing{
      "mean_wait_days",    "wait_p50_days",     "wait_p90_days", "wait_p95_days",
      "longest_wait_days", "mean_queue_length", "longest_queue", "faerdigbehandlingsdage_per_year"};
  return !stable && growing.contains(metric_name);
}

namespace {
// Per-referral figures are ratios over the accepted referrals of all
// replications together (statistics.hpp, summarize_ratio).
struct PooledRatio {
  const char* name;
  double (*numerator)(const ReplicationResult&);
};
const std::vector<PooledRatio>& pooled_ratios() {
  static const std::vector<PooledRatio> ratios{
      {"mean_wait_days", [](const ReplicationResult& r) { return r.total_wait_days; }},
      {"share_waiting", [](const ReplicationResult& r) { return static_cast<double>(r.waited); }},
      {"lost_share", [](const ReplicationResult& r) { return static_cast<double>(r.lost); }},
  };
  return ratios;
}
}  // namespace

std::vector<MetricSummary> summarize_replications(const std::vector<ReplicationResult>& replications) {
  std::vector<MetricSummary> metrics;
  std::vector<double> values(replications.size());
  std::vector<double> accepted(replications.size());
  std::transform(replications.begin(), replications.end(), accepted.begin(),
                 [](const ReplicationResult& r) { return static_cast<double>(r.accepted); });
  for (const auto& field : metric_fields()) {
    const auto pooled =
        std::find_if(pooled_ratios().begin(), pooled_ratios().end(),
                     [&](const PooledRatio& ratio) { return ratio.name == std::string(field.name); });
    if (pooled != pooled_ratios().end()) {
      std::transform(replications.begin(), replications.end(), values.begin(), pooled->numerator);
      metrics.push_back({field.name, summarize_ratio(values, accepted)});
      continue;
    }
    std::transform(replications.begin(), replications.end(), values.begin(), field.get);
    metrics.push_back({field.name, summarize(values)});
  }
  return metrics;
}

namespace {

std::string join_problems(const std::vector<std::string>& problems) {
  std::string text;
  for (const auto& problem : problems) text += (text.empty() ? "" : "; ") + problem;
  return text;
}

}  // namespace

SimulationResult simulate(const Scenario& scenario, const RunOptions& options) {
  if (auto problems = validation_problems(scenario); !problems.empty()) {
    throw std::invalid_argument(join_problems(problems));
  }
  const auto started = std::chrono::steady_clock::now();
  const auto total = static_cast<std::size_t>(scenario.replications);
  SimulationResult result;
  result.replications.resize(total);

  // Workers take the next replication index from a shared counter; each
  // writes only its own slot, so no lock is needed for the results.
  std::atomic<std::size_t> next_index{0};
  std::mutex progress_mutex;
  std::size_t done = 0;
  std::atomic<bool> stopped{false};  // a replication was skipped because stop was requested
  auto work = [&] {
    for (std::size_t index = next_index++; index < total; index = next_index++) {
      if (options.stop.stop_requested()) {
        stopped = true;
        return;
      }
      result.replications[index] = run_replication(scenario, index);
      if (options.on_progress) {
        std::lock_guard lock(progress_mutex);
        options.on_progress(++done, total);
      }
    }
  };
  const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
  const unsigned threads = std::clamp<unsigned>(options.threads ? options.threads : hardware, 1u,
                                                static_cast<unsigned>(std::max<std::size_t>(total, 1)));
  {
    std::vector<std::jthread> workers;
    for (unsigned i = 1; i < threads; ++i) workers.emplace_back(work);
    work();
  }
  if (stopped) throw SimulationStopped();

  result.metrics = summarize_replications(result.replications);
  result.offered_load = offered_load(scenario);
  result.warmup_days = scenario.warmup_days;
  result.warmup_from_scenario = scenario.warmup_from_scenario;
  result.stable = is_stable(scenario);
  result.theory = queueing_theory(scenario);
  for (const auto& replication : result.replications) result.events += replication.events;
  result.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return result;
}

}  // namespace afk::sim
