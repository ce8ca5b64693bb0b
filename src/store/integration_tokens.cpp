#include "store/integration_tokens.hpp"

namespace afk::store {

void insert_integration_token(SqlConnection& sql, const std::string& token_hash, std::int64_t user_id,
                              std::int64_t created_at) {
  sql.execute("INSERT INTO integration_tokens (token_hash, user_id, created_at) VALUES (?, ?, ?)",
              {token_hash, user_id, created_at});
}

std::optional<UserRecord> user_with_integration_token(SqlConnection& sql, const std::string& token_hash) {
  const auto rows = sql.query("SELECT user_id FROM integration_tokens WHERE token_hash = ?", {token_hash});
  if (rows.empty()) return std::nullopt;
  return find_user(sql, rows.front().integer(0));
}

}  // namespace afk::store
