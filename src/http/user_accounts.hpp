// Log-in accounts: a user's own password change and the administrator's acts
// on users — create, deactivate, reactivate, reset the password, change the
// role — and on log-in locks. A password is hashed before the transaction
// that saves it (argon2id takes tens of milliseconds and must not hold the
// write lock); the save then checks the user did not change meanwhile. Every
// act is audited with the user it concerns.
#pragma once

#include <cstdint>
#include <string>

#include "http/router.hpp"
#include "json/account_payloads.hpp"
#include "store/users_repository.hpp"

namespace afk::http {

nlohmann::json user_json(const store::UserRecord& user);

// The signed-in user's own password: other sessions end, this one goes on.
ApiResponse change_own_password(RequestContext& context, const json::PasswordChange& change);

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
