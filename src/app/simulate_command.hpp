// `afklaring simulate scenario.json [--plan] [--csv]`: the capacity
// simulation and planner on the command line (see docs/simulation.md).
#pragma once

#include <CLI/CLI.hpp>
#include <iosfwd>
#include <string>

namespace afk::app {

struct SimulateOptions {
  std::string scenario_path;
  bool plan = false;             // run the planner (uses the scenario's "plan" section)
  bool csv = false;              // CSV instead of JSON
  bool per_replication = false;  // one row per replication instead of the summary
  unsigned threads = 0;          // 0 = all hardware threads
  int replications = 0;          // overrides the scenario when > 0
  bool progress = true;          // progress bar on stderr when it is a terminal
};

// Exit code 0 on success, 2 for an unreadable or invalid scenario (the
// message on `err` names the field).
int run_simulate(const SimulateOptions& options, std::ostream& out, std::ostream& err);

void register_simulate_command(CLI::App& app);

}  // namespace afk::app
