#include "app/commands.hpp"

#include <iostream>

#if __has_include("app/simulate_command.hpp")
#include "app/simulate_command.hpp"
#define AFK_HAS_SIMULATE 1
#endif
#include <sys/stat.h>

#include "security/passwords.hpp"

namespace afk::app {

int run_cli(int argc, char** argv) {
  // Everything the program creates — the database, its WAL, backups,
  // exports, secrets — is readable by its owner only (security.md, "At rest").
  umask(S_IRWXG | S_IRWXO);
  security::initialise();
  CLI::App app{"Afklaring — afklaringspladser i socialpsykiatrien"};
  app.require_subcommand(1);
  register_serve_command(app);
  register_migrate_command(app);
  register_seed_demo_command(app);
  register_user_command(app);
  register_report_commands(app);
  register_backup_commands(app);
  register_copy_command(app);
  register_audit_commands(app);
  register_ata_command(app);
  register_medcom_commands(app);
#ifdef AFK_HAS_SIMULATE
  register_simulate_command(app);
#endif
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error);
  } catch (const std::exception& error) {
    std::cerr << "afklaring: " << error.what() << "\n";
    return 1;
  }
  return 0;
}

}  // namespace afk::app
