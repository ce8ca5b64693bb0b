// MedCom messages from the hospitals' adapter (service/medcom_service), for an
// integration's token only: the body is one HospitalNotification Bundle.
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "service/medcom_service.hpp"

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
}  // namespace

void register_medcom_routes(Router& router) {
  router.add({"POST",
              "/api/v1/interop/medcom/hospital-notifications",
              Access::integration,
              Action::receive_medcom,
              {},
              receive_hospital_notification});
}

}  // namespace afk::http
