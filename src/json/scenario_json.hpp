// The capacity-simulation scenario as JSON (docs/simulation.md): strict
// parsing whose errors name the field, and the result documents. Shared by
// `afklaring simulate` and the /api/v1/simulations routes, so both accept the
// same scenarios and answer with the same JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>

#include "sim/planner.hpp"
#include "sim/scenario.hpp"
#include "sim/simulation.hpp"

namespace afk::json {

// A bad scenario: the JSON path of the field and what is wrong with it.
// what() is "<field>: <detail>".
class ScenarioError : public std::runtime_error {
 public:
  ScenarioError(std::string field, std::string detail)
      : std::runtime_error(field.empty() ? detail : field + ": " + detail),
        field_(std::move(field)),
        detail_(std::move(detail)) {}
  const std::string& field() const { return field_; }
  const std::string& detail() const { return detail_; }

 private:
  std::string field_;
  std::string detail_;
};

struct ParsedScenario {
  sim::Scenario scenario;
  std::optional<sim::PlanRequest> plan;  // the "plan" section, when given
};

// Strict: unknown fields, wrong types and out-of-range values throw
// ScenarioError naming the field (e.g. "stay.sd_days"); the scenario is
// also checked as a whole (sim::validation_problems).
ParsedScenario parse_scenario(const nlohmann::json& document);

// {replications, offered_load, events, wall_seconds, summary: {metric:
// {mean, sd, ci95_low, ci95_high}}}, with per_replication rows on request.
nlohmann::ordered_json simulation_result_json(const sim::SimulationResult& result, bool per_replication);

// {offered_load, target, smallest_places, smallest_places_confident, curve,
// events, wall_seconds}.
nlohmann::ordered_json plan_result_json(const sim::PlanResult& plan, const sim::PlanRequest& request);

// The summarised metrics of the plan curve, in output order (JSON and CSV).
const std::vector<std::pair<const char*, sim::Summary sim::PlanRow::*>>& plan_row_summaries();

}  // namespace afk::json
