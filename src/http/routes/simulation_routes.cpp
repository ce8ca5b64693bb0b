// Capacity simulations over the API (docs/simulation.md): POST starts a run
// in the background and answers 202 with its id; GET reports progress and,
// when done, the same JSON as `afklaring simulate`. Scenarios hold no
// personal data, so nothing is audited and no organisational scope applies.
#include <string>

#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "http/simulation_jobs.hpp"
#include "json/scenario_json.hpp"
#include "service/simulation_service.hpp"

namespace afk::http {

namespace {

ApiResponse ordered_answer(const nlohmann::ordered_json& body, int status) {
  ApiResponse response;
  response.status = status;
  response.body = body.dump();
  return response;
}

std::string simulation_path(std::int64_t id) { return "/api/v1/simulations/" + std::to_string(id); }

// In the scenario reader's words: "Scenariet er ugyldigt: Feltet "x" <detail>."
Error scenario_error(const std::string& field, const std::string& detail_da) {
  return make_error(ErrorKind::bad_input, "invalid_scenario",
                    "Scenariet er ugyldigt: Feltet \"" + field + "\" " + detail_da + ".", field);
}

// `{"kind"|"distribution": "installation_history", "unit_id": N}` at `path`:
// the unit's id, or nothing when the section asks for something else.
Result<std::optional<std::int64_t>> history_unit(const nlohmann::json& body, const char* path,
                                                 const char* key) {
  const auto section = body.find(path);
  if (section == body.end() || !section->is_object()) return std::optional<std::int64_t>{};
  const auto kind = section->find(key);
  if (kind == section->end() || *kind != "installation_history") return std::optional<std::int64_t>{};
  const auto unit = section->find("unit_id");
  if (unit == section->end() || !unit->is_number_integer() || unit->get<std::int64_t>() < 1)
    return scenario_error(std::string(path) + ".unit_id", "skal være id'et på en enhed");
  for (const auto& item : section->items())
    if (item.key() != key && item.key() != "unit_id" && item.key() != "replay_period_days")
      return scenario_error(std::string(path) + "." + item.key(), "kendes ikke");
  return std::optional<std::int64_t>(unit->get<std::int64_t>());
}

// Replaces installation_history sections by the unit's own referrals (as a
// replay) and closed stays (as an empirical distribution), read through the
// simulation service.
Status replace_installation_history(RequestContext& context, nlohmann::json& body) {
  AFK_TRY(arrivals_unit, history_unit(body, "arrivals", "kind"));
  AFK_TRY(stay_unit, history_unit(body, "stay", "distribution"));
  for (const auto& [path, unit_id] :
       {std::pair{"arrivals", arrivals_unit.value()}, {"stay", stay_unit.value()}}) {
    if (!unit_id) continue;
    const std::string field = std::string(path) + ".unit_id";
    auto history = service::read_unit_history(context, *unit_id, field);
    if (!history)
      return history.error().kind == ErrorKind::not_found ? scenario_error(field, "peger ikke på en enhed")
                                                          : history.error();
    if (std::string(path) == "stay") {
      if (history->finished_stay_days.empty())
        return scenario_error(field, "peger på en enhed, der endnu ikke har afsluttede ophold");
      body["stay"] = {{"distribution", "empirical"}, {"values_days", history->finished_stay_days}};
    } else {
      nlohmann::json arrivals = nlohmann::json::array();
      for (const auto& arrival : history->arrivals) {
        nlohmann::json referral{{"date", arrival.accepted_on.iso()}};
        if (arrival.stay_days) referral["stay_days"] = *arrival.stay_days;
        arrivals.push_back(referral);
      }
      if (arrivals.empty())
        return scenario_error(field, "peger på en enhed, der endnu ikke har henvisninger");
      nlohmann::json replay{{"kind", "replay"}, {"history", arrivals}};
      if (body["arrivals"].contains("replay_period_days"))
        replay["replay_period_days"] = body["arrivals"]["replay_period_days"];
      body["arrivals"] = replay;
    }
  }
  return ok_status();
}

bool uses_installation_history(const nlohmann::json& body) {
  for (const auto& [path, key] : {std::pair{"arrivals", "kind"}, {"stay", "distribution"}}) {
    const auto section = body.find(path);
    if (section != body.end() && section->is_object() &&
        section->value(key, nlohmann::json()) == "installation_history")
      return true;
  }
  return false;
}

ApiResponse start_with_body(RequestContext& context, nlohmann::json body);

ApiResponse start_simulation(RequestContext& context) {
  AFK_CHECK(require_object_body(context));
  if (!uses_installation_history(context.body())) return start_with_body(context, context.body());
  nlohmann::json body = context.body();
  AFK_CHECK(replace_installation_history(context, body));
  return start_with_body(context, std::move(body));
}

ApiResponse start_with_body(RequestContext& context, nlohmann::json body) {
  double time_limit_seconds = 0.0;  // 0 = the server's limit
  if (const auto limit = body.find("time_limit_seconds"); limit != body.end()) {
    if (!limit->is_number() || !(limit->get<double>() > 0.0))
      return ApiResponse::error(make_error(ErrorKind::bad_input, "invalid_time_limit",
                                           "Tidsgrænsen skal være et antal sekunder over 0.",
                                           "time_limit_seconds"));
    time_limit_seconds = limit->get<double>();
    body.erase(limit);
  }
  auto read = json::parse_scenario(body);
  if (!read) {
    Error error = read.error();
    error.code = "invalid_scenario";
    error.message = "Scenariet er ugyldigt: " + error.message;
    return ApiResponse::error(error);
  }
  json::ParsedScenario parsed = std::move(read).value();

  SimulationJobs& jobs = *context.services().simulation_jobs;
  const auto id = jobs.start(std::move(parsed), time_limit_seconds);
  if (!id)
    return ApiResponse::error(make_error(ErrorKind::rule_violated, "too_many_simulations",
                                         "Der kører allerede " + std::to_string(jobs.limits().max_running) +
                                             " simuleringer. Vent, til en af dem er færdig, og prøv igen."));
  const auto status = jobs.status(*id);
  nlohmann::ordered_json answer{{"id", *id},
                                {"kind", status && status->plan ? "plan" : "simulation"},
                                {"state", "running"},
                                {"progress", 0.0},
                                {"time_limit_seconds", status ? status->time_limit_seconds : 0.0}};
  ApiResponse response = ordered_answer(answer, 202);
  response.headers.emplace_back("Location", simulation_path(*id));
  return response;
}

ApiResponse get_simulation(RequestContext& context) {
  AFK_TRY(id, context.id_parameter("simulationId"));
  const auto status = context.services().simulation_jobs->status(id.value());
  if (!status)
    return ApiResponse::error(make_error(ErrorKind::not_found, "simulation_not_found",
                                         "Simuleringen findes ikke. Gamle simuleringer glemmes, og alle "
                                         "glemmes, når serveren genstartes.",
                                         "simulationId"));
  nlohmann::ordered_json answer{
      {"id", status->id},
      {"kind", status->plan ? "plan" : "simulation"},
      {"state", to_string(status->state)},
      {"progress", status->progress},
      {"time_limit_seconds", status->time_limit_seconds},
      {"result", status->result ? *status->result : nlohmann::ordered_json(nullptr)},
      {"error",
       status->failure.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(status->failure)}};
  return ordered_answer(answer, 200);
}

}  // namespace

void register_simulation_routes(Router& router) {
  // The program normally supplies the registry with its configured limits.
  if (!router.services().simulation_jobs)
    router.services().simulation_jobs = std::make_shared<SimulationJobs>();
  router.add({"POST", "/api/v1/simulations", Access::logged_in, Action::plan_capacity, {}, start_simulation});
  router.add({"GET",
              "/api/v1/simulations/{simulationId}",
              Access::logged_in,
              Action::plan_capacity,
              {},
              get_simulation});
}

}  // namespace afk::http
