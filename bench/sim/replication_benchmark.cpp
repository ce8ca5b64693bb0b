// Google Benchmark: one replication of the benchmark scenario (20 places,
// 10 years, log-normal stays), reported as events per second.
#include <benchmark/benchmark.h>

#include "sim/replication.hpp"

namespace {

afk::sim::Scenario benchmark_scenario(int places) {
  afk::sim::Scenario scenario;
  scenario.places = places;
  scenario.arrivals.rate_per_week = 1.4 * places / 20.0;
  scenario.stay = afk::sim::DurationDistribution::lognormal(90.0, 60.0);
  scenario.years = 10.0;
  return scenario;
}

void BM_Replication(benchmark::State& state) {
  const afk::sim::Scenario scenario = benchmark_scenario(static_cast<int>(state.range(0)));
  std::uint64_t index = 0;
  std::int64_t events = 0;
  for (auto _ : state) {
    const auto result = afk::sim::run_replication(scenario, index++);
    events += result.events;
    benchmark::DoNotOptimize(result);
  }
  state.counters["events_per_second"] =
      benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Replication)->Arg(20)->Arg(200);

}  // namespace

BENCHMARK_MAIN();
