// Users: one role each, belonging to one organisation.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/role.hpp"
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
  std::int64_t version = 1;
};

std::optional<UserRecord> find_user_by_username(SqlConnection& sql, const std::string& username);
std::optional<UserRecord> find_user(SqlConnection& sql, std::int64_t id);
std::vector<UserRecord> list_users(SqlConnection& sql);
// Throws SqlConstraintError when the username is taken.
std::int64_t insert_user(SqlConnection& sql, const UserRecord& user);

}  // namespace afk::store
