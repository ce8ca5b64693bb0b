// Municipalities, regions, wards, units with their places and settings, and
// cooperation agreements. Organisations are not personal data: every
// logged-in user may read them; unit leads change their own unit.
#include <functional>

#include "core/working_days.hpp"
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "json/aggregates.hpp"
#include "json/payloads.hpp"
#include "json/unit_configuration_json.hpp"
#include "store/aggregates.hpp"
#include "store/agreement_queries.hpp"

namespace afk::http {

namespace {

template <class T>
Handler list_all() {
  return [](RequestContext& context) {
    return run_query(context, [](store::SqlConnection& sql, AuditTrail&) -> Result<ApiResponse> {
      nlohmann::json items = nlohmann::json::array();
      for (const auto& value : store::select_all<T>(sql)) items.push_back(json::to_json(value));
      return json_answer({{"items", items}});
    });
  };
}

// A unit command: load, check scope and version, apply, save.
template <class Command>
Handler unit_command(Result<Command> (*parse)(const nlohmann::json&),
                     Result<Unit> (*apply)(const Unit&, const Command&)) {
  return [parse, apply](RequestContext& context) {
    return run_command(context, [&](store::SqlConnection& sql, AuditTrail&) -> Result<ApiResponse> {
      auto unit_id = context.id_parameter("unitId");
      if (!unit_id) return unit_id.error();
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

// Loads, checks scope and version, lets `change` build the new unit from the
// stored one, saves it. The configuration commands below share it.
using UnitChange = std::function<Result<Unit>(store::SqlConnection&, const Unit&)>;
ApiResponse change_unit(RequestContext& context, const std::function<Result<UnitChange>()>& prepare) {
  return run_command(context, [&](store::SqlConnection& sql, AuditTrail&) -> Result<ApiResponse> {
    auto unit_id = context.id_parameter("unitId");
    if (!unit_id) return unit_id.error();
    auto version = context.expected_version();
    if (!version) return version.error();
    if (auto object = require_object_body(context); !object) return object.error();
    auto change = prepare();
    if (!change) return change.error();
    auto unit = store::load<Unit>(sql, unit_id.value());
    if (!unit) return unit.error();
    auto changed = change.value()(sql, unit.value());
    if (!changed) return changed.error();
    if (auto saved = store::update(sql, changed.value(), version.value()); !saved) return saved.error();
    return versioned_answer(json::to_json(changed.value()), changed->version);
  });
}

ApiResponse configure_unit_route(RequestContext& context) {
  return change_unit(context, [&]() -> Result<UnitChange> {
    auto command = json::parse_configure_unit(context.body());
    if (!command) return command.error();
    return UnitChange([command = command.value()](store::SqlConnection&, const Unit& unit) {
      return configure_unit(unit, command);
    });
  });
}

// The unit cannot know who lives where; the courses that occupy a place can.
ApiResponse retire_place_route(RequestContext& context) {
  return change_unit(context, [&]() -> Result<UnitChange> {
    auto place_id = context.id_parameter("placeId");
    if (!place_id) return place_id.error();
    auto command = json::parse_retire_place(context.body());
    if (!command) return command.error();
    command->place_id = place_id.value();
    return UnitChange([command = command.value()](store::SqlConnection& sql, const Unit& unit) {
      return retire_place(unit, command, store::occupied_place_ids(sql, unit.id, 0));
    });
  });
}

ApiResponse end_place_closure_route(RequestContext& context) {
  return change_unit(context, [&]() -> Result<UnitChange> {
    auto closure_id = context.id_parameter("closureId");
    if (!closure_id) return closure_id.error();
    auto command = json::parse_end_place_closure(context.body());
    if (!command) return command.error();
    command->closure_id = closure_id.value();
    return UnitChange([command = command.value()](store::SqlConnection&, const Unit& unit) {
      return end_place_closure(unit, command);
    });
  });
}

ApiResponse set_exclusion_criterion_active_route(RequestContext& context) {
  return change_unit(context, [&]() -> Result<UnitChange> {
    auto criterion_id = context.id_parameter("criterionId");
    if (!criterion_id) return criterion_id.error();
    auto command = json::parse_set_exclusion_criterion_active(context.body());
    if (!command) return command.error();
    command->criterion_id = criterion_id.value();
    return UnitChange([command = command.value()](store::SqlConnection&, const Unit& unit) {
      return set_exclusion_criterion_active(unit, command);
    });
  });
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
    for (const auto& agreement : store::agreements_of_unit(sql, unit_id.value())) {
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
                          Result<CooperationAgreement> (*apply)(const CooperationAgreement&,
                                                                const Command&)) {
  return [parse, apply](RequestContext& context) {
    return run_command(context, [&](store::SqlConnection& sql, AuditTrail&) -> Result<ApiResponse> {
      auto agreement_id = context.id_parameter("agreementId");
      if (!agreement_id) return agreement_id.error();
      auto agreement = store::load<CooperationAgreement>(sql, agreement_id.value());
      if (!agreement) return agreement.error();
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
  router.add({"GET",
              "/api/v1/municipalities",
              Access::logged_in,
              Action::read_catalogue,
              {},
              list_all<Municipality>()});
  router.add({"GET", "/api/v1/regions", Access::logged_in, Action::read_catalogue, {}, list_all<Region>()});
  router.add({"GET", "/api/v1/wards", Access::logged_in, Action::read_catalogue, {}, list_all<Ward>()});
  router.add({"GET", "/api/v1/units", Access::logged_in, Action::read_catalogue, {}, list_all<Unit>()});
  router.add({"GET", "/api/v1/units/{unitId}", Access::logged_in, Action::read_catalogue, {}, get_unit});
  router.add({"POST",
              "/api/v1/units/{unitId}/places",
              Access::logged_in,
              Action::configure_unit,
              {ResourceKind::unit, "unitId"},
              unit_command<AddPlace>(json::parse_add_place, add_place)});
  router.add({"POST",
              "/api/v1/units/{unitId}/place-closures",
              Access::logged_in,
              Action::configure_unit,
              {ResourceKind::unit, "unitId"},
              unit_command<ClosePlace>(json::parse_close_place, close_place)});
  router.add(
      {"POST",
       "/api/v1/units/{unitId}/exclusion-criteria",
       Access::logged_in,
       Action::configure_unit,
       {ResourceKind::unit, "unitId"},
       unit_command<AddExclusionCriterion>(json::parse_add_exclusion_criterion, add_exclusion_criterion)});
  router.add({"PUT",
              "/api/v1/units/{unitId}/configuration",
              Access::logged_in,
              Action::configure_unit,
              {ResourceKind::unit, "unitId"},
              configure_unit_route});
  router.add({"POST",
              "/api/v1/units/{unitId}/places/{placeId}/retire",
              Access::logged_in,
              Action::configure_unit,
              {ResourceKind::unit, "unitId"},
              retire_place_route});
  router.add({"POST",
              "/api/v1/units/{unitId}/place-closures/{closureId}/end",
              Access::logged_in,
              Action::configure_unit,
              {ResourceKind::unit, "unitId"},
              end_place_closure_route});
  router.add({"PUT",
              "/api/v1/units/{unitId}/exclusion-criteria/{criterionId}/active",
              Access::logged_in,
              Action::configure_unit,
              {ResourceKind::unit, "unitId"},
              set_exclusion_criterion_active_route});
  router.add({"GET",
              "/api/v1/units/{unitId}/agreements",
              Access::logged_in,
              Action::read_catalogue,
              {},
              list_agreements});
  router.add({"POST",
              "/api/v1/units/{unitId}/agreements",
              Access::logged_in,
              Action::configure_unit,
              {ResourceKind::unit, "unitId"},
              create_agreement});
  router.add(
      {"POST",
       "/api/v1/agreements/{agreementId}/points",
       Access::logged_in,
       Action::configure_unit,
       {ResourceKind::agreement, "agreementId"},
       agreement_command<CheckAgreementPoint>(json::parse_check_agreement_point, check_agreement_point)});
  router.add({"POST",
              "/api/v1/agreements/{agreementId}/period",
              Access::logged_in,
              Action::configure_unit,
              {ResourceKind::agreement, "agreementId"},
              agreement_command<SetAgreementPeriod>(json::parse_set_agreement_period, set_agreement_period)});
}

}  // namespace afk::http
