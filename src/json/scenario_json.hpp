// The capacity-simulation scenario as JSON (docs/simulation.md): strict
// parsing whose errors name the field, and the result documents. Shared by
// `afklaring simulate` and the /api/v1/simulations routes, so both accept the
// same scenarios and answer with the same JSON.
#pragma once

#include <array>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/enum_codes.hpp"
#include "core/result.hpp"
#include "sim/planner.hpp"
#include "sim/queueing_theory.hpp"
#include "sim/scenario.hpp"
#include "sim/simulation.hpp"

// A formula's assumption as the result names it, and as the capacity page explains why the formula
// is left out ("…, fordi <label>").
template <>
struct afk::EnumCodes<afk::sim::Assumption> {
  static constexpr std::array<EnumText<sim::Assumption>, 5> table{{
      {sim::Assumption::poisson_arrivals, "poisson_arrivals",
       "henvisningerne kommer ikke jævnt tilfældigt (ugemønster, udvikling eller egne data)"},
      {sim::Assumption::nobody_waits, "nobody_waits", "borgerne kan vente på en plads"},
      {sim::Assumption::everyone_waits, "everyone_waits",
       "der er en grænse for, hvor længe en borger venter"},
      {sim::Assumption::exponential_holds, "exponential_holds",
       "opholdene følger ikke en eksponentialfordeling (eller der er genindlæggelser eller venten ved "
       "udflytning)"},
      {sim::Assumption::load_below_places, "load_below_places",
       "der kommer flere, end pladserne kan tage imod"},
  }};
};

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
