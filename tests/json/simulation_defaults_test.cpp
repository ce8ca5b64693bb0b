// The capacity answer at the defaults a user gets: a scenario with only its
// own fields (as `afklaring simulate` and the API read it), checked against
// Erlang B, Erlang C and M/M/c (src/sim/erlang, itself checked against hand
// values in tests/sim/erlang_test). The warm-up is chosen from the scenario
// and the per-referral figures are pooled over replications; with the fixed
// 365-day warm-up and per-replication ratios the mean wait came out 12-16 %
// too low at 90-140-day stays. A coverage test runs many seeds and counts how
// often the 95 % interval holds the formula's value.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "json/scenario_json.hpp"
#include "sim/simulation.hpp"

namespace afk::json {
namespace {

sim::Scenario scenario_of(const std::string& text) {
  return parse_scenario(nlohmann::json::parse(text)).value().scenario;
}

// A scenario with exponential stays where everyone waits: M/M/c.
std::string mmc(int places, double mean_days, double utilisation) {
  const double rate_per_week = utilisation * places / mean_days * 7.0;
  return R"({"places": )" + std::to_string(places) + R"(, "arrivals": {"rate_per_week": )" +
         std::to_string(rate_per_week) + R"(}, "stay": {"distribution": "exponential", "mean_days": )" +
         std::to_string(mean_days) + "}}";
}

// Inside the simulation's interval. These tests make 17 comparisons, each
// 95 % interval misses by chance once in twenty, so the intervals are widened
// to a joint 95 % (Bonferroni: 99.7 % each, the half-width x 1.53); the
// coverage test below checks the 95 % interval itself.
void expect_inside(const sim::Summary& simulated, const sim::TheoryValue& theory, const std::string& what) {
  ASSERT_TRUE(theory.value) << what << ": the formula applies here";
  const double half_width = 1.53 * simulated.half_width();
  EXPECT_NEAR(simulated.mean, *theory.value, half_width) << what;
}

struct MmcCase {
  int places;
  double mean_days;
  double utilisation;
};

class AtTheDefaults : public ::testing::TestWithParam<MmcCase> {};

TEST_P(AtTheDefaults, WaitShareWaitingAndOccupancyAgreeWithErlangC) {
  const MmcCase c = GetParam();
  const sim::Scenario scenario = scenario_of(mmc(c.places, c.mean_days, c.utilisation));
  EXPECT_TRUE(scenario.warmup_from_scenario);
  EXPECT_DOUBLE_EQ(scenario.warmup_days, sim::default_warmup_days(scenario));
  EXPECT_GE(scenario.warmup_days, 10.0 * c.mean_days) << "ten mean stays at least";
  EXPECT_EQ(scenario.replications, 100) << "the default";
  const sim::SimulationResult result = sim::simulate(scenario);
  expect_inside(result.metric("mean_wait_days"), result.theory.mmc_mean_wait_days, "mean wait");
  expect_inside(result.metric("share_waiting"), result.theory.erlang_c, "share waiting");
  expect_inside(result.metric("occupancy"), result.theory.occupancy, "occupancy");
}

INSTANTIATE_TEST_SUITE_P(Scenarios, AtTheDefaults,
                         ::testing::Values(MmcCase{4, 45, 0.80}, MmcCase{20, 90, 0.85},
                                           MmcCase{60, 120, 0.90}, MmcCase{220, 140, 0.90},
                                           MmcCase{240, 100, 0.92}));

TEST(AtTheDefaultsLoss, LostShareAndOccupancyAgreeWithErlangBForLogNormalStays) {
  const sim::Scenario scenario = scenario_of(R"({"places": 210, "max_wait_days": 0,
      "arrivals": {"rate_per_week": 14}, "stay": {"distribution": "lognormal", "mean_days": 100, "sd_days": 80}})");
  const sim::SimulationResult result = sim::simulate(scenario);
  expect_inside(result.metric("lost_share"), result.theory.erlang_b, "lost share");
  expect_inside(result.metric("occupancy"), result.theory.occupancy, "occupancy");
  EXPECT_FALSE(result.theory.erlang_c.value) << "nobody waits: Erlang C does not apply";
}

TEST(AtTheDefaultsCoverage, TheIntervalHoldsTheFormulaInAboutNineteenRunsOfTwenty) {
  int covered_wait = 0, covered_share = 0;
  constexpr int runs = 100;
  for (int seed = 1; seed <= runs; ++seed) {
    sim::Scenario scenario = scenario_of(mmc(5, 60, 0.8));
    scenario.seed = static_cast<std::uint64_t>(seed) * 7919;
    const sim::SimulationResult result = sim::simulate(scenario);
    const sim::Summary wait = result.metric("mean_wait_days");
    const sim::Summary share = result.metric("share_waiting");
    covered_wait += wait.ci_low <= *result.theory.mmc_mean_wait_days.value &&
                    *result.theory.mmc_mean_wait_days.value <= wait.ci_high;
    covered_share +=
        share.ci_low <= *result.theory.erlang_c.value && *result.theory.erlang_c.value <= share.ci_high;
  }
  // 95 % expected (1,000 seeds gave 94.3 % and 96.4 %; with the old
  // defaults 88.5 %, nearly all too low); below 88 of 100 happens by chance
  // with probability < 1 %.
  EXPECT_GE(covered_wait, 88) << "mean wait";
  EXPECT_GE(covered_share, 88) << "share waiting";
}

TEST(UnstableQueue, IsNamedAndItsWaitIsNotAMean) {
  const sim::Scenario scenario = scenario_of(mmc(10, 60, 1.1));
  const sim::SimulationResult result = sim::simulate(scenario);
  EXPECT_FALSE(result.stable);
  const auto document = simulation_result_json(result, false);
  EXPECT_EQ(document.at("stable"), false);
  EXPECT_EQ(document.at("summary").at("mean_wait_days"),
            (nlohmann::ordered_json{{"grows_without_bound", true}}));
  EXPECT_TRUE(document.at("summary").at("occupancy").contains("mean"));
  EXPECT_TRUE(document.at("theory").at("mmc_mean_wait_days").at("value").is_null());
  EXPECT_EQ(document.at("theory").at("mmc_mean_wait_days").at("failing_assumptions"),
            nlohmann::ordered_json::array({"load_below_places"}));
}

TEST(Theory, NamesEveryAssumptionThatFails) {
  // 0.7 referrals a week x 60 days = 6 places busy: more than the 5 places.
  const sim::Scenario scenario = scenario_of(R"({"places": 5, "max_wait_days": 30,
      "arrivals": {"rate_per_week": 0.7, "trend_per_year": 0.05},
      "stay": {"distribution": "gamma", "mean_days": 60, "sd_days": 30}})");
  const sim::QueueingTheory theory = sim::queueing_theory(scenario);
  std::vector<std::string> failing;
  for (const sim::Assumption assumption : theory.erlang_c.failing)
    failing.push_back(std::string(to_code(assumption)));
  EXPECT_EQ(failing, (std::vector<std::string>{"poisson_arrivals", "everyone_waits", "exponential_holds",
                                               "load_below_places"}));
  EXPECT_FALSE(theory.erlang_b.value);
  EXPECT_GT(theory.offered_load, 0.0) << "the offered load is always shown";
}

}  // namespace
}  // namespace afk::json
