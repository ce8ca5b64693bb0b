// The command line: serve, migrate, seed-demo, user add, simulate, report, export, import, backup, restore.
#pragma once

#include <CLI/CLI.hpp>

namespace afk::app {

int run_cli(int argc, char** argv);

void register_serve_command(CLI::App& app);
void register_migrate_command(CLI::App& app);
void register_seed_demo_command(CLI::App& app);
void register_user_command(CLI::App& app);
void register_report_commands(CLI::App& app);  // report, export evaluation, import evaluation
void register_backup_commands(CLI::App& app);  // backup, restore
void register_copy_command(CLI::App& app);     // copy: SQLite to PostgreSQL
void register_audit_commands(CLI::App& app);   // audit verify, audit prune
void register_ata_command(CLI::App& app);      // ata: the add-on support calculator
// integration add, import medcom (after register_report_commands, which makes `import`)
void register_medcom_commands(CLI::App& app);

}  // namespace afk::app
