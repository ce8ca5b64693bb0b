// The simulator against queueing theory where theory applies. Each check
// needs the theoretical value inside the 95 % confidence interval of the
// simulation AND an interval narrow enough that a wrong simulator would fall
// outside it (half-width below 10 % of the value), so the tests have power.
#include <gtest/gtest.h>

#include "sim/erlang.hpp"
#include "sim/simulation.hpp"

namespace afk::sim {
namespace {

void expect_inside(const Summary& simulated, double theory, const std::string& what) {
  EXPECT_LE(simulated.ci_low, theory)
      << what << ": mean " << simulated.mean << " ± " << simulated.half_width();
  EXPECT_GE(simulated.ci_high, theory)
      << what << ": mean " << simulated.mean << " ± " << simulated.half_width();
  EXPECT_LT(simulated.half_width(), 0.10 * theory) << what << ": interval too wide to test anything";
}

struct MmcCase {
  double arrivals_per_day;
  double mean_stay_days;
  int places;
  double warmup_days;
  double years;
  int replications;
};

void PrintTo(const MmcCase& c, std::ostream* os) {
  *os << "lambda " << c.arrivals_per_day << "/day, stay " << c.mean_stay_days << " days, c " << c.places;
}

Scenario mmc_scenario(const MmcCase& c) {
  Scenario scenario;
  scenario.places = c.places;
  scenario.arrivals.rate_per_week = 7.0 * c.arrivals_per_day;
  scenario.stay = DurationDistribution::exponential(c.mean_stay_days);
  scenario.warmup_days = c.warmup_days;
  scenario.years = c.years;
  scenario.replications = c.replications;
  scenario.seed = 1;  // 2024 before the ziggurat generators (see docs/simulation.md)
  return scenario;
}

class ErlangCAgreement : public ::testing::TestWithParam<MmcCase> {};

TEST_P(ErlangCAgreement, MeanWaitAndProbabilityOfWaiting) {
  const MmcCase c = GetParam();
  const SimulationResult result = simulate(mmc_scenario(c));
  const double mu = 1.0 / c.mean_stay_days;
  const double load = c.arrivals_per_day * c.mean_stay_days;
  expect_inside(result.metric("mean_wait_days"), mmc_mean_wait(c.arrivals_per_day, mu, c.places),
                "mean wait");
  expect_inside(result.metric("share_waiting"), erlang_c(c.places, load), "P(wait)");
  expect_inside(result.metric("occupancy"), load / c.places, "occupancy");
  expect_inside(result.metric("mean_queue_length"), mmc_mean_queue_length(c.arrivals_per_day, mu, c.places),
                "queue length");
}

INSTANTIATE_TEST_SUITE_P(SeveralLoads, ErlangCAgreement,
                         ::testing::Values(MmcCase{0.07, 10.0, 1, 1000.0, 40.0, 40},      // rho 0.70
                                           MmcCase{0.40, 10.0, 5, 500.0, 20.0, 40},       // rho 0.80
                                           MmcCase{1.70, 10.0, 20, 300.0, 40.0, 60},      // rho 0.85
                                           MmcCase{0.30, 60.0, 20, 1000.0, 100.0, 60}));  // rho 0.90

struct LossCase {
  int places;
  double load;
  double sd_over_mean;
};

void PrintTo(const LossCase& c, std::ostream* os) {
  *os << "c " << c.places << ", load " << c.load << ", sd/mean " << c.sd_over_mean;
}

class ErlangBInsensitivity : public ::testing::TestWithParam<LossCase> {};

TEST_P(ErlangBInsensitivity, LognormalStaysBlockLikeErlangB) {
  const LossCase c = GetParam();
  Scenario scenario;
  scenario.places = c.places;
  scenario.max_wait_days = 0.0;
  const double mean_stay = 20.0;
  scenario.stay = DurationDistribution::lognormal(mean_stay, c.sd_over_mean * mean_stay);
  scenario.arrivals.rate_per_week = 7.0 * c.load / mean_stay;
  scenario.warmup_days = 400.0;
  scenario.years = 20.0;
  scenario.replications = 40;
  scenario.seed = 77;
  const SimulationResult result = simulate(scenario);
  expect_inside(result.metric("lost_share"), erlang_b(c.places, c.load), "blocking");
  EXPECT_EQ(result.metric("share_waiting").mean, 0.0);
}

INSTANTIATE_TEST_SUITE_P(SeveralLoads, ErlangBInsensitivity,
                         ::testing::Values(LossCase{3, 2.0, 2.0}, LossCase{10, 8.0, 1.5},
                                           LossCase{25, 22.0, 0.5}));

TEST(ErlangBInsensitivity, GuestBedsTurnAwayLikeErlangB) {
  Scenario scenario = mmc_scenario({0.1, 5.0, 2, 100.0, 20.0, 40});
  scenario.guest_beds = {2, 3.0, DurationDistribution::gamma(3.0, 2.0)};
  const SimulationResult result = simulate(scenario);
  expect_inside(result.metric("guest_turned_away_share"), erlang_b(2, 3.0 / 7.0 * 3.0), "guest blocking");
}

// A scenario far from any formula: weekly pattern, trend, log-normal stays,
// readmissions, exit waits and a maximum wait. Little's law still holds.
TEST(LittlesLaw, HoldsForTheQueueAndThePlaces) {
  Scenario scenario;
  scenario.places = 12;
  scenario.arrivals.rate_per_week = 6.0;
  scenario.arrivals.weekly_pattern = std::array<double, 7>{3, 2, 2, 2, 1, 0, 0};
  scenario.arrivals.trend_per_year = 0.02;
  scenario.acceptance_share = 0.9;
  scenario.stay = DurationDistribution::lognormal(14.0, 10.0);
  scenario.readmission = {0.15, DurationDistribution::exponential(8.0)};
  scenario.exit_wait = {0.3, DurationDistribution::gamma(10.0, 5.0)};
  scenario.max_wait_days = 21.0;
  scenario.years = 20.0;
  scenario.replications = 8;
  const SimulationResult result = simulate(scenario);
  for (const auto& r : result.replications) {
    ASSERT_GT(r.mean_queue_length, 0.5);
    // Little on the hospital queue (lost referrals count with the time they waited).
    EXPECT_NEAR(r.mean_queue_length, r.accepted_per_day * r.mean_wait_days, 0.01 * r.mean_queue_length);
    // Little on the places: busy places = move-in rate x mean hold.
    EXPECT_NEAR(r.mean_busy_places, r.admissions_per_day * r.mean_hold_days, 0.01 * r.mean_busy_places);
    // Færdigbehandlingsdage per year is the queue length over a year.
    EXPECT_NEAR(r.faerdigbehandlingsdage_per_year, 365.0 * r.mean_queue_length, 1e-6);
  }
}

}  // namespace
}  // namespace afk::sim
