// `afklaring simulate` shows the formulas beside the simulated figures in
// JSON and CSV, the warm-up it chose, and names an unstable queue instead of
// printing a finite mean wait for it (plain runs and the planner alike).
#include "app/simulate_command.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace afk::app {
namespace {

class SimulateCommandTest : public ::testing::Test {
 protected:
  SimulateCommandTest() {
    std::string pattern = (std::filesystem::temp_directory_path() / "afk-simulate-XXXXXX").string();
    directory_ = mkdtemp(pattern.data());
  }
  ~SimulateCommandTest() override { std::filesystem::remove_all(directory_); }

  std::string run(const std::string& scenario, bool csv, bool plan = false) {
    const auto path = directory_ / "scenario.json";
    std::ofstream(path) << scenario;
    SimulateOptions options;
    options.scenario_path = path.string();
    options.csv = csv;
    options.plan = plan;
    options.replications = 20;
    options.progress = false;
    std::ostringstream out, err;
    EXPECT_EQ(run_simulate(options, out, err), 0) << err.str();
    return out.str();
  }

  std::filesystem::path directory_;
};

// 2 referrals a week of 60-day exponential stays: 17 places busy on average.
constexpr const char* stable_scenario =
    R"({"places": 20, "arrivals": {"rate_per_week": 2}, "stay": {"distribution": "exponential", "mean_days": 60}})";
constexpr const char* unstable_scenario =
    R"({"places": 15, "arrivals": {"rate_per_week": 2}, "stay": {"distribution": "exponential", "mean_days": 60}})";

TEST_F(SimulateCommandTest, JsonShowsTheFormulasTheWarmUpAndStability) {
  const auto document = nlohmann::json::parse(run(stable_scenario, false));
  EXPECT_EQ(document.at("stable"), true);
  EXPECT_EQ(document.at("warmup_chosen_from_scenario"), true);
  EXPECT_GE(document.at("warmup_days").get<double>(), 600.0);
  const auto& theory = document.at("theory");
  EXPECT_NEAR(theory.at("offered_load").get<double>(), 2.0 / 7.0 * 60.0, 1e-9);
  EXPECT_TRUE(theory.at("mmc_mean_wait_days").at("value").is_number());
  EXPECT_EQ(theory.at("mmc_mean_wait_days").at("compare_with"), "mean_wait_days");
  EXPECT_TRUE(theory.at("erlang_b_lost_share").at("value").is_null()) << "everyone may wait";
  EXPECT_EQ(theory.at("erlang_b_lost_share").at("failing_assumptions"),
            nlohmann::json::array({"nobody_waits"}));
}

TEST_F(SimulateCommandTest, CsvHasTheFormulasBesideTheFigures) {
  const std::string csv = run(stable_scenario, true);
  EXPECT_NE(csv.find("\nmean_wait_days,"), std::string::npos);
  EXPECT_NE(csv.find("\nstable,1,"), std::string::npos);
  EXPECT_NE(csv.find("\ntheory_mmc_mean_wait_days,"), std::string::npos);
  EXPECT_NE(csv.find("\ntheory_erlang_b_lost_share,,,,\n"), std::string::npos)
      << "empty where it does not apply";
}

TEST_F(SimulateCommandTest, AnUnstableQueueIsNamedNotAveraged) {
  const auto document = nlohmann::json::parse(run(unstable_scenario, false));
  EXPECT_EQ(document.at("stable"), false);
  EXPECT_EQ(document.at("summary").at("mean_wait_days"), (nlohmann::json{{"grows_without_bound", true}}));
  const std::string csv = run(unstable_scenario, true);
  EXPECT_NE(csv.find("\nmean_wait_days,grows_without_bound,"), std::string::npos);
  EXPECT_NE(csv.find("\nstable,0,"), std::string::npos);
}

TEST_F(SimulateCommandTest, ThePlannerShowsTheFormulasPerRowAndNamesUnstableRows) {
  const std::string scenario =
      R"({"places": 15, "arrivals": {"rate_per_week": 2}, "stay": {"distribution": "exponential", "mean_days": 60},
          "plan": {"min_places": 16, "max_places": 19, "extra_places": 0}})";
  const auto plan = nlohmann::json::parse(run(scenario, false, true));
  const auto& curve = plan.at("curve");
  ASSERT_GE(curve.size(), 2u);
  EXPECT_EQ(curve[0].at("places"), 16);
  EXPECT_EQ(curve[0].at("stable"), false) << "17 places' worth of referrals";
  EXPECT_EQ(curve[0].at("mean_wait_days"), (nlohmann::json{{"grows_without_bound", true}}));
  EXPECT_EQ(curve[0].at("theory").at("erlang_c_share_waiting").at("failing_assumptions"),
            nlohmann::json::array({"load_below_places"}));
  const auto& stable_row = curve[curve.size() - 1];
  EXPECT_EQ(stable_row.at("stable"), true);
  EXPECT_TRUE(stable_row.at("theory").at("mmc_mean_wait_days").at("value").is_number());
  EXPECT_TRUE(stable_row.at("mean_wait_days").contains("mean"));
}

}  // namespace
}  // namespace afk::app
