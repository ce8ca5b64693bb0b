// MedCom messages to and from the hospitals' adapter (service/medcom_service,
// service/correspondence_service), for an integration's token only: a
// HospitalNotification or CareCommunication Bundle in, the outbox of letters
// out. And the administrator's side: the SOR codes of wards and units and the
// messages' overview.
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "json/aggregates.hpp"
#include "service/correspondence_service.hpp"
#include "service/medcom_service.hpp"
#include "service/timestamps.hpp"

namespace afk::http {

namespace {
Result<ApiResponse> received_answer(const service::ReceivedMessage& received) {
  return json_answer({{"message_id", received.message_id},
                      {"outcome", received.outcome},
                      {"reason", received.reason},
                      {"text", received.what_da}});
}

ApiResponse receive_hospital_notification(RequestContext& context) {
  return answer(service::receive_hospital_notification(context, context.body(),
                                                       context.services().settings.cpr_lookup_key),
                received_answer);
}

ApiResponse receive_care_communication(RequestContext& context) {
  return answer(service::receive_care_communication(context, context.body(),
                                                    context.services().settings.cpr_lookup_key),
                received_answer);
}

// The outbox for the adapter: up to 20 waiting Bundles, oldest first.
ApiResponse outbox(RequestContext& context) {
  return answer(service::waiting_letters(context, 20), [](const std::vector<store::OutboxMessage>& waiting) {
    nlohmann::json messages = nlohmann::json::array();
    for (const auto& message : waiting)
      messages.push_back({{"message_id", message.message_id},
                          {"created_at", service::utc_timestamp(message.created_at)},
                          {"bundle", nlohmann::json::parse(message.bundle)}});
    return json_answer({{"messages", messages}});
  });
}

ApiResponse confirm_collected(RequestContext& context) {
  const std::string message_id = context.text_parameter("messageId");
  return answer(service::confirm_collected(context, message_id),
                [&](store::Collected collected) -> Result<ApiResponse> {
                  if (collected == store::Collected::unknown)
                    return make_error(ErrorKind::not_found, "not_found", "Beskeden findes ikke i udbakken.",
                                      "messageId");
                  return json_answer({{"message_id", message_id},
                                      {"collected_before", collected == store::Collected::before}});
                });
}

// {"sor_code": "…"} or {"sor_code": null}.
Result<std::optional<std::string>> sor_code_body(const RequestContext& context) {
  AFK_CHECK(require_object_body(context));
  const nlohmann::json& body = context.body();
  const auto code = body.find("sor_code");
  if (code == body.end() || !(code->is_string() || code->is_null()))
    return make_error(ErrorKind::bad_input, "required", "Angiv SOR-koden (eller null for at fjerne den).",
                      "sor_code");
  return code->is_null() ? std::nullopt : std::optional<std::string>(code->get<std::string>());
}

ApiResponse set_ward_sor_code(RequestContext& context) {
  AFK_TRY(ward_id, context.id_parameter("wardId"));
  AFK_TRY(version, context.expected_version());
  AFK_TRY(sor_code, sor_code_body(context));
  return answer(service::set_ward_sor_code(context, ward_id.value(), version.value(), sor_code.value()),
                [](const service::SorCodeMapped& mapped) {
                  return versioned_answer(
                      {{"ward", json::to_json(mapped.ward)}, {"held_messages_applied", mapped.applied}},
                      mapped.ward.version);
                });
}

ApiResponse set_unit_sor_code(RequestContext& context) {
  AFK_TRY(unit_id, context.id_parameter("unitId"));
  AFK_TRY(version, context.expected_version());
  AFK_TRY(sor_code, sor_code_body(context));
  return answer(service::set_unit_sor_code(context, unit_id.value(), version.value(), sor_code.value()),
                [](const service::UnitSorCodeMapped& mapped) {
                  return versioned_answer(
                      {{"unit", json::to_json(mapped.unit)}, {"held_messages_applied", mapped.applied}},
                      mapped.unit.version);
                });
}

ApiResponse overview(RequestContext& context) {
  return answer(service::medcom_overview(context), [](const service::MedcomOverview& overview) {
    nlohmann::json days = nlohmann::json::array();
    for (const auto& day : overview.days)
      days.push_back({{"day", day.day.iso()}, {"outcome", day.outcome}, {"count", day.count}});
    nlohmann::json held = nlohmann::json::array();
    for (const auto& message : overview.held)
      held.push_back({{"received_at", service::utc_timestamp(message.received_at)},
                      {"activity", message.activity},
                      {"reason", message.reason},
                      {"sor_code", message.sor_code}});
    nlohmann::json outbox = nlohmann::json::array();
    for (const auto& sent : overview.outbox)
      outbox.push_back(
          {{"message_id", sent.message_id},
           {"created_at", service::utc_timestamp(sent.created_at)},
           {"collected_at", sent.collected_at ? nlohmann::json(service::utc_timestamp(*sent.collected_at))
                                              : nlohmann::json(nullptr)},
           {"ward_name", sent.ward_name}});
    return json_answer({{"days", days}, {"held", held}, {"outbox", outbox}});
  });
}
}  // namespace

void register_medcom_routes(Router& router) {
  router.add({"POST",
              "/api/v1/interop/medcom/hospital-notifications",
              Access::integration,
              Action::receive_medcom,
              {},
              receive_hospital_notification});
  router.add({"GET",
              "/api/v1/interop/medcom/overview",
              Access::logged_in,
              Action::configure_integration,
              {},
              overview});
  router.add({"PUT",
              "/api/v1/wards/{wardId}/sor-code",
              Access::logged_in,
              Action::configure_integration,
              {},
              set_ward_sor_code});
  router.add({"PUT",
              "/api/v1/units/{unitId}/sor-code",
              Access::logged_in,
              Action::configure_integration,
              {},
              set_unit_sor_code});
  router.add({"POST",
              "/api/v1/interop/medcom/care-communications",
              Access::integration,
              Action::receive_medcom,
              {},
              receive_care_communication});
  router.add(
      {"GET", "/api/v1/interop/medcom/outbox", Access::integration, Action::receive_medcom, {}, outbox});
  router.add({"POST",
              "/api/v1/interop/medcom/outbox/{messageId}/collected",
              Access::integration,
              Action::receive_medcom,
              {},
              confirm_collected});
}

}  // namespace afk::http
