// The payloads of log-in accounts: a user's own password change and the
// administrator's acts on users and log-in locks. Read strictly, like every
// other payload: known fields only, each named in its error.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/result.hpp"
#include "core/role.hpp"

namespace afk::json {

struct PasswordChange {
  std::string current_password;
  std::string new_password;
};

struct NewUser {
  std::string username;
  std::string display_name;
  std::string password;
  Role role = Role::unit_staff;
  std::optional<std::int64_t> organisation_id;
};

struct PasswordReset {
  std::string new_password;
};

struct RoleChange {
  Role role = Role::unit_staff;
  std::optional<std::int64_t> organisation_id;
};

// Exactly one of the two.
struct LoginLockLift {
  std::optional<std::int64_t> user_id;
  std::optional<std::string> address;
};

Result<PasswordChange> parse_password_change(const nlohmann::json& json);
Result<NewUser> parse_new_user(const nlohmann::json& json);
Result<PasswordReset> parse_password_reset(const nlohmann::json& json);
Result<RoleChange> parse_role_change(const nlohmann::json& json);
Result<LoginLockLift> parse_login_lock_lift(const nlohmann::json& json);

}  // namespace afk::json
