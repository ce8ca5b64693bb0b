// The caller's notifications (service/notification_service): the list the
// top bar's badge counts, from the caller's own organisation.
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "service/notification_service.hpp"

namespace afk::http {

namespace {
ApiResponse get_notifications(RequestContext& context) {
  return answer(
      service::read_notifications(context), [](const std::vector<service::ShownNotification>& shown) {
        nlohmann::json items = nlohmann::json::array();
        for (const auto& [notification, citizen_name] : shown)
          items.push_back(
              {{"kind", to_code(notification.kind)},
               {"title", label_da(notification.kind)},
               {"date", notification.date.iso()},
               {"text", notification.what_da},
               {"citizen_name", citizen_name ? nlohmann::json(*citizen_name) : nullptr},
               {"referral_id",
                notification.referral_id ? nlohmann::json(*notification.referral_id) : nullptr},
               {"course_id", notification.course_id ? nlohmann::json(*notification.course_id) : nullptr}});
        return json_answer({{"items", items}});
      });
}
}  // namespace

void register_notification_routes(Router& router) {
  router.add(
      {"GET", "/api/v1/notifications", Access::logged_in, Action::read_notifications, {}, get_notifications});
}

}  // namespace afk::http
