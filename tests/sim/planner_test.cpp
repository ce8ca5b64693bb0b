#include "sim/planner.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "sim/erlang.hpp"

namespace afk::sim {
namespace {

Scenario mmc(double arrivals_per_day, double mean_stay_days) {
  Scenario scenario;
  scenario.arrivals.rate_per_week = 7.0 * arrivals_per_day;
  scenario.stay = DurationDistribution::exponential(mean_stay_days);
  scenario.warmup_days = 730.0;
  scenario.years = 30.0;
  scenario.replications = 20;
  scenario.seed = 11;
  return scenario;
}

TEST(Planner, FindsTheSamePlacesAsErlangCForAMeanWaitTarget) {
  const double lambda = 0.3, stay = 60.0;  // offered load 18 places
  // Put the limit halfway (geometrically) between two neighbouring theoretical waits.
  int theory_places = 19;
  while (mmc_mean_wait(lambda, 1 / stay, theory_places) > 2.0) ++theory_places;
  const double limit = std::sqrt(mmc_mean_wait(lambda, 1 / stay, theory_places) *
                                 mmc_mean_wait(lambda, 1 / stay, theory_places - 1));
  PlanRequest request;
  request.target = PlanTarget{PlanTarget::Kind::mean_wait_days, limit};
  request.extra_places = 1;
  const PlanResult plan = plan_places(mmc(lambda, stay), request);
  ASSERT_TRUE(plan.smallest_places);
  EXPECT_EQ(*plan.smallest_places, theory_places);
  ASSERT_TRUE(plan.smallest_places_confident);
  EXPECT_GE(*plan.smallest_places_confident, *plan.smallest_places);
  EXPECT_NEAR(plan.offered_load, 18.0, 1e-9);
  EXPECT_EQ(plan.curve.front().places, 19);  // the first stable number of places
  EXPECT_EQ(plan.curve.back().places, *plan.smallest_places_confident + 1);
}

TEST(Planner, CurveFallsWithMorePlacesAndShowsTheTariff) {
  Scenario scenario = mmc(0.2, 30.0);  // load 6
  scenario.stay = DurationDistribution::lognormal(30.0, 20.0);
  scenario.max_wait_days = 60.0;
  PlanRequest request;
  request.min_places = 4;
  request.max_places = 10;
  request.costs.annual_cost_per_place = 500000.0;
  request.costs.fixed_annual_cost = 1000000.0;
  request.costs.faerdigbehandling_price_per_day = 4000.0;
  const PlanResult plan = plan_places(scenario, request);
  ASSERT_EQ(plan.curve.size(), 7u);
  for (std::size_t i = 1; i < plan.curve.size(); ++i) {
    const PlanRow& fewer = plan.curve[i - 1];
    const PlanRow& more = plan.curve[i];
    EXPECT_LT(more.mean_wait_days.mean, fewer.mean_wait_days.mean);
    EXPECT_LT(more.occupancy.mean, fewer.occupancy.mean);
    EXPECT_LE(more.faerdigbehandlingsdage_per_year.mean, fewer.faerdigbehandlingsdage_per_year.mean);
  }
  for (const PlanRow& row : plan.curve) {
    ASSERT_TRUE(row.tariff_per_place_day);
    EXPECT_NEAR(*row.tariff_per_place_day,
                (1000000.0 + row.places * 500000.0) / (row.places * 365.0 * row.occupancy.mean), 1e-6);
    EXPECT_NEAR(*row.faerdigbehandling_cost_per_year, 4000.0 * row.faerdigbehandlingsdage_per_year.mean,
                1e-6);
    EXPECT_TRUE(row.stable);
  }
  EXPECT_FALSE(plan.smallest_places);  // no target, no answer
}

TEST(Planner, ShareWaitingTargetMatchesErlangC) {
  const double lambda = 0.5, stay = 10.0;  // load 5
  int theory_places = 6;
  while (erlang_c(theory_places, 5.0) > 0.15) ++theory_places;
  const double limit = (erlang_c(theory_places, 5.0) + erlang_c(theory_places - 1, 5.0)) / 2.0;
  PlanRequest request;
  request.target = PlanTarget{PlanTarget::Kind::share_waiting, limit};
  request.extra_places = 0;
  const PlanResult plan = plan_places(mmc(lambda, stay), request);
  ASSERT_TRUE(plan.smallest_places);
  EXPECT_EQ(*plan.smallest_places, theory_places);
  EXPECT_EQ(plan.curve.back().places, *plan.smallest_places_confident);
}

TEST(Planner, RefusesABadRequestNamingTheField) {
  PlanRequest request;
  request.min_places = 9;
  request.max_places = 3;
  EXPECT_THROW(plan_places(mmc(0.1, 10), request), std::invalid_argument);
  request = {};
  request.target = PlanTarget{PlanTarget::Kind::share_waiting, 1.5};
  try {
    plan_places(mmc(0.1, 10), request);
    FAIL();
  } catch (const std::invalid_argument& error) {
    EXPECT_NE(std::string(error.what()).find("max_share_waiting"), std::string::npos);
  }
}

}  // namespace
}  // namespace afk::sim
