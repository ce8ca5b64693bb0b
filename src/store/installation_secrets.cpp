#include "store/installation_secrets.hpp"

namespace afk::store {

std::string installation_secret(SqlConnection& sql, const std::string& name, const std::string& fresh) {
  const auto rows = sql.query("SELECT value FROM installation_secrets WHERE name = ?", {name});
  if (!rows.empty()) return rows.front().text(0);
  sql.execute("INSERT INTO installation_secrets (name, value) VALUES (?, ?)", {name, fresh});
  return fresh;
}

}  // namespace afk::store
