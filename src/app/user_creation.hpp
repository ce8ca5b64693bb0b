// Creating a user from the command line (`user add`, `integration add`):
// refused when the username exists, audited as `user_create` from "command line".
#pragma once

#include <cstdint>

#include "store/sql.hpp"
#include "store/users_repository.hpp"

namespace afk::app {

// In the caller's transaction; the new user's id. Throws CLI::ValidationError for a taken username.
std::int64_t create_user_from_command_line(store::SqlConnection& sql, const store::UserRecord& record);

}  // namespace afk::app
