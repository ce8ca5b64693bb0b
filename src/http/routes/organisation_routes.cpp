// Municipalities, regions, wards, units with their places and settings, and
// cooperation agreements (service/unit_administration_service). Organisations
// are not personal data: every logged-in user may read them; unit leads
// change their own unit.
#include <functional>

#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "json/aggregates.hpp"
#include "json/payloads.hpp"
#include "json/unit_configuration_json.hpp"
#include "service/unit_administration_service.hpp"

namespace afk::http {

namespace {

template <class T>
Result<ApiResponse> versioned(const T& record, int status = 200) {
  return versioned_answer(json::to_json(record), record.version, status);
}

template <class T>
Handler list_all() {
  return [](RequestContext& context) -> ApiResponse {
    return answer(service::list_organisations<T>(context), [](const std::vector<T>& values) {
      nlohmann::json items = nlohmann::json::array();
      for (const auto& value : values) items.push_back(json::to_json(value));
      return json_answer({{"items", items}});
    });
  };
}

// Reads the unit's id, the version and the body, lets `prepare` parse the
// command into a change, and has the service apply it.
ApiResponse change_unit(RequestContext& context,
                        const std::function<Result<service::UnitChange>()>& prepare) {
  AFK_TRY(unit_id, context.id_parameter("unitId"));
  AFK_TRY(version, context.expected_version());
  AFK_CHECK(require_object_body(context));
  AFK_TRY(change, prepare());
  return answer(service::change_unit(context, unit_id.value(), version.value(), change.value()),
                [](const Unit& unit) { return versioned(unit); });
}

// A unit command whose body is the whole command.
template <class Command>
Handler unit_command(Result<Command> (*parse)(const nlohmann::json&),
                     Result<Unit> (*apply)(const Unit&, const Command&)) {
  return [parse, apply](RequestContext& context) -> ApiResponse {
    return change_unit(context, [&]() -> Result<service::UnitChange> {
      AFK_TRY(command, parse(context.body()));
      return service::UnitChange(
          [apply, command = command.value()](const Unit& unit, const service::OccupiedPlaces&) {
            return apply(unit, command);
          });
    });
  };
}

// A unit command on a record the path names (`parameter`), set into the command by `name_record`.
template <class Command>
Handler unit_record_command(const char* parameter, Result<Command> (*parse)(const nlohmann::json&),
                            void (*name_record)(Command&, std::int64_t),
                            Result<Unit> (*apply)(const Unit&, const Command&)) {
  return [=](RequestContext& context) -> ApiResponse {
    return change_unit(context, [&]() -> Result<service::UnitChange> {
      AFK_TRY(record_id, context.id_parameter(parameter));
      AFK_TRY(command, parse(context.body()));
      name_record(command.value(), record_id.value());
      return service::UnitChange(
          [apply, command = command.value()](const Unit& unit, const service::OccupiedPlaces&) {
            return apply(unit, command);
          });
    });
  };
}

ApiResponse configure_unit_route(RequestContext& context) {
  return change_unit(context, [&]() -> Result<service::UnitChange> {
    AFK_TRY(command, json::parse_configure_unit(context.body()));
    return service::UnitChange([command = command.value()](const Unit& unit, const service::OccupiedPlaces&) {
      return configure_unit(unit, command);
    });
  });
}

// The unit cannot know who lives where; the courses that occupy a place can.
ApiResponse retire_place_route(RequestContext& context) {
  return change_unit(context, [&]() -> Result<service::UnitChange> {
    AFK_TRY(place_id, context.id_parameter("placeId"));
    AFK_TRY(command, json::parse_retire_place(context.body()));
    command->place_id = place_id.value();
    return service::UnitChange(
        [command = command.value()](const Unit& unit, const service::OccupiedPlaces& occupied) {
          return retire_place(unit, command, occupied());
        });
  });
}

ApiResponse get_unit(RequestContext& context) {
  AFK_TRY(unit_id, context.id_parameter("unitId"));
  return answer(service::read_unit(context, unit_id.value()),
                [](const Unit& unit) { return versioned(unit); });
}

ApiResponse list_agreements(RequestContext& context) {
  AFK_TRY(unit_id, context.id_parameter("unitId"));
  return answer(service::agreements_of_unit(context, unit_id.value()),
                [&](const std::vector<CooperationAgreement>& agreements) {
                  nlohmann::json items = nlohmann::json::array();
                  for (const auto& agreement : agreements)
                    items.push_back(json::to_json(
                        json::AgreementView{agreement, is_active_on(agreement, context.today())}));
                  return json_answer({{"items", items}});
                });
}

ApiResponse create_agreement(RequestContext& context) {
  AFK_TRY(unit_id, context.id_parameter("unitId"));
  AFK_CHECK(require_object_body(context));
  nlohmann::json body = context.body();
  if (body.contains("unit_id") && body["unit_id"] != unit_id.value())
    return ApiResponse::error(make_error(ErrorKind::bad_input, "unit_mismatch",
                                         "Aftalen skal høre til tilbuddet i adressen.", "unit_id"));
  body["unit_id"] = unit_id.value();
  AFK_TRY(command, json::parse_create_cooperation_agreement(body));
  return answer(service::create_agreement(context, command.value()),
                [](const CooperationAgreement& agreement) { return versioned(agreement, 201); });
}

template <class Command>
Handler agreement_command(Result<Command> (*parse)(const nlohmann::json&),
                          Result<CooperationAgreement> (*apply)(const CooperationAgreement&,
                                                                const Command&)) {
  return [parse, apply](RequestContext& context) -> ApiResponse {
    AFK_TRY(agreement_id, context.id_parameter("agreementId"));
    AFK_TRY(version, context.expected_version());
    AFK_CHECK(require_object_body(context));
    AFK_TRY(command, parse(context.body()));
    const auto change = [&](const CooperationAgreement& agreement) {
      return apply(agreement, command.value());
    };
    return answer(service::change_agreement(context, agreement_id.value(), version.value(), change),
                  [](const CooperationAgreement& agreement) { return versioned(agreement); });
  };
}

void set_closure_id(EndPlaceClosure& command, std::int64_t id) { command.closure_id = id; }
void set_criterion_id(SetExclusionCriterionActive& command, std::int64_t id) { command.criterion_id = id; }
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
              unit_record_command<EndPlaceClosure>("closureId", json::parse_end_place_closure, set_closure_id,
                                                   end_place_closure)});
  router.add({"PUT",
              "/api/v1/units/{unitId}/exclusion-criteria/{criterionId}/active",
              Access::logged_in,
              Action::configure_unit,
              {ResourceKind::unit, "unitId"},
              unit_record_command<SetExclusionCriterionActive>(
                  "criterionId", json::parse_set_exclusion_criterion_active, set_criterion_id,
                  set_exclusion_criterion_active)});
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
