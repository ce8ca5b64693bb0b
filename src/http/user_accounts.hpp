// Log-in accounts over the API (service/user_service): a user's own password
// change and the administrator's acts on users and on log-in locks.
#pragma once

#include <cstdint>
#include <string>

#include "http/router.hpp"
#include "json/account_payloads.hpp"
#include "service/user_service.hpp"

namespace afk::http {

nlohmann::json user_json(const service::UserRecord& user);

// The signed-in user's own password: other sessions end, this one goes on.
ApiResponse change_own_password(RequestContext& context, const json::PasswordChange& change);

ApiResponse list_users(RequestContext& context);
ApiResponse create_user(RequestContext& context, const json::NewUser& user);
// Deactivating ends every session of the user at once.
ApiResponse set_user_active(RequestContext& context, std::int64_t user_id, bool active);
// The user must change the new password at the next log-in; sessions end and locks are lifted.
ApiResponse reset_password(RequestContext& context, std::int64_t user_id, const json::PasswordReset& reset);
ApiResponse change_role(RequestContext& context, std::int64_t user_id, const json::RoleChange& change);

// Usernames and addresses locked now, with how long.
ApiResponse list_login_locks(RequestContext& context);
ApiResponse lift_login_lock(RequestContext& context, const json::LoginLockLift& lift);

}  // namespace afk::http
