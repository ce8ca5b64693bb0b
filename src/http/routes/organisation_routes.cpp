// Municipalities, regions, wards, units with their places and settings, and
// cooperation agreements. Organisations are not personal data: every
// logged-in user may read them; unit leads change their own unit.
#include "core/working_days.hpp"
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "json/aggregates.hpp"
#include "json/payloads.hpp"
#include "store/aggregates.hpp"

namespace afk::http {

namespace {
const std::set<Role> everyone{Role::ward_staff, Role::unit_staff,  Role::unit_lead, Role::authority,
                              Role::project_lead, Role::evaluator, Role::admin};
const std::set<Role> unit_managers{Role::unit_lead, Role::admin};

template <class T>
Handler list_all() {
  return [](RequestContext& context) {
    return run_query(context, [](store::SqlConnection& sql, AuditTrail&) -> Result<ApiResponse> {
      nlohmann::json items = nlohmann::json::array();
      for (const auto& value : store::select<T>(sql, "1 = 1")) items.push_back(json::to_json(value));
      return json_answer({{"items", items}});
    });
  };
}

// Unit leads manage their own unit; the administrator every unit.
Status require_unit_manager(const RequestContext& context, std::int64_t unit_id) {
  const Principal& principal = context.principal();
  if (principal.role == Role::admin) return ok_status();
  return context.require_access({unit_id, std::nullopt, std::nullopt});
}

// A unit command: load, check scope and version, apply, save.
template <class Command>
Handler unit_command(Result<Command> (*parse)(const nlohmann::json&),
                     Result<Unit> (*apply)(const Unit&, const Command&)) {
  return [parse, apply](RequestContext& context) {
    return run_command(context, [&](store::SqlConnection& sql, AuditTrail&) -> Result<ApiResponse> {
      auto unit_id = context.id_parameter("unitId");
      if (!unit_id) return unit_id.error();
      if (auto allowed = require_unit_manager(context, unit_id.value()); !allowed) return allowed.error();
      auto version = context.expected_version();
      if (!version) return version.error();
      if (auto object = require_object_body(context); !object) return object.error();
      auto command = parse(context.body());
      if (!command) return command.error();
      auto unit = store::load<Unit>(sql, unit_id.value());
      if (!unit) return unit.error();
      auto changed = apply(unit.value(), command.value());
      if (!changed) return changed.error();
      if (auto saved = store::update(sql, changed.value(), version.value()); !saved) return saved.error();
      return versioned_answer(json::to_json(changed.value()), changed->version);
    });
  };
}

ApiResponse get_unit(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail&) -> Result<ApiResponse> {
    auto unit_id = context.id_parameter("unitId");
    if (!unit_id) return unit_id.error();
    auto unit = store::load<Unit>(sql, unit_id.value());
    if (!unit) return unit.error();
    return versioned_answer(json::to_json(unit.value()), unit->version);
  });
}

ApiResponse list_agreements(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail&) -> Result<ApiResponse> {
    auto unit_id = context.id_parameter("unitId");
    if (!unit_id) return unit_id.error();
    nlohmann::json items = nlohmann::json::array();
    const Date today = context.services().clock.today();
    for (const auto& agreement : store::select<CooperationAgreement>(sql, "unit_id = ?", {unit_id.value()})) {
      auto item = json::to_json(agreement);
      item["active_today"] = is_active_on(agreement, today);
      items.push_back(item);
    }
    return json_answer({{"items", items}});
  });
}

ApiResponse create_agreement(RequestContext& context) {
  return run_command(context, [&](store::SqlConnection& sql, AuditTrail&) -> Result<ApiResponse> {
    auto unit_id = context.id_parameter("unitId");
    if (!unit_id) return unit_id.error();
    if (auto allowed = require_unit_manager(context, unit_id.value()); !allowed) return allowed.error();
    if (auto object = require_object_body(context); !object) return object.error();
    nlohmann::json body = context.body();
    if (body.contains("unit_id") && body["unit_id"] != unit_id.value())
      return make_error(ErrorKind::bad_input, "unit_mismatch", "Aftalen skal høre til tilbuddet i adressen.",
                        "unit_id");
    body["unit_id"] = unit_id.value();
    auto command = json::parse_create_cooperation_agreement(body);
    if (!command) return command.error();
    if (!store::load<Region>(sql, command->region_id))
      return make_error(ErrorKind::bad_input, "unknown_region", "Regionen findes ikke.", "region_id");
    auto agreement = create_cooperation_agreement(command.value());
    if (!agreement) return agreement.error();
    store::insert(sql, agreement.value());
    return versioned_answer(json::to_json(agreement.value()), agreement->version, 201);
  });
}

template <class Command>
Handler agreement_command(Result<Command> (*parse)(const nlohmann::json&),
                          Result<CooperationAgreement> (*apply)(const CooperationAgreement&, const Command&)) {
  return [parse, apply](RequestContext& context) {
    return run_command(context, [&](store::SqlConnection& sql, AuditTrail&) -> Result<ApiResponse> {
      auto agreement_id = context.id_parameter("agreementId");
      if (!agreement_id) return agreement_id.error();
      auto agreement = store::load<CooperationAgreement>(sql, agreement_id.value());
      if (!agreement) return agreement.error();
      if (auto allowed = require_unit_manager(context, agreement->unit_id); !allowed) return allowed.error();
      auto version = context.expected_version();
      if (!version) return version.error();
      if (auto object = require_object_body(context); !object) return object.error();
      auto command = parse(context.body());
      if (!command) return command.error();
      auto changed = apply(agreement.value(), command.value());
      if (!changed) return changed.error();
      if (auto saved = store::update(sql, changed.value(), version.value()); !saved) return saved.error();
      return versioned_answer(json::to_json(changed.value()), changed->version);
    });
  };
}
}  // namespace

void register_organisation_routes(Router& router) {
  router.add({"GET", "/api/v1/municipalities", Access::logged_in, everyone, "all", list_all<Municipality>()});
  router.add({"GET", "/api/v1/regions", Access::logged_in, everyone, "all", list_all<Region>()});
  router.add({"GET", "/api/v1/wards", Access::logged_in, everyone, "all", list_all<Ward>()});
  router.add({"GET", "/api/v1/units", Access::logged_in, everyone, "all", list_all<Unit>()});
  router.add({"GET", "/api/v1/units/{unitId}", Access::logged_in, everyone, "all", get_unit});
  router.add({"POST", "/api/v1/units/{unitId}/places", Access::logged_in, unit_managers, "own unit",
              unit_command<AddPlace>(json::parse_add_place, add_place)});
  router.add({"POST", "/api/v1/units/{unitId}/place-closures", Access::logged_in, unit_managers, "own unit",
              unit_command<ClosePlace>(json::parse_close_place, close_place)});
  router.add({"POST", "/api/v1/units/{unitId}/exclusion-criteria", Access::logged_in, unit_managers, "own unit",
              unit_command<AddExclusionCriterion>(json::parse_add_exclusion_criterion, add_exclusion_criterion)});
  router.add({"GET", "/api/v1/units/{unitId}/agreements", Access::logged_in, everyone, "all", list_agreements});
  router.add({"POST", "/api/v1/units/{unitId}/agreements", Access::logged_in, unit_managers, "own unit",
              create_agreement});
  router.add({"POST", "/api/v1/agreements/{agreementId}/points", Access::logged_in, unit_managers,
              "unit of the agreement",
              agreement_command<CheckAgreementPoint>(json::parse_check_agreement_point, check_agreement_point)});
  router.add({"POST", "/api/v1/agreements/{agreementId}/period", Access::logged_in, unit_managers,
              "unit of the agreement",
              agreement_command<SetAgreementPeriod>(json::parse_set_agreement_period, set_agreement_period)});
}

}  // namespace afk::http
