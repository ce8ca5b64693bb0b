// Citizens and their hospital admissions (service/citizen_service).
// Registration is no oracle: a known CPR answers exactly like a new one —
// with what the caller sent — and links the caller's organisation to the
// citizen, as registering would.
#include "core/access_policy.hpp"
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "json/aggregates.hpp"
#include "json/payloads.hpp"
#include "service/citizen_service.hpp"

namespace afk::http {

namespace {
// The answer to a registration: the id and what the caller sent, never more.
nlohmann::json registration_answer(std::int64_t id, const Citizen& sent) {
  return {{"id", id},
          {"name", sent.name},
          {"cpr", sent.cpr ? nlohmann::json(sent.cpr->digits) : nlohmann::json()},
          {"birth_date", sent.birth_date.iso()},
          {"home_municipality_id", sent.home_municipality_id}};
}

ApiResponse register_citizen_route(RequestContext& context) {
  AFK_CHECK(require_object_body(context));
  AFK_TRY(command, json::parse_register_citizen(context.body()));
  return answer(
      service::register_citizen(context, command.value(), context.services().settings.cpr_lookup_key),
      [&](const service::CitizenRegistration& registration) {
        return json_answer(registration_answer(registration.id, registration.sent), 201);
      });
}

// GET /citizens?q=: a CPR number or the beginning of the name's words. The
// query is neither logged nor audited; the citizens shown are.
ApiResponse search_citizens_route(RequestContext& context) {
  const std::string query = context.query("q").value_or("");
  return answer(service::search_citizens(context, query, context.services().settings.cpr_lookup_key),
                [](const CitizenSearchResult& result) { return json_answer(json::to_json(result)); });
}

// The citizen (as the service redacted it) with what the caller may do with the admissions.
nlohmann::json citizen_view(const Citizen& citizen, Role role) {
  json::CitizenView view;
  view.citizen = citizen;
  for (const HospitalAdmission& admission : citizen.admissions)
    view.admissions.push_back({admission, admission_commands_for(admission, role)});
  view.legal_commands = citizen_commands_for(role);
  return json::to_json(view);
}

ApiResponse get_citizen(RequestContext& context) {
  AFK_TRY(citizen_id, context.id_parameter("citizenId"));
  return answer(service::read_citizen(context, citizen_id.value()), [&](const Citizen& citizen) {
    return versioned_answer(citizen_view(citizen, context.caller().role), citizen.version);
  });
}

// An admission command on the citizen aggregate, version-checked.
template <class Command>
Handler admission_command(Result<Command> (*parse)(const nlohmann::json&),
                          Result<Citizen> (*apply)(const Citizen&, const Command&, Date), const char* action,
                          bool takes_admission_id) {
  return [=](RequestContext& context) -> ApiResponse {
    AFK_TRY(citizen_id, context.id_parameter("citizenId"));
    AFK_TRY(version, context.expected_version());
    AFK_CHECK(require_object_body(context));
    nlohmann::json body = context.body();
    if (takes_admission_id) {
      AFK_TRY(admission_id, context.id_parameter("admissionId"));
      body["admission_id"] = admission_id.value();
    }
    AFK_TRY(command, parse(body));
    const auto change = [&](const Citizen& citizen, Date today) {
      return apply(citizen, command.value(), today);
    };
    return answer(service::change_citizen(context, citizen_id.value(), version.value(), action, change),
                  [&](const Citizen& changed) {
                    return versioned_answer(citizen_view(changed, context.caller().role), changed.version);
                  });
  };
}
}  // namespace

void register_citizen_routes(Router& router) {
  router.add(
      {"POST", "/api/v1/citizens", Access::logged_in, Action::register_citizen, {}, register_citizen_route});
  router.add(
      {"GET", "/api/v1/citizens", Access::logged_in, Action::search_citizens, {}, search_citizens_route});
  router.add({"GET",
              "/api/v1/citizens/{citizenId}",
              Access::logged_in,
              Action::read_citizen,
              {ResourceKind::citizen, "citizenId"},
              get_citizen});
  router.add({"POST",
              "/api/v1/citizens/{citizenId}/admissions",
              Access::logged_in,
              Action::record_admission,
              {ResourceKind::citizen, "citizenId"},
              admission_command<RecordAdmission>(json::parse_record_admission, record_admission,
                                                 "command:record-admission", false)});
  router.add({"POST",
              "/api/v1/citizens/{citizenId}/admissions/{admissionId}/ready-for-discharge",
              Access::logged_in,
              Action::record_admission,
              {ResourceKind::citizen, "citizenId"},
              admission_command<SetAdmissionReadyForDischarge>(json::parse_set_admission_ready_for_discharge,
                                                               set_admission_ready_for_discharge,
                                                               "command:set-ready-for-discharge", true)});
  router.add({"POST",
              "/api/v1/citizens/{citizenId}/admissions/{admissionId}/discharge",
              Access::logged_in,
              Action::record_admission,
              {ResourceKind::citizen, "citizenId"},
              admission_command<RecordDischarge>(json::parse_record_discharge, record_discharge,
                                                 "command:record-discharge", true)});
}

}  // namespace afk::http
