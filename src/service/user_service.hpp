// Log-in accounts: a user's own password change and the administrator's acts
// on users — create, deactivate, reactivate, reset the password, change the
// role — and on log-in locks. A password is hashed before the transaction
// that saves it (argon2id takes tens of milliseconds and must not hold the
// write lock); the save then checks the user did not change meanwhile. Every
// act is audited with the user it concerns.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "json/account_payloads.hpp"
#include "service/invocation.hpp"
#include "service/session_service.hpp"
#include "store/users_repository.hpp"

namespace afk::service {

using store::UserRecord;

Result<std::vector<UserRecord>> list_users(Invocation& call);
// The caller's own password: the caller's other sessions end, `own_session_hash` goes on.
Result<UserRecord> change_own_password(Invocation& call, const json::PasswordChange& change,
                                       const std::string& own_session_hash);
Result<UserRecord> create_user(Invocation& call, const json::NewUser& wanted);
// Deactivating ends every session of the user at once.
Result<UserRecord> set_user_active(Invocation& call, std::int64_t user_id, bool active);
// The user must change the new password at the next log-in; sessions end and locks are lifted.
Result<UserRecord> reset_password(Invocation& call, const SessionPolicy& policy, std::int64_t user_id,
                                  const json::PasswordReset& reset);
Result<UserRecord> change_role(Invocation& call, std::int64_t user_id, std::int64_t expected_version,
                               const json::RoleChange& change);

// A username or an address locked now, with how long.
struct LockedLogin {
  std::optional<UserRecord> user;  // a user's lock; none: an address's
  std::string address;
  std::size_t failures = 0;
  LoginLock lock;
};
Result<std::vector<LockedLogin>> login_locks(Invocation& call, const SessionPolicy& policy);
Status lift_login_lock(Invocation& call, const SessionPolicy& policy, const json::LoginLockLift& lift);

}  // namespace afk::service
