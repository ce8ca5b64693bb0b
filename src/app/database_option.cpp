#include "app/database_option.hpp"

#include <iostream>

#include "store/audit_chain.hpp"
#include "store/citizen_registry.hpp"
#include "store/document_migrations.hpp"
#include "store/questionnaire_repository.hpp"

namespace afk::app {

std::unique_ptr<store::ConnectionPool> open_database(const std::string& path) {
  auto pool = store::open_pool(path);
  {
    auto connection = pool->acquire();
    const int applied = store::migrate(*connection, path);
    if (applied > 0)
      std::cerr << R"({"level":"info","msg":"migrations applied","count":)" << applied << "}\n";
    // One write transaction: servers starting together on one database take
    // turns, and the first creates the built-in instruments for all.
    store::Transaction transaction(*connection);
    // Documents of an older form are rewritten into this release's, once.
    if (const auto rewritten = store::apply_document_migrations(*connection); rewritten > 0)
      std::cerr << R"({"level":"info","msg":"documents rewritten into their new form","count":)" << rewritten
                << "}\n";
    store::ensure_builtin_instruments(*connection);
    // Citizens registered before names could be searched get their search words, once.
    if (const auto indexed = store::index_citizen_names_once(*connection); indexed > 0)
      std::cerr << R"({"level":"info","msg":"citizen names indexed for search","count":)" << indexed << "}\n";
    // Entries written before the audit log became a hash chain join it once.
    if (const auto sealed = store::seal_unhashed(*connection); sealed > 0)
      std::cerr << R"({"level":"info","msg":"audit entries sealed into the hash chain","count":)" << sealed
                << "}\n";
    transaction.commit();
  }
  return pool;
}

}  // namespace afk::app
