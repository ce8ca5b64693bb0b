// The scenario JSON shared by `afklaring simulate` and the simulation API:
// defaults, every section read into the model, and refusals naming the field.
#include "json/scenario_json.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace afk::json {
namespace {

using Json = nlohmann::json;

Json minimal() {
  return Json::parse(R"({"arrivals": {"rate_per_week": 1.4},
                          "stay": {"distribution": "exponential", "mean_days": 90}})");
}

// The field named by the refusal of `document`, or "<none>". Every refusal is
// bad_input with a Danish message that names the field.
std::string refused_field(const Json& document) {
  const auto read = parse_scenario(document);
  if (read) return "<none>";
  EXPECT_EQ(read.error().kind, ErrorKind::bad_input);
  EXPECT_FALSE(read.error().message.empty());
  EXPECT_EQ(read.error().message.find("must"), std::string::npos) << read.error().message;
  if (!read.error().field.empty()) {
    EXPECT_NE(read.error().message.find(read.error().field), std::string::npos) << read.error().message;
  }
  return read.error().field;
}

// The scenario `document` describes; fails the test when it is refused.
ParsedScenario parsed_from(const Json& document) {
  auto read = parse_scenario(document);
  EXPECT_TRUE(read) << (read ? "" : read.error().message);
  return read ? std::move(read).value() : ParsedScenario{};
}

TEST(ScenarioJson, MinimalScenarioGetsTheDocumentedDefaults) {
  const ParsedScenario parsed = parsed_from(minimal());
  const sim::Scenario& s = parsed.scenario;
  EXPECT_EQ(s.places, 1);
  EXPECT_EQ(s.arrivals.kind, sim::ArrivalModel::Kind::poisson);
  EXPECT_DOUBLE_EQ(s.arrivals.rate_per_week, 1.4);
  EXPECT_DOUBLE_EQ(s.acceptance_share, 1.0);
  EXPECT_TRUE(std::isinf(s.max_wait_days));
  EXPECT_EQ(s.stay.kind, sim::DistributionKind::exponential);
  EXPECT_DOUBLE_EQ(s.stay.mean_days, 90.0);
  // One place for 18 places' worth of referrals: ten mean stays of 90 days.
  EXPECT_DOUBLE_EQ(s.warmup_days, 900.0);
  EXPECT_TRUE(s.warmup_from_scenario);
  EXPECT_DOUBLE_EQ(s.years, 10.0);
  EXPECT_EQ(s.replications, 100);
  EXPECT_EQ(s.seed, 1u);
  EXPECT_FALSE(parsed.plan.has_value());
}

TEST(ScenarioJson, EverySectionIsReadIntoTheModel) {
  const ParsedScenario parsed = parsed_from(Json::parse(R"({
    "places": 12,
    "arrivals": {"kind": "poisson", "rate_per_week": 2, "trend_per_year": 0.05,
                 "weekly_pattern": [1, 1, 1, 1, 1, 0, 0]},
    "acceptance_share": 0.8, "max_wait_days": 30,
    "stay": {"distribution": "lognormal", "mean_days": 90, "sd_days": 60},
    "readmission": {"probability": 0.15, "duration": {"distribution": "fixed", "mean_days": 10}},
    "exit_wait": {"probability": 0.3, "duration": {"distribution": "empirical", "values_days": [5, 20]}},
    "guest_beds": {"places": 1, "rate_per_week": 0.5,
                   "stay": {"distribution": "gamma", "mean_days": 7, "sd_days": 3}},
    "warmup_days": 100, "years": 2, "replications": 7, "seed": 42,
    "plan": {"target": {"max_share_waiting": 0.2}, "min_places": 5, "max_places": 30,
             "extra_places": 1, "annual_cost_per_place": 700000,
             "faerdigbehandling_price_per_day": 4054}
  })"));
  const sim::Scenario& s = parsed.scenario;
  EXPECT_EQ(s.places, 12);
  EXPECT_DOUBLE_EQ(s.arrivals.trend_per_year, 0.05);
  ASSERT_TRUE(s.arrivals.weekly_pattern.has_value());
  EXPECT_DOUBLE_EQ((*s.arrivals.weekly_pattern)[5], 0.0);
  EXPECT_DOUBLE_EQ(s.acceptance_share, 0.8);
  EXPECT_DOUBLE_EQ(s.max_wait_days, 30.0);
  EXPECT_EQ(s.stay.kind, sim::DistributionKind::lognormal);
  EXPECT_DOUBLE_EQ(s.stay.sd_days, 60.0);
  EXPECT_DOUBLE_EQ(s.readmission.probability, 0.15);
  EXPECT_EQ(s.readmission.duration.kind, sim::DistributionKind::fixed);
  EXPECT_EQ(s.exit_wait.duration.values_days, (std::vector<double>{5, 20}));
  EXPECT_EQ(s.guest_beds.places, 1);
  EXPECT_EQ(s.guest_beds.stay.kind, sim::DistributionKind::gamma);
  EXPECT_DOUBLE_EQ(s.warmup_days, 100.0);
  EXPECT_DOUBLE_EQ(s.years, 2.0);
  EXPECT_EQ(s.replications, 7);
  EXPECT_EQ(s.seed, 42u);
  ASSERT_TRUE(parsed.plan.has_value());
  ASSERT_TRUE(parsed.plan->target.has_value());
  EXPECT_EQ(parsed.plan->target->kind, sim::PlanTarget::Kind::share_waiting);
  EXPECT_DOUBLE_EQ(parsed.plan->target->limit, 0.2);
  EXPECT_EQ(parsed.plan->min_places, 5);
  EXPECT_EQ(parsed.plan->max_places, 30);
  EXPECT_EQ(parsed.plan->extra_places, 1);
  EXPECT_EQ(parsed.plan->costs.annual_cost_per_place, 700000.0);
  EXPECT_EQ(parsed.plan->costs.faerdigbehandling_price_per_day, 4054.0);
}

TEST(ScenarioJson, ReplayedHistoryIsSortedAndCountedFromTheFirstReferral) {
  Json document = minimal();
  document["arrivals"] = Json::parse(R"({"kind": "replay", "history": [
      {"date": "2025-03-10", "stay_days": 40}, {"date": "2025-03-01"}]})");
  const sim::Scenario s = parsed_from(document).scenario;
  ASSERT_EQ(s.arrivals.history.size(), 2u);
  EXPECT_DOUBLE_EQ(s.arrivals.history[0].arrival_day, 0.0);
  EXPECT_FALSE(s.arrivals.history[0].stay_days.has_value());
  EXPECT_DOUBLE_EQ(s.arrivals.history[1].arrival_day, 9.0);
  EXPECT_EQ(s.arrivals.history[1].stay_days, 40.0);
}

TEST(ScenarioJson, BadFieldsAreRefusedNamingTheField) {
  auto with = [](const std::string& pointer, const Json& value) {
    Json document = minimal();
    document[Json::json_pointer(pointer)] = value;
    return document;
  };
  Json no_stay = minimal();
  no_stay.erase("stay");
  EXPECT_EQ(refused_field(no_stay), "stay");
  EXPECT_EQ(refused_field(Json::array()), "");
  EXPECT_EQ(refused_field(with("/palces", 3)), "palces");
  EXPECT_EQ(refused_field(with("/places", 0)), "places");
  EXPECT_EQ(refused_field(with("/places", 2.5)), "places");
  EXPECT_EQ(refused_field(with("/replications", "many")), "replications");
  EXPECT_EQ(refused_field(with("/acceptance_share", 1.5)), "acceptance_share");
  EXPECT_EQ(refused_field(with("/stay/distribution", "lognormal")), "stay.sd_days");
  EXPECT_EQ(refused_field(with("/stay/distribution", "weibull")), "stay.distribution");
  EXPECT_EQ(refused_field(with("/stay/mean_days", -3)), "stay.mean_days");
  EXPECT_EQ(refused_field(with("/stay/sd_days", 20)), "stay.sd_days") << "an exponential has no sd";
  EXPECT_EQ(refused_field(with("/stay/values_days", Json::array({5}))), "stay.values_days");
  EXPECT_EQ(refused_field(with("/stay/mean_days", "ninety")), "stay.mean_days");
  EXPECT_EQ(refused_field(with("/arrivals/kind", "batch")), "arrivals.kind");
  EXPECT_EQ(refused_field(with("/arrivals/weekly_pattern", Json::array({1, 1, -1, 1, 1, 1, 1}))),
            "arrivals.weekly_pattern[2]");
  // Checked across fields after reading: a trend that makes the rate negative.
  EXPECT_EQ(refused_field(with("/arrivals/trend_per_year", -0.5)), "arrivals.trend_per_year");
  EXPECT_EQ(refused_field(with("/readmission", Json{{"probability", 0.1}})), "readmission.duration");
  EXPECT_EQ(refused_field(with("/guest_beds", Json{{"places", 1}, {"rate_per_week", 1}, {"stay", 5}})),
            "guest_beds.stay");
  EXPECT_EQ(
      refused_field(with("/plan", Json{{"target", {{"max_mean_wait_days", 7}, {"max_share_waiting", 0.2}}}})),
      "plan.target");
  EXPECT_EQ(refused_field(with("/plan", Json{{"min_places", 10}, {"max_places", 5}})), "plan.max_places");
  Json bad_date = minimal();
  bad_date["arrivals"] = Json::parse(R"({"kind": "replay", "history": [{"date": "2025-02-30"}]})");
  EXPECT_EQ(refused_field(bad_date), "arrivals.history[0].date");
  EXPECT_EQ(refused_field(minimal()), "<none>");
}

TEST(ScenarioJson, ResultDocumentsCarryEverySummarisedMetric) {
  sim::Scenario scenario = parsed_from(minimal()).scenario;
  scenario.places = 25;  // a queue that settles: every metric is a mean
  scenario.years = 1;
  scenario.warmup_days = 0;
  scenario.replications = 3;
  const sim::SimulationResult result = sim::simulate(scenario, {.threads = 1});
  const auto document = simulation_result_json(result, true);
  EXPECT_EQ(document.at("replications"), 3);
  EXPECT_EQ(document.at("events"), result.events);
  EXPECT_EQ(document.at("summary").size(), sim::metric_fields().size());
  EXPECT_DOUBLE_EQ(document.at("summary").at("mean_wait_days").at("mean").get<double>(),
                   result.metric("mean_wait_days").mean);
  EXPECT_EQ(document.at("per_replication").size(), 3u);
  EXPECT_FALSE(simulation_result_json(result, false).contains("per_replication"));

  sim::PlanRequest request;
  request.target = sim::PlanTarget{sim::PlanTarget::Kind::mean_wait_days, 7.0};
  request.min_places = 25;  // above the 18 places' worth of referrals: rows that settle
  request.max_places = 26;
  const auto plan = plan_result_json(sim::plan_places(scenario, request, {.threads = 1}), request);
  EXPECT_EQ(plan.at("target").at("max_mean_wait_days"), 7.0);
  ASSERT_EQ(plan.at("curve").size(), 2u);
  EXPECT_EQ(plan.at("curve")[0].at("places"), 25);
  EXPECT_TRUE(plan.at("curve")[0].at("mean_wait_days").contains("ci95_high"));
}

}  // namespace
}  // namespace afk::json
