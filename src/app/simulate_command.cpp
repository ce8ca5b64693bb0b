#include "app/simulate_command.hpp"

#include <unistd.h>

#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "json/scenario_json.hpp"
#include "json/untrusted_json.hpp"
#include "sim/planner.hpp"
#include "sim/simulation.hpp"

namespace afk::app {
namespace {

void write_simulation(const sim::SimulationResult& result, const SimulateOptions& options,
                      std::ostream& out) {
  const auto& fields = sim::metric_fields();
  if (options.csv && options.per_replication) {
    out << "replication";
    for (const auto& field : fields) out << ',' << field.name;
    out << '\n';
    for (std::size_t i = 0; i < result.replications.size(); ++i) {
      out << i;
      for (const auto& field : fields) out << ',' << field.get(result.replications[i]);
      out << '\n';
    }
    return;
  }
  if (options.csv) {
    // The simulated figures, then the formulas beside them (empty where an
    // assumption fails; the JSON names which).
    out << "metric,mean,sd,ci95_low,ci95_high\n";
    for (const auto& metric : result.metrics) {
      const auto& s = metric.summary;
      if (sim::grows_without_bound(result.stable, metric.name)) {
        out << metric.name << ",grows_without_bound,,,\n";
        continue;
      }
      out << metric.name << ',' << s.mean << ',' << s.sd << ',' << s.ci_low << ',' << s.ci_high << '\n';
    }
    out << "stable," << (result.stable ? 1 : 0) << ",,,\n";
    out << "warmup_days," << result.warmup_days << ",,,\n";
    out << "theory_offered_load," << result.theory.offered_load << ",,,\n";
    for (const auto& [name, value] : {std::pair{"theory_erlang_b_lost_share", &result.theory.erlang_b},
                                      {"theory_erlang_c_share_waiting", &result.theory.erlang_c},
                                      {"theory_mmc_mean_wait_days", &result.theory.mmc_mean_wait_days},
                                      {"theory_occupancy", &result.theory.occupancy}}) {
      out << name << ',';
      if (value->value) out << *value->value;
      out << ",,,\n";
    }
    return;
  }
  out << json::simulation_result_json(result, options.per_replication).dump(2) << '\n';
}

void write_plan(const sim::PlanResult& plan, const sim::PlanRequest& request, const SimulateOptions& options,
                std::ostream& out) {
  if (!options.csv) {
    out << json::plan_result_json(plan, request).dump(2) << '\n';
    return;
  }
  const auto& summaries = json::plan_row_summaries();
  out << "places,stable";
  for (const auto& [name, member] : summaries)
    out << ',' << name << ',' << name << "_ci95_low," << name << "_ci95_high";
  out << ",tariff_per_place_day,faerdigbehandling_cost_per_year,meets_target,meets_target_with_"
         "confidence,theory_erlang_c_share_waiting,theory_mmc_mean_wait_days,theory_occupancy\n";
  for (const auto& row : plan.curve) {
    out << row.places << ',' << row.stable;
    for (const auto& [name, member] : summaries) {
      const auto& s = row.*member;
      if (sim::grows_without_bound(row.stable, name))
        out << ",grows_without_bound,,";
      else
        out << ',' << s.mean << ',' << s.ci_low << ',' << s.ci_high;
    }
    out << ',' << (row.tariff_per_place_day ? std::to_string(*row.tariff_per_place_day) : "") << ','
        << (row.faerdigbehandling_cost_per_year ? std::to_string(*row.faerdigbehandling_cost_per_year) : "")
        << ',' << row.meets_target << ',' << row.meets_target_with_confidence;
    for (const auto* value : {&row.theory.erlang_c, &row.theory.mmc_mean_wait_days, &row.theory.occupancy}) {
      out << ',';
      if (value->value) out << *value->value;
    }
    out << '\n';
  }
}

// A one-line bar redrawn in place; only when stderr is a terminal.
class ProgressBar {
 public:
  explicit ProgressBar(std::ostream& err) : err_(err) {}
  void operator()(std::size_t done, std::size_t total) {
    const int percent = total ? static_cast<int>(100 * done / total) : 100;
    if (percent == last_percent_) return;
    last_percent_ = percent;
    const int width = 40, filled = percent * width / 100;
    err_ << "\r[" << std::string(filled, '#') << std::string(width - filled, ' ') << "] " << percent << " %"
         << std::flush;
  }
  void finish() {
    if (last_percent_ >= 0) err_ << "\r" << std::string(50, ' ') << "\r" << std::flush;
  }

 private:
  std::ostream& err_;
  int last_percent_ = -1;
};

}  // namespace

int run_simulate(const SimulateOptions& options, std::ostream& out, std::ostream& err) {
  std::ifstream file(options.scenario_path);
  if (!file) {
    err << "afklaring simulate: " << options.scenario_path << ": kan ikke åbne scenariefilen\n";
    return 2;
  }
  const std::string text{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
  auto document = json::parse_untrusted(text, "scenario");
  auto read = document ? json::parse_scenario(document.value()) : Result<json::ParsedScenario>(document.error());
  if (!read) {
    err << "afklaring simulate: " << read.error().message << '\n';
    return 2;
  }
  json::ParsedScenario parsed = std::move(read).value();
  if (options.replications > 0) parsed.scenario.replications = options.replications;

  ProgressBar bar(err);
  sim::RunOptions run{options.threads, {}};
  if (options.progress && &err == &std::cerr && isatty(STDERR_FILENO)) {
    run.on_progress = [&bar](std::size_t done, std::size_t total) { bar(done, total); };
  }
  try {
    if (options.plan) {
      const sim::PlanRequest request = parsed.plan.value_or(sim::PlanRequest{});
      const sim::PlanResult plan = sim::plan_places(parsed.scenario, request, run);
      bar.finish();
      write_plan(plan, request, options, out);
    } else {
      const sim::SimulationResult result = sim::simulate(parsed.scenario, run);
      bar.finish();
      write_simulation(result, options, out);
    }
  } catch (const std::invalid_argument& error) {
    bar.finish();
    err << "afklaring simulate: " << error.what() << '\n';
    return 2;
  }
  return 0;
}

void register_simulate_command(CLI::App& app) {
  auto options = std::make_shared<SimulateOptions>();
  CLI::App* command = app.add_subcommand("simulate", "Capacity simulation: how many places for what wait");
  command->add_option("scenario", options->scenario_path, "Scenario JSON file (see docs/simulation.md)")
      ->required();
  command->add_flag("--plan", options->plan,
                    "Search the number of places (uses the scenario's \"plan\" section)");
  command->add_flag("--csv", options->csv, "Write CSV instead of JSON");
  command->add_flag("--per-replication", options->per_replication, "One row per replication");
  command->add_option("--threads", options->threads, "Worker threads (default: all cores)");
  command->add_option("--replications", options->replications, "Override the scenario's replications")
      ->check(CLI::PositiveNumber);
  command->add_flag("!--no-progress", options->progress, "No progress bar on stderr");
  command->callback([options] {
    const int code = run_simulate(*options, std::cout, std::cerr);
    if (code != 0) throw CLI::RuntimeError(code);
  });
}

}  // namespace afk::app
