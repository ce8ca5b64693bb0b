// Users: one role each, belonging to one organisation.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/role.hpp"
#include "store/sessions_repository.hpp"
#include "store/sql.hpp"

namespace afk::store {

struct UserRecord {
  std::int64_t id = 0;
  std::string username;
  std::string display_name;
  std::string password_hash;  // argon2id string from libsodium
  Role role = Role::unit_staff;
  OrganisationKind organisation_kind = OrganisationKind::unit;
  std::optional<std::int64_t> organisation_id;
  bool active = true;
  bool must_change_password = false;  // a first or reset password
  std::int64_t version = 1;
};

std::optional<UserRecord> find_user_by_username(SqlConnection& sql, const std::string& username);
std::optional<UserRecord> find_user(SqlConnection& sql, std::int64_t id);
std::vector<UserRecord> list_users(SqlConnection& sql);
// A session and the user it belongs to, in one statement: every request asks.
struct SessionOwner {
  SessionRecord session;
  UserRecord user;
};
std::optional<SessionOwner> find_session_with_user(SqlConnection& sql, const std::string& token_hash);
// Throws SqlConstraintError when the username is taken.
std::int64_t insert_user(SqlConnection& sql, const UserRecord& user);
// Saves display name, password hash, role, organisation, active and the
// must-change flag when `user.version` is the stored one; false when stale.
bool update_user(SqlConnection& sql, const UserRecord& user);
// Ends every session of the user except `keep_token_hash` (empty: all of them).
std::int64_t end_sessions_of_user(SqlConnection& sql, std::int64_t user_id,
                                  const std::string& keep_token_hash = {});

}  // namespace afk::store
