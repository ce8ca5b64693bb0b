#include "sim/replication.hpp"

#include <gtest/gtest.h>

#include "sim/simulation.hpp"

namespace afk::sim {
namespace {

// A history replayed once, with known stays, so every wait can be worked out by hand.
Scenario replayed(std::vector<HistoricalReferral> history, int places) {
  Scenario scenario;
  scenario.places = places;
  scenario.arrivals.kind = ArrivalModel::Kind::replay;
  scenario.arrivals.history = std::move(history);
  scenario.arrivals.replay_period_days = 365.0;
  scenario.warmup_days = 0.0;
  scenario.years = 1.0;
  scenario.replications = 1;
  return scenario;
}

TEST(Replication, FifoWaitsWorkedOutByHand) {
  // One place; stays of 5 days arriving on days 0, 1, 2: waits 0, 4 and 8.
  const Scenario scenario = replayed({{0, 5.0}, {1, 5.0}, {2, 5.0}}, 1);
  const ReplicationResult r = run_replication(scenario, 0);
  EXPECT_EQ(r.accepted, 3);
  EXPECT_EQ(r.admitted, 3);
  EXPECT_EQ(r.waited, 2);
  EXPECT_DOUBLE_EQ(r.mean_wait_days, 4.0);
  EXPECT_DOUBLE_EQ(r.wait_p50_days, 4.0);
  EXPECT_DOUBLE_EQ(r.longest_wait_days, 8.0);
  EXPECT_DOUBLE_EQ(r.share_waiting, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(r.faerdigbehandlingsdage_per_year, 12.0);
  EXPECT_DOUBLE_EQ(r.longest_queue, 2.0);
  EXPECT_DOUBLE_EQ(r.occupancy, 15.0 / 365.0);
  EXPECT_DOUBLE_EQ(r.admissions_per_year, 3.0);
}

TEST(Replication, MoveOutAndMoveInOnTheSameDayNeedNoWait) {
  const Scenario scenario = replayed({{0, 5.0}, {5, 5.0}}, 1);
  const ReplicationResult r = run_replication(scenario, 0);
  EXPECT_EQ(r.waited, 0);
  EXPECT_DOUBLE_EQ(r.occupancy, 10.0 / 365.0);
}

TEST(Replication, ReferralIsLostAfterTheMaximumWait) {
  Scenario scenario = replayed({{0, 10.0}, {1, 5.0}, {2, 5.0}}, 1);
  scenario.max_wait_days = 8.0;
  // Day 1 waits until day 9 (8 days, the maximum: still admitted, at equal
  // times the place goes first); day 2 would get the place on day 14 and is lost on day 10.
  scenario.arrivals.history[0].stay_days = 9.0;
  const ReplicationResult r = run_replication(scenario, 0);
  EXPECT_EQ(r.admitted, 2);
  EXPECT_EQ(r.lost, 1);
  EXPECT_DOUBLE_EQ(r.mean_wait_days, (0.0 + 8.0 + 8.0) / 3.0);
  EXPECT_DOUBLE_EQ(r.faerdigbehandlingsdage_per_year, 16.0);
  EXPECT_DOUBLE_EQ(r.lost_per_year, 1.0);
}

TEST(Replication, LossSystemLetsNobodyWait) {
  Scenario scenario = replayed({{0, 10.0}, {1, 5.0}, {12, 5.0}}, 1);
  scenario.max_wait_days = 0.0;
  const ReplicationResult r = run_replication(scenario, 0);
  EXPECT_EQ(r.admitted, 2);
  EXPECT_EQ(r.lost, 1);
  EXPECT_EQ(r.waited, 0);
  EXPECT_DOUBLE_EQ(r.faerdigbehandlingsdage_per_year, 0.0);
}

TEST(Replication, ReadmissionAndExitWaitHoldThePlaceLonger) {
  Scenario scenario = replayed({{0, 10.0}, {1, 10.0}}, 1);
  scenario.readmission = {1.0, DurationDistribution::fixed(3.0)};
  scenario.exit_wait = {1.0, DurationDistribution::fixed(7.0)};
  const ReplicationResult r = run_replication(scenario, 0);
  EXPECT_DOUBLE_EQ(r.mean_hold_days, 20.0);
  EXPECT_DOUBLE_EQ(r.longest_wait_days, 19.0);
  EXPECT_DOUBLE_EQ(r.readmission_days_per_year, 6.0);
  EXPECT_DOUBLE_EQ(r.exit_wait_days_per_year, 14.0);
}

TEST(Replication, WarmupIsDiscarded) {
  Scenario scenario = replayed({{0, 5.0}, {1, 5.0}, {20, 5.0}}, 1);
  scenario.warmup_days = 10.0;
  scenario.arrivals.replay_period_days = 1000.0;  // no repeat inside the measured year
  const ReplicationResult r = run_replication(scenario, 0);
  EXPECT_EQ(r.referrals, 1);
  EXPECT_EQ(r.waited, 0);
  EXPECT_DOUBLE_EQ(r.occupancy, 5.0 / 365.0);  // the second stay ended on day 10
}

TEST(Replication, AcceptanceShareThinsReferrals) {
  Scenario scenario;
  scenario.places = 50;
  scenario.arrivals.rate_per_week = 70.0;
  scenario.acceptance_share = 0.25;
  scenario.stay = DurationDistribution::exponential(1.0);
  scenario.years = 10;
  const ReplicationResult r = run_replication(scenario, 0);
  EXPECT_NEAR(double(r.accepted) / r.referrals, 0.25, 0.01);
}

Scenario busy_poisson_scenario() {
  Scenario scenario;
  scenario.places = 8;
  scenario.arrivals.rate_per_week = 5.0;
  scenario.arrivals.weekly_pattern = std::array<double, 7>{1, 1, 1, 1, 1, 0.2, 0.2};
  scenario.stay = DurationDistribution::lognormal(9.0, 6.0);
  scenario.readmission = {0.2, DurationDistribution::exponential(5.0)};
  scenario.max_wait_days = 30.0;
  scenario.guest_beds = {1, 1.0, DurationDistribution::exponential(3.0)};
  scenario.years = 3;
  scenario.replications = 12;
  return scenario;
}

TEST(Simulation, SameSeedSameNumbersWhateverTheThreadCount) {
  const Scenario scenario = busy_poisson_scenario();
  const SimulationResult one = simulate(scenario, {.threads = 1, .on_progress = {}});
  const SimulationResult three = simulate(scenario, {.threads = 3, .on_progress = {}});
  ASSERT_EQ(one.replications.size(), 12u);
  for (std::size_t i = 0; i < one.replications.size(); ++i) {
    EXPECT_EQ(one.replications[i].mean_wait_days, three.replications[i].mean_wait_days);
    EXPECT_EQ(one.replications[i].occupancy, three.replications[i].occupancy);
    EXPECT_EQ(one.replications[i].events, three.replications[i].events);
  }
  EXPECT_EQ(one.metric("occupancy").mean, three.metric("occupancy").mean);
  EXPECT_NE(one.replications[0].occupancy, one.replications[1].occupancy);

  Scenario other_seed = scenario;
  other_seed.seed = 2;
  EXPECT_NE(simulate(other_seed).replications[0].occupancy, one.replications[0].occupancy);
}

TEST(Simulation, ReportsProgressForEveryReplication) {
  const Scenario scenario = busy_poisson_scenario();
  std::size_t calls = 0, last = 0;
  simulate(scenario, {.threads = 2, .on_progress = [&](std::size_t done, std::size_t total) {
                        ++calls;
                        EXPECT_EQ(total, 12u);
                        EXPECT_EQ(done, last + 1);
                        last = done;
                      }});
  EXPECT_EQ(calls, 12u);
}

TEST(Simulation, RefusesAnInvalidScenarioNamingTheField) {
  Scenario scenario = busy_poisson_scenario();
  scenario.stay = DurationDistribution::gamma(10, -1);
  scenario.acceptance_share = 1.5;
  try {
    simulate(scenario);
    FAIL() << "expected std::invalid_argument";
  } catch (const std::invalid_argument& error) {
    EXPECT_NE(std::string(error.what()).find("stay.sd_days"), std::string::npos) << error.what();
    EXPECT_NE(std::string(error.what()).find("acceptance_share"), std::string::npos) << error.what();
  }
}

}  // namespace
}  // namespace afk::sim
