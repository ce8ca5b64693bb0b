#include "store/sessions_repository.hpp"

namespace afk::store {

void insert_session(SqlConnection& sql, const SessionRecord& session) {
  sql.execute("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)",
              {session.token_hash, session.user_id, session.csrf_token, session.created_at, session.last_seen_at});
}

std::optional<SessionRecord> find_session(SqlConnection& sql, const std::string& token_hash) {
  const auto rows = sql.query(
      "SELECT token_hash, user_id, csrf_token, created_at, last_seen_at FROM sessions WHERE token_hash = ?",
      {token_hash});
  if (rows.empty()) return std::nullopt;
  const SqlRow& row = rows.front();
  return SessionRecord{row.text(0), row.integer(1), row.text(2), row.integer(3), row.integer(4)};
}

void touch_session(SqlConnection& sql, const std::string& token_hash, std::int64_t now) {
  sql.execute("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?", {now, token_hash});
}

void delete_session(SqlConnection& sql, const std::string& token_hash) {
  sql.execute("DELETE FROM sessions WHERE token_hash = ?", {token_hash});
}

std::int64_t delete_expired_sessions(SqlConnection& sql, std::int64_t idle_before, std::int64_t created_before) {
  return sql.execute("DELETE FROM sessions WHERE last_seen_at < ? OR created_at < ?", {idle_before, created_before});
}

}  // namespace afk::store
