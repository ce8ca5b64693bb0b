// Citizens and their hospital admissions. A CPR number is looked up through
// a keyed hash, so the same person is not registered twice and the key
// column reveals nothing. Registration is no oracle: a known CPR answers
// exactly like a new one — with what the caller sent — and links the
// caller's organisation to the citizen, as registering would.
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "json/aggregates.hpp"
#include "json/payloads.hpp"
#include "security/tokens.hpp"
#include "store/access_facts.hpp"
#include "store/aggregates.hpp"
#include "store/citizen_registry.hpp"

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

// What the caller sees of a citizen: ward staff only the admissions at their ward.
nlohmann::json citizen_view(const Citizen& citizen, const Caller& caller) {
  Citizen visible = citizen;
  std::erase_if(visible.admissions, [&](const HospitalAdmission& admission) {
    return !sees_admission(caller, admission.ward_id);
  });
  return json::to_json(visible);
}

ApiResponse register_citizen_route(RequestContext& context) {
  return run_command(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    if (auto object = require_object_body(context); !object) return object.error();
    auto command = json::parse_register_citizen(context.body());
    if (!command) return command.error();
    if (!store::load<Municipality>(sql, command->home_municipality_id))
      return make_error(ErrorKind::bad_input, "unknown_municipality", "Kommunen findes ikke.",
                        "home_municipality_id");
    auto citizen = register_citizen(command.value(), context.services().clock.today());
    if (!citizen) return citizen.error();
    std::optional<std::int64_t> known_id;
    std::string key;
    if (citizen->cpr) {
      key = security::keyed_hash(context.services().settings.cpr_lookup_key, citizen->cpr->digits);
      known_id = store::citizen_with_cpr_key(sql, key);
    }
    if (!known_id) store::insert_citizen(sql, citizen.value(), key);
    const std::int64_t id = known_id ? *known_id : citizen->id;
    const Principal& principal = context.principal();
    if (principal.organisation_id)
      store::link_citizen(sql, id, principal.organisation_kind, *principal.organisation_id,
                          utc_timestamp(context.services().clock.now_seconds()));
    audit.record(known_id ? "link" : "create", id, "citizen", id);
    return json_answer(registration_answer(id, citizen.value()), 201);
  });
}

ApiResponse get_citizen(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    auto citizen_id = context.id_parameter("citizenId");
    if (!citizen_id) return citizen_id.error();
    auto citizen = store::load<Citizen>(sql, citizen_id.value());
    if (!citizen) return citizen.error();
    audit.record("read", citizen->id, "citizen", citizen->id);
    return versioned_answer(citizen_view(citizen.value(), context.caller()), citizen->version);
  });
}

// An admission command on the citizen aggregate, version-checked.
template <class Command>
Handler admission_command(Result<Command> (*parse)(const nlohmann::json&),
                          Result<Citizen> (*apply)(const Citizen&, const Command&, Date), const char* action,
                          bool takes_admission_id) {
  return [=](RequestContext& context) {
    return run_command(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
      auto citizen_id = context.id_parameter("citizenId");
      if (!citizen_id) return citizen_id.error();
      auto citizen = store::load<Citizen>(sql, citizen_id.value());
      if (!citizen) return citizen.error();
      audit.record(action, citizen->id, "citizen", citizen->id);
      auto version = context.expected_version();
      if (!version) return version.error();
      if (auto object = require_object_body(context); !object) return object.error();
      nlohmann::json body = context.body();
      if (takes_admission_id) {
        auto admission_id = context.id_parameter("admissionId");
        if (!admission_id) return admission_id.error();
        body["admission_id"] = admission_id.value();
      }
      auto command = parse(body);
      if (!command) return command.error();
      auto changed = apply(citizen.value(), command.value(), context.services().clock.today());
      if (!changed) return changed.error();
      if (auto saved = store::update(sql, changed.value(), version.value()); !saved) return saved.error();
      return versioned_answer(citizen_view(changed.value(), context.caller()), changed->version);
    });
  };
}
}  // namespace

void register_citizen_routes(Router& router) {
  router.add(
      {"POST", "/api/v1/citizens", Access::logged_in, Action::register_citizen, {}, register_citizen_route});
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
