// afklaring backup / restore: consistent copies of the SQLite database while
// the server runs (docs/operations.md has the cron line and the restore steps).
#include <filesystem>
#include <iostream>

#include "app/commands.hpp"
#include "app/database_option.hpp"
#include "store/connection_pool.hpp"
#include "store/sqlite/sqlite_backup.hpp"

namespace afk::app {

void register_backup_commands(CLI::App& app) {
  struct Options {
    std::string database = default_database;
    std::string backup;
    bool replace = false;
  };
  auto options = std::make_shared<Options>();
  auto* backup = app.add_subcommand("backup", "Copy the database to a new file while the server runs (0600)");
  backup->add_option("--db", options->database, "SQLite database file")->capture_default_str();
  backup->add_option("--out", options->backup, "The backup file to create (must not exist)")->required();
  backup->callback([options] {
    if (store::is_postgres_address(options->database))
      throw CLI::ValidationError("--db", "PostgreSQL sikkerhedskopieres med pg_dump (se docs/operations.md)");
    store::backup_sqlite(options->database, options->backup);
    std::cout << "Sikkerhedskopi gemt: " << options->backup << " ("
              << std::filesystem::file_size(options->backup) / 1024 << " KB)\n";
  });

  auto* restore = app.add_subcommand("restore", "Replace the database with a backup (stop the server first)");
  restore->add_option("--from", options->backup, "The backup file")->required();
  restore->add_option("--db", options->database, "SQLite database file to replace")->capture_default_str();
  restore->add_flag("--replace", options->replace,
                    "The database exists; replace its contents with the backup");
  restore->callback([options] {
    if (store::is_postgres_address(options->database))
      throw CLI::ValidationError("--db", "PostgreSQL genskabes med pg_restore (se docs/operations.md)");
    if (std::filesystem::exists(options->database) && !options->replace)
      throw CLI::ValidationError(
          "--db", options->database + " exists; add --replace to overwrite it with the backup");
    store::restore_sqlite(options->backup, options->database);
    std::cout << "Databasen er genskabt fra " << options->backup << ": " << options->database << "\n";
  });
}

}  // namespace afk::app
