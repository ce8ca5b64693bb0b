#include "app/installation_secret.hpp"

#include "security/tokens.hpp"
#include "store/connection_pool.hpp"
#include "store/installation_secrets.hpp"

namespace afk::app {

std::string installation_secret(const std::string& database_path, const std::string& name) {
  auto pool = store::open_pool(database_path);
  auto sql = pool->acquire();
  store::Transaction transaction(*sql);
  std::string secret = store::installation_secret(*sql, name, security::random_token());
  transaction.commit();
  return secret;
}

}  // namespace afk::app
