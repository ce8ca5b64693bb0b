// The logged-in user as the handlers see it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/role.hpp"

namespace afk::http {

struct Principal {
  std::int64_t user_id = 0;
  std::string username;
  std::string display_name;
  Role role = Role::unit_staff;
  OrganisationKind organisation_kind = OrganisationKind::unit;
  std::optional<std::int64_t> organisation_id;
  std::string csrf_token;
  std::string session_token_hash;
  bool must_change_password = false;  // a first or reset password: only the password change is open
};

}  // namespace afk::http
