// The capacity-simulation scenario as JSON (docs/simulation.md): strict
// parsing whose errors name the field, and the result documents. Shared by
// `afklaring simulate` and the /api/v1/simulations routes, so both accept the
// same scenarios and answer with the same JSON.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/result.hpp"
#include "sim/planner.hpp"
#include "sim/scenario.hpp"
#include "sim/simulation.hpp"

namespace afk::json {

struct ParsedScenario {
  sim::Scenario scenario;
  std::optional<sim::PlanRequest> plan;  // the "plan" section, when given
};

// Strict: an unknown field, a wrong type or a value out of range is
// bad_input with a Danish message naming the field (e.g. "stay.sd_days"); the
// scenario is also checked as a whole (sim::validation_problems).
Result<ParsedScenario> parse_scenario(const nlohmann::json& document);

// {replications, offered_load, events, wall_seconds, summary: {metric:
// {mean, sd, ci95_low, ci95_high}}}, with per_replication rows on request.
nlohmann::ordered_json simulation_result_json(const sim::SimulationResult& result, bool per_replication);

// {offered_load, target, smallest_places, smallest_places_confident, curve,
// events, wall_seconds}.
nlohmann::ordered_json plan_result_json(const sim::PlanResult& plan, const sim::PlanRequest& request);

// The summarised metrics of the plan curve, in output order (JSON and CSV).
const std::vector<std::pair<const char*, sim::Summary sim::PlanRow::*>>& plan_row_summaries();

}  // namespace afk::json
