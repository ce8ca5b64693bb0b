// Users and the audit log, for the administrator. The audit log names
// citizens by id only.
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "http/user_accounts.hpp"
#include "service/audit_log_service.hpp"

namespace afk::http {

namespace {
// Reads the payload with `parse`, then hands it to `act` with the user id of the path.
template <class Parse, class Act>
ApiResponse with_user_payload(RequestContext& context, Parse parse, Act act) {
  AFK_TRY(user_id, context.id_parameter("userId"));
  AFK_TRY(payload, parse(context.body()));
  return act(context, user_id.value(), payload.value());
}

ApiResponse create_user_route(RequestContext& context) {
  AFK_TRY(user, json::parse_new_user(context.body()));
  return create_user(context, user.value());
}

ApiResponse activation_route(RequestContext& context, bool active) {
  AFK_TRY(user_id, context.id_parameter("userId"));
  return set_user_active(context, user_id.value(), active);
}

ApiResponse lift_lock_route(RequestContext& context) {
  AFK_TRY(lift, json::parse_login_lock_lift(context.body()));
  return lift_login_lock(context, lift.value());
}

ApiResponse audit_route(RequestContext& context) {
  std::optional<std::int64_t> citizen_id;
  if (auto citizen = context.query("citizen_id")) {
    try {
      citizen_id = std::stoll(*citizen);
    } catch (...) {
      return ApiResponse::error(
          make_error(ErrorKind::bad_input, "invalid_id", "Ugyldigt borger-id.", "citizen_id"));
    }
  }
  return answer(service::audit_log(context, citizen_id), [&](const std::vector<store::AuditEntry>& entries) {
    nlohmann::json items = nlohmann::json::array();
    // One item per citizen an entry touched (as the API always answered).
    for (const auto& entry : entries) {
      std::vector<store::AuditSubject> subjects = entry.subjects;
      if (subjects.empty()) subjects.push_back({0, entry.entity_id});
      for (const store::AuditSubject& subject : subjects) {
        if (citizen_id && subject.citizen_id != *citizen_id) continue;
        items.push_back(
            {{"id", entry.id},
             {"at", entry.at},
             {"user_id", entry.user_id ? nlohmann::json(*entry.user_id) : nlohmann::json()},
             {"role", entry.role},
             {"action", entry.action},
             {"citizen_id", subject.citizen_id ? nlohmann::json(subject.citizen_id) : nlohmann::json()},
             {"entity", entry.entity},
             {"entity_id", subject.entity_id ? nlohmann::json(*subject.entity_id) : nlohmann::json()},
             {"address", entry.address},
             {"outcome", entry.outcome},
             {"purpose", entry.purpose},
             {"reason", entry.reason}});
      }
    }
    return json_answer({{"items", items}});
  });
}
}  // namespace

void register_admin_routes(Router& router) {
  router.add({"GET", "/api/v1/users", Access::logged_in, Action::administer_users, {}, list_users});
  router.add({"POST",
              "/api/v1/users",
              Access::logged_in,
              Action::administer_users,
              {},
              create_user_route,
              Workload::password_hash});
  router.add({"POST",
              "/api/v1/users/{userId}/deactivate",
              Access::logged_in,
              Action::administer_users,
              {},
              [](RequestContext& context) -> ApiResponse { return activation_route(context, false); }});
  router.add({"POST",
              "/api/v1/users/{userId}/activate",
              Access::logged_in,
              Action::administer_users,
              {},
              [](RequestContext& context) -> ApiResponse { return activation_route(context, true); }});
  router.add({"POST",
              "/api/v1/users/{userId}/password",
              Access::logged_in,
              Action::administer_users,
              {},
              [](RequestContext& context) -> ApiResponse {
                return with_user_payload(context, json::parse_password_reset, reset_password);
              },
              Workload::password_hash});
  router.add({"PUT",
              "/api/v1/users/{userId}/role",
              Access::logged_in,
              Action::administer_users,
              {},
              [](RequestContext& context) -> ApiResponse {
                return with_user_payload(context, json::parse_role_change, change_role);
              }});
  router.add(
      {"GET", "/api/v1/login-locks", Access::logged_in, Action::administer_users, {}, list_login_locks});
  router.add(
      {"POST", "/api/v1/login-locks/lift", Access::logged_in, Action::administer_users, {}, lift_lock_route});
  router.add({"GET", "/api/v1/audit", Access::logged_in, Action::read_audit_log, {}, audit_route});
}

}  // namespace afk::http
