// afklaring audit verify / prune: the audit log's hash chain checked from the
// first remaining entry to the last, and entries older than the retention
// period removed without breaking the verification of the rest.
#include <iostream>

#include "app/commands.hpp"
#include "app/database_option.hpp"
#include "core/date.hpp"
#include "store/audit_chain.hpp"

namespace afk::app {

void register_audit_commands(CLI::App& app) {
  struct Options {
    std::string database = default_database;
    std::string before;
  };
  auto options = std::make_shared<Options>();
  auto* audit = app.add_subcommand("audit", "Check or prune the audit log");
  audit->require_subcommand(1);

  auto* verify =
      audit->add_subcommand("verify", "Check the audit log's hash chain; exit 1 at the first broken link");
  verify->add_option("--db", options->database, "SQLite database file, or a postgresql:// URI")
      ->capture_default_str();
  verify->callback([options] {
    auto pool = open_database(options->database);
    auto connection = pool->acquire();
    store::Transaction snapshot(*connection, store::Transaction::Mode::read);
    const store::ChainCheck check = store::verify_chain(*connection);
    snapshot.commit();
    if (check.first_broken_id) {
      std::cout << "Logningen er ændret: kæden brydes ved post " << *check.first_broken_id << " (af "
                << check.entries << " kontrollerede).\n";
      throw CLI::RuntimeError(1);
    }
    if (!check.index_intact) {
      std::cout << "Logningen er ændret: opslagsregistret over borgere passer ikke med de kædede poster.\n";
      throw CLI::RuntimeError(1);
    }
    std::cout << "Logningen er intakt: " << check.entries << " poster. Seneste kædeværdi: " << check.head_hash
              << "\n";
  });

  auto* prune = audit->add_subcommand("prune", "Remove audit entries written before a date (retention)");
  prune->add_option("--db", options->database, "SQLite database file, or a postgresql:// URI")
      ->capture_default_str();
  prune->add_option("--before", options->before, "Remove entries written before this date (YYYY-MM-DD)")
      ->required();
  prune->callback([options] {
    if (!Date::parse_iso(options->before)) throw CLI::ValidationError("--before", "expected YYYY-MM-DD");
    auto pool = open_database(options->database);
    auto connection = pool->acquire();
    store::Transaction transaction(*connection);
    const store::PruneResult result = store::prune_before(*connection, options->before);
    transaction.commit();
    std::cout << "Fjernet " << result.removed << " poster fra før " << options->before << ".\n";
  });
}

}  // namespace afk::app
