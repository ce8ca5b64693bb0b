// Capacity simulations over the API: a run started in the background gives
// the same numbers as the simulation run directly, bad scenarios name the
// field, only planning roles may use it, and time limit and the cap on
// concurrent runs hold.
#include <gmock/gmock.h>

#include <chrono>
#include <thread>

#include "http/api_fixture.hpp"
#include "json/scenario_json.hpp"

namespace afk::test {
namespace {

constexpr const char* simulations = "/api/v1/simulations";

// Small enough to finish in well under a second even with sanitizers.
nlohmann::json small_scenario() {
  return nlohmann::json::parse(R"({
    "places": 5,
    "arrivals": {"kind": "poisson", "rate_per_week": 0.35},
    "stay": {"distribution": "lognormal", "mean_days": 90, "sd_days": 60},
    "warmup_days": 100, "years": 2, "replications": 12, "seed": 7
  })");
}

// Long enough that it cannot finish before any time limit the tests set.
nlohmann::json endless_scenario() {
  nlohmann::json scenario = small_scenario();
  scenario["years"] = 200;
  scenario["replications"] = 10000;
  return scenario;
}

class SimulationApiTest : public ApiTest {
 protected:
  // Polls until the run is no longer running (or 60 s have passed).
  static HttpResponse wait_for(TestClient& client, std::int64_t id) {
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    for (;;) {
      HttpResponse status = client.get(std::string(simulations) + "/" + std::to_string(id));
      EXPECT_EQ(status.status, 200) << status.body;
      if (status.status != 200 || status.json.at("state") != "running" ||
          std::chrono::steady_clock::now() > give_up)
        return status;
      const double progress = status.json.at("progress").get<double>();
      EXPECT_GE(progress, 0.0);
      EXPECT_LE(progress, 1.0);
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
  }

  static std::int64_t started_id(const HttpResponse& response) {
    EXPECT_EQ(response.status, 202) << response.body;
    EXPECT_EQ(response.json.value("state", ""), "running");
    const std::int64_t id = response.json.value("id", std::int64_t{0});
    EXPECT_EQ(response.header("location"), std::string(simulations) + "/" + std::to_string(id));
    return id;
  }
};

TEST_F(SimulationApiTest, BackgroundRunGivesTheSameNumbersAsTheDirectRun) {
  TestClient planner = client_for(users::project_lead);
  const std::int64_t id = started_id(planner.post(simulations, small_scenario()));
  const HttpResponse done = wait_for(planner, id);
  ASSERT_EQ(done.json.at("state"), "done") << done.body;
  EXPECT_EQ(done.json.at("kind"), "simulation");
  EXPECT_EQ(done.json.at("progress"), 1.0);
  EXPECT_TRUE(done.json.at("error").is_null());

  const json::ParsedScenario parsed = json::parse_scenario(small_scenario()).value();
  const auto direct = nlohmann::json::parse(
      json::simulation_result_json(sim::simulate(parsed.scenario, {.threads = 2}), false).dump());
  const nlohmann::json& result = done.json.at("result");
  EXPECT_EQ(result.at("summary"), direct.at("summary"));  // same seed, same numbers, exactly
  EXPECT_EQ(result.at("events"), direct.at("events"));
  EXPECT_EQ(result.at("replications"), 12);
  EXPECT_GT(result.at("summary").at("mean_wait_days").at("mean").get<double>(), 0.0);
}

TEST_F(SimulationApiTest, WithAPlanSectionThePlannerRuns) {
  TestClient authority = client_for(users::authority_a);
  nlohmann::json scenario = small_scenario();
  scenario["plan"] = {{"target", {{"max_mean_wait_days", 7}}}, {"min_places", 2}, {"max_places", 8}};
  const std::int64_t id = started_id(authority.post(simulations, scenario));
  const HttpResponse done = wait_for(authority, id);
  ASSERT_EQ(done.json.at("state"), "done") << done.body;
  EXPECT_EQ(done.json.at("kind"), "plan");

  const json::ParsedScenario parsed = json::parse_scenario(scenario).value();
  const auto direct = nlohmann::json::parse(
      json::plan_result_json(sim::plan_places(parsed.scenario, *parsed.plan, {.threads = 1}), *parsed.plan)
          .dump());
  EXPECT_EQ(done.json.at("result").at("curve"), direct.at("curve"));
  EXPECT_EQ(done.json.at("result").at("smallest_places"), direct.at("smallest_places"));
  EXPECT_FALSE(direct.at("smallest_places").is_null());
}

TEST_F(SimulationApiTest, BadScenarioIsRefusedNamingTheField) {
  TestClient lead = client_for(users::lead_a);
  nlohmann::json scenario = small_scenario();
  scenario["stay"].erase("sd_days");
  HttpResponse refused = lead.post(simulations, scenario);
  EXPECT_EQ(refused.status, 400) << refused.body;
  EXPECT_EQ(refused.error_code(), "invalid_scenario");
  EXPECT_EQ(refused.error_field(), "stay.sd_days");
  EXPECT_THAT(refused.error_message(), ::testing::HasSubstr("Scenariet er ugyldigt"));

  scenario = small_scenario();
  scenario["plasces"] = 3;
  EXPECT_EQ(lead.post(simulations, scenario).error_field(), "plasces");

  scenario = small_scenario();
  scenario["replications"] = 10001;
  EXPECT_EQ(lead.post(simulations, scenario).error_field(), "replications");

  scenario = small_scenario();
  scenario["time_limit_seconds"] = -1;
  EXPECT_EQ(lead.post(simulations, scenario).error_field(), "time_limit_seconds");

  EXPECT_EQ(lead.post(simulations, nlohmann::json::array()).status, 400);
}

TEST_F(SimulationApiTest, StaffRolesAreRefused) {
  TestClient evaluator = client_for(users::evaluator);
  const std::int64_t id = started_id(evaluator.post(simulations, small_scenario()));
  for (const char* user : {users::staff_a, users::ward_a}) {
    TestClient staff = client_for(user);
    const HttpResponse start = staff.post(simulations, small_scenario());
    EXPECT_EQ(start.status, 403) << user;
    EXPECT_EQ(start.error_code(), "role_not_allowed");
    EXPECT_EQ(staff.get(std::string(simulations) + "/" + std::to_string(id)).status, 403) << user;
  }
  EXPECT_EQ(wait_for(evaluator, id).json.at("state"), "done");
}

TEST_F(SimulationApiTest, ARunPastItsTimeLimitIsStopped) {
  TestClient admin = client_for(users::admin);
  nlohmann::json scenario = endless_scenario();
  scenario["time_limit_seconds"] = 0.2;
  const auto started_at = std::chrono::steady_clock::now();
  const std::int64_t id = started_id(admin.post(simulations, scenario));
  const HttpResponse stopped = wait_for(admin, id);
  EXPECT_EQ(stopped.json.at("state"), "timed_out") << stopped.body;
  EXPECT_TRUE(stopped.json.at("result").is_null());
  EXPECT_THAT(stopped.json.at("error").get<std::string>(), ::testing::HasSubstr("tidsgrænsen"));
  EXPECT_LT(stopped.json.at("progress").get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(stopped.json.at("time_limit_seconds").get<double>(), 0.2);
  // Stopped cooperatively soon after the limit, not after 10,000 replications.
  EXPECT_LT(std::chrono::steady_clock::now() - started_at, std::chrono::seconds(20));
}

TEST_F(SimulationApiTest, AtMostTwoRunsAtOnce) {
  TestClient planner = client_for(users::project_lead);
  nlohmann::json scenario = endless_scenario();
  scenario["time_limit_seconds"] = 1;
  const std::int64_t first = started_id(planner.post(simulations, scenario));
  const std::int64_t second = started_id(planner.post(simulations, scenario));
  const HttpResponse third = planner.post(simulations, scenario);
  EXPECT_EQ(third.status, 422) << third.body;
  EXPECT_EQ(third.error_code(), "too_many_simulations");
  // Once they have stopped, a new run is accepted again.
  EXPECT_EQ(wait_for(planner, first).json.at("state"), "timed_out");
  EXPECT_EQ(wait_for(planner, second).json.at("state"), "timed_out");
  started_id(planner.post(simulations, small_scenario()));
}

TEST_F(SimulationApiTest, InstallationHistoryReplaysTheUnitsOwnReferrals) {
  server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Hanne Historik", false);
  TestClient lead = client_for(users::lead_a);
  nlohmann::json scenario = small_scenario();
  scenario["arrivals"] = {
      {"kind", "installation_history"}, {"unit_id", world::unit_a}, {"replay_period_days", 7}};
  const std::int64_t id = started_id(lead.post(simulations, scenario));
  const HttpResponse done = wait_for(lead, id);
  ASSERT_EQ(done.json.at("state"), "done") << done.body;
  // One referral a week, replayed: 2 measured years hold 104 or 105 of them per replication.
  const double referrals = done.json.at("result").at("summary").at("referrals").at("mean").get<double>();
  EXPECT_GE(referrals, 104.0);
  EXPECT_LE(referrals, 105.0);

  // No stay has ended yet, so there is nothing to draw stays from.
  scenario = small_scenario();
  scenario["stay"] = {{"distribution", "installation_history"}, {"unit_id", world::unit_a}};
  const HttpResponse no_stays = lead.post(simulations, scenario);
  EXPECT_EQ(no_stays.error_field(), "stay.unit_id");
  EXPECT_THAT(no_stays.error_message(), ::testing::HasSubstr("endnu ikke har afsluttede ophold"));
  scenario["stay"]["unit_id"] = 999;
  EXPECT_EQ(lead.post(simulations, scenario).error_field(), "stay.unit_id");

  // Another municipality's authority may not use unit A's history: to them
  // it is as unknown as a unit that does not exist.
  TestClient other = client_for(users::authority_b);
  scenario = small_scenario();
  scenario["arrivals"] = {
      {"kind", "installation_history"}, {"unit_id", world::unit_a}, {"replay_period_days", 7}};
  const HttpResponse refused = other.post(simulations, scenario);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.error_field(), "arrivals.unit_id");
  scenario["arrivals"]["unit_id"] = 999;
  EXPECT_EQ(other.post(simulations, scenario).body, refused.body);
}

TEST_F(SimulationApiTest, UnknownSimulationIsNotFound) {
  TestClient planner = client_for(users::project_lead);
  const HttpResponse missing = planner.get(std::string(simulations) + "/999");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.error_code(), "simulation_not_found");
  EXPECT_EQ(planner.get(std::string(simulations) + "/abc").status, 400);
}

}  // namespace
}  // namespace afk::test
