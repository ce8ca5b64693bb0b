#include "app/installation_secret.hpp"

#include "security/tokens.hpp"
#include "store/installation_secrets.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace afk::app {

std::string installation_secret(const std::string& database_path, const std::string& name) {
  store::SqliteConnection sql(database_path);
  store::Transaction transaction(sql);
  std::string secret = store::installation_secret(sql, name, security::random_token());
  transaction.commit();
  return secret;
}

}  // namespace afk::app
