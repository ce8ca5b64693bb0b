// The tokens an integration (role `integration`) calls the API with
// (migration 016): stored as their one-way hash, never as the token.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/sql.hpp"
#include "store/users_repository.hpp"

namespace afk::store {

void insert_integration_token(SqlConnection& sql, const std::string& token_hash, std::int64_t user_id,
                              std::int64_t created_at);

// The user a token hash belongs to, if any.
std::optional<UserRecord> user_with_integration_token(SqlConnection& sql, const std::string& token_hash);

}  // namespace afk::store
