#include "http/user_accounts.hpp"

#include "http/routes/route_support.hpp"
#include "http/session_auth.hpp"

namespace afk::http {

namespace {
ApiResponse user_answer(const Result<service::UserRecord>& user, int status = 200) {
  return answer(user, [status](const service::UserRecord& saved) {
    return versioned_answer(user_json(saved), saved.version, status);
  });
}
}  // namespace

nlohmann::json user_json(const service::UserRecord& user) {
  return {
      {"id", user.id},
      {"username", user.username},
      {"display_name", user.display_name},
      {"role", role_code(user.role)},
      {"organisation_kind", organisation_kind_code(user.organisation_kind)},
      {"organisation_id", user.organisation_id ? nlohmann::json(*user.organisation_id) : nlohmann::json()},
      {"active", user.active},
      {"must_change_password", user.must_change_password},
      {"version", user.version}};
}

ApiResponse change_own_password(RequestContext& context, const json::PasswordChange& change) {
  return user_answer(service::change_own_password(context, change, context.principal().session_token_hash));
}

ApiResponse list_users(RequestContext& context) {
  return answer(service::list_users(context), [](const std::vector<service::UserRecord>& users) {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& user : users) items.push_back(user_json(user));
    return json_answer({{"items", items}});
  });
}

ApiResponse create_user(RequestContext& context, const json::NewUser& wanted) {
  return user_answer(service::create_user(context, wanted), 201);
}

ApiResponse set_user_active(RequestContext& context, std::int64_t user_id, bool active) {
  return user_answer(service::set_user_active(context, user_id, active));
}

ApiResponse reset_password(RequestContext& context, std::int64_t user_id, const json::PasswordReset& reset) {
  return user_answer(
      service::reset_password(context, session_policy(context.services().settings), user_id, reset));
}

ApiResponse change_role(RequestContext& context, std::int64_t user_id, const json::RoleChange& change) {
  AFK_TRY(expected, context.expected_version());
  return user_answer(service::change_role(context, user_id, expected.value(), change));
}

ApiResponse list_login_locks(RequestContext& context) {
  return answer(service::login_locks(context, session_policy(context.services().settings)),
                [](const std::vector<service::LockedLogin>& locked) {
                  nlohmann::json items = nlohmann::json::array();
                  for (const auto& entry : locked) {
                    nlohmann::json item{{"kind", entry.user ? "user" : "address"}};
                    if (entry.user) {
                      item["user_id"] = entry.user->id;
                      item["username"] = entry.user->username;
                    } else {
                      item["address"] = entry.address;
                    }
                    item["failures"] = entry.failures;
                    item["locked_until"] = utc_timestamp(entry.lock.until);
                    item["retry_after_seconds"] = entry.lock.retry_after_seconds;
                    items.push_back(item);
                  }
                  return json_answer({{"items", items}});
                });
}

ApiResponse lift_login_lock(RequestContext& context, const json::LoginLockLift& lift) {
  const Status lifted = service::lift_login_lock(context, session_policy(context.services().settings), lift);
  if (!lifted) return ApiResponse::error(lifted.error());
  return ApiResponse::no_content();
}

}  // namespace afk::http
