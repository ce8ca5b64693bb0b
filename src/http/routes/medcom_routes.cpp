// MedCom messages from the hospitals' adapter (service/medcom_service), for an
// integration's token only: the body is one HospitalNotification Bundle. And
// the administrator's side: the wards' SOR codes and the messages' overview.
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "json/aggregates.hpp"
#include "service/medcom_service.hpp"
#include "service/timestamps.hpp"

namespace afk::http {

namespace {
ApiResponse receive_hospital_notification(RequestContext& context) {
  return answer(service::receive_hospital_notification(context, context.body(),
                                                       context.services().settings.cpr_lookup_key),
                [](const service::ReceivedMessage& received) {
                  return json_answer({{"message_id", received.message_id},
                                      {"outcome", received.outcome},
                                      {"reason", received.reason},
                                      {"text", received.what_da}});
                });
}
ApiResponse set_sor_code(RequestContext& context) {
  AFK_TRY(ward_id, context.id_parameter("wardId"));
  AFK_TRY(version, context.expected_version());
  AFK_CHECK(require_object_body(context));
  const nlohmann::json& body = context.body();
  const auto code = body.find("sor_code");
  if (code == body.end() || !(code->is_string() || code->is_null()))
    return ApiResponse::error(make_error(ErrorKind::bad_input, "required",
                                         "Angiv SOR-koden (eller null for at fjerne den).", "sor_code"));
  const std::optional<std::string> sor_code =
      code->is_null() ? std::nullopt : std::optional<std::string>(code->get<std::string>());
  return answer(service::set_ward_sor_code(context, ward_id.value(), version.value(), sor_code),
                [](const service::SorCodeMapped& mapped) {
                  return versioned_answer(
                      {{"ward", json::to_json(mapped.ward)}, {"held_messages_applied", mapped.applied}},
                      mapped.ward.version);
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
    return json_answer({{"days", days}, {"held", held}});
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
              set_sor_code});
}

}  // namespace afk::http
