// The benchmark scenarios for the C++ simulator, the counterpart of
// simpy_reference.py: reads a scenario file (Poisson arrivals, log-normal or
// exponential stays in the benchmarks) and prints key=value lines for
// bench/sim/compare.
//
// Usage: afk_sim_bench_driver scenario.json [replications] [threads]
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "json/scenario_json.hpp"
#include "sim/simulation.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: " << argv[0] << " scenario.json [replications] [threads]\n";
    return 2;
  }
  std::ifstream file(argv[1]);
  // The product's own scenario parser, so the benchmark runs what a user's
  // scenario would (the reference reads the same fields).
  afk::sim::Scenario scenario = afk::json::parse_scenario(nlohmann::json::parse(file)).value().scenario;
  if (argc > 2) scenario.replications = std::atoi(argv[2]);
  const unsigned threads = argc > 3 ? static_cast<unsigned>(std::atoi(argv[3])) : 0;

  // CPU time as well as wall time: on a shared machine the wall clock also
  // measures other people's work; CPU time of one thread does not.
  const std::clock_t cpu_start = std::clock();
  const auto result = afk::sim::simulate(scenario, {threads, {}});
  const double cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  std::cout << "replications=" << scenario.replications << "\n"
            << "threads=" << threads << "\n"
            << "events=" << result.events << "\n"
            << "seconds=" << result.wall_seconds << "\n"
            << "cpu_seconds=" << cpu_seconds << "\n"
            << "events_per_second=" << static_cast<double>(result.events) / result.wall_seconds << "\n"
            << "events_per_cpu_second=" << static_cast<double>(result.events) / cpu_seconds << "\n"
            << "mean_wait_days=" << result.metric("mean_wait_days").mean << "\n"
            << "occupancy=" << result.metric("occupancy").mean << "\n";
  return 0;
}
