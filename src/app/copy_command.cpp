// afklaring copy --from FILE.sqlite --to postgresql://…: moves an
// installation from SQLite to PostgreSQL (docs/operations.md, "Moving from
// SQLite"). Stop the server first; the SQLite file is only read.
#include <filesystem>
#include <iostream>

#include "app/commands.hpp"
#include "app/database_option.hpp"
#include "store/audit_chain.hpp"
#include "store/database_copy.hpp"

namespace afk::app {

void register_copy_command(CLI::App& app) {
  struct Options {
    std::string from;
    std::string to;
  };
  auto options = std::make_shared<Options>();
  auto* copy = app.add_subcommand("copy", "Move an installation from a SQLite file to PostgreSQL");
  copy->add_option("--from", options->from, "The SQLite database file (only read)")->required();
  copy->add_option("--to", options->to, "A new PostgreSQL database: a postgresql:// URI")->required();
  copy->callback([options] {
    if (store::is_postgres_address(options->from) || !std::filesystem::is_regular_file(options->from))
      throw CLI::ValidationError("--from", "forventer en eksisterende SQLite-fil: " + options->from);
    if (!store::is_postgres_address(options->to))
      throw CLI::ValidationError("--to",
                                 "forventer en postgresql://-adresse (kopier en SQLite-fil med backup)");
    auto source = store::open_pool(options->from);
    auto destination = open_database(options->to);  // migrated like a server would
    auto from = source->acquire();
    auto to = destination->acquire();
    const store::ChainCheck original = store::verify_chain(*from);
    const auto copied = store::copy_sqlite_to_postgres(*from, *to);
    if (!copied) {
      std::cerr << copied.error().message << "\n";
      throw CLI::RuntimeError(1);
    }
    std::int64_t rows = 0;
    for (const auto& table : copied.value()) rows += table.rows;
    std::cout << "Kopieret: " << rows << " rækker i " << copied.value().size() << " tabeller.\n";
    // The copy's audit log verifies exactly as the original's did, to the last hash.
    const store::ChainCheck copy = store::verify_chain(*to);
    if (copy.entries != original.entries || copy.head_hash != original.head_hash ||
        copy.first_broken_id != original.first_broken_id || copy.index_intact != original.index_intact) {
      std::cerr << "Revisionsloggen i den nye database svarer ikke til den gamle; brug den ikke.\n";
      throw CLI::RuntimeError(1);
    }
    if (copy.entries == 0)
      std::cout << "Revisionsloggen er tom.\n";
    else
      std::cout << "Revisionsloggen er kopieret uændret: " << copy.entries << " poster, seneste hash "
                << copy.head_hash << ".\n";
  });
}

}  // namespace afk::app
