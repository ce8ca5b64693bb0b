#include "app/installation_secret.hpp"

#include "security/tokens.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace afk::app {

std::string installation_secret(const std::string& database_path, const std::string& name) {
  store::SqliteConnection sql(database_path);
  store::Transaction transaction(sql);
  const auto rows = sql.query("SELECT value FROM installation_secrets WHERE name = ?", {name});
  if (!rows.empty()) return rows.front().text(0);
  const std::string secret = security::random_token();
  sql.execute("INSERT INTO installation_secrets (name, value) VALUES (?, ?)", {name, secret});
  transaction.commit();
  return secret;
}

}  // namespace afk::app
