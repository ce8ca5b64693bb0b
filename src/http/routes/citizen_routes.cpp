// Citizens and their hospital admissions. A CPR number is looked up through
// a keyed hash, so the same person is not registered twice and the key
// column reveals nothing.
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "http/routes/scopes.hpp"
#include "json/aggregates.hpp"
#include "json/payloads.hpp"
#include "security/tokens.hpp"
#include "store/aggregates.hpp"

namespace afk::http {

namespace {
const std::set<Role> citizen_writers{Role::ward_staff, Role::unit_staff, Role::unit_lead, Role::authority};

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
    if (citizen->cpr) {
      const std::string key =
          security::keyed_hash(context.services().settings.cpr_lookup_key, citizen->cpr->digits);
      if (!sql.query("SELECT id FROM citizens WHERE cpr_key = ?", {key}).empty())
        return make_error(ErrorKind::illegal_state, "citizen_exists",
                          "Borgeren findes allerede. Søg borgeren frem i stedet for at oprette en ny.", "cpr");
      store::insert(sql, citizen.value());
      sql.execute("UPDATE citizens SET cpr_key = ? WHERE id = ?", {key, citizen->id});
    } else {
      store::insert(sql, citizen.value());
    }
    audit.record("create", citizen->id, "citizen", citizen->id);
    return versioned_answer(json::to_json(citizen.value()), citizen->version, 201);
  });
}

ApiResponse get_citizen(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    auto citizen_id = context.id_parameter("citizenId");
    if (!citizen_id) return citizen_id.error();
    auto citizen = store::load<Citizen>(sql, citizen_id.value());
    if (!citizen) return citizen.error();
    audit.record("read", citizen->id, "citizen", citizen->id);
    if (auto allowed = require_citizen_access(sql, context.principal(), citizen.value()); !allowed)
      return allowed.error();
    return versioned_answer(json::to_json(citizen.value()), citizen->version);
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
      if (auto allowed = require_citizen_access(sql, context.principal(), citizen.value()); !allowed)
        return allowed.error();
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
      return versioned_answer(json::to_json(changed.value()), changed->version);
    });
  };
}
}  // namespace

void register_citizen_routes(Router& router) {
  router.add({"POST", "/api/v1/citizens", Access::logged_in, citizen_writers, "any (creates)",
              register_citizen_route});
  router.add({"GET", "/api/v1/citizens/{citizenId}", Access::logged_in, citizen_writers,
              "ward or unit of a referral, or the citizen's municipality", get_citizen});
  router.add({"POST", "/api/v1/citizens/{citizenId}/admissions", Access::logged_in, citizen_writers,
              "ward or unit of a referral, or the citizen's municipality",
              admission_command<RecordAdmission>(json::parse_record_admission, record_admission,
                                                 "command:record-admission", false)});
  router.add({"POST", "/api/v1/citizens/{citizenId}/admissions/{admissionId}/ready-for-discharge",
              Access::logged_in, citizen_writers, "ward or unit of a referral, or the citizen's municipality",
              admission_command<SetAdmissionReadyForDischarge>(json::parse_set_admission_ready_for_discharge,
                                                               set_admission_ready_for_discharge,
                                                               "command:set-ready-for-discharge", true)});
  router.add({"POST", "/api/v1/citizens/{citizenId}/admissions/{admissionId}/discharge", Access::logged_in,
              citizen_writers, "ward or unit of a referral, or the citizen's municipality",
              admission_command<RecordDischarge>(json::parse_record_discharge, record_discharge,
                                                 "command:record-discharge", true)});
}

}  // namespace afk::http
