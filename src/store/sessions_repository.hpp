// Login sessions. Only a hash of the session token is stored, so a copy of
// the database does not let anyone log in.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/sql.hpp"

namespace afk::store {

struct SessionRecord {
  std::string token_hash;
  std::int64_t user_id = 0;
  std::string csrf_token;
  std::int64_t created_at = 0;    // Unix seconds
  std::int64_t last_seen_at = 0;  // Unix seconds
};

void insert_session(SqlConnection& sql, const SessionRecord& session);
std::optional<SessionRecord> find_session(SqlConnection& sql, const std::string& token_hash);
void touch_session(SqlConnection& sql, const std::string& token_hash, std::int64_t now);
void delete_session(SqlConnection& sql, const std::string& token_hash);
// Removes sessions idle since before `idle_before` or created before `created_before`.
std::int64_t delete_expired_sessions(SqlConnection& sql, std::int64_t idle_before, std::int64_t created_before);

}  // namespace afk::store
