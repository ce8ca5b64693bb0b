#include "app/database_option.hpp"

#include <iostream>

#include "store/questionnaire_repository.hpp"

namespace afk::app {

std::unique_ptr<store::ConnectionPool> open_database(const std::string& path) {
  auto pool = store::open_sqlite_pool(path);
  {
    auto connection = pool->acquire();
    const int applied = store::migrate_sqlite(*connection);
    if (applied > 0) std::cerr << R"({"level":"info","msg":"migrations applied","count":)" << applied << "}\n";
    store::ensure_builtin_instruments(*connection);
  }
  return pool;
}

}  // namespace afk::app
