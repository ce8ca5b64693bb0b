// afklaring user add: create a login from the command line (and the helper `integration add` shares).
#include <iostream>

#include "app/clock.hpp"
#include "app/commands.hpp"
#include "app/database_option.hpp"
#include "app/user_creation.hpp"
#include "core/role.hpp"
#include "security/password_policy.hpp"
#include "security/passwords.hpp"
#include "store/audit_repository.hpp"
#include "store/users_repository.hpp"

namespace afk::app {

std::int64_t create_user_from_command_line(store::SqlConnection& sql, const store::UserRecord& record) {
  if (store::find_user_by_username(sql, record.username))
    throw CLI::ValidationError("--username", "already exists");
  const std::int64_t id = store::insert_user(sql, record);
  store::AuditEntry audit;
  audit.at = http::utc_timestamp(system_clock().now_seconds());
  audit.action = "user_create";
  audit.entity = "user";
  audit.entity_id = id;
  audit.address = "command line";
  audit.outcome = "ok";
  store::append_audit(sql, audit);
  return id;
}

void register_user_command(CLI::App& app) {
  struct Options {
    std::string database = default_database;
    std::string username;
    std::string display_name;
    std::string role;
    std::int64_t organisation_id = 0;
    bool password_is_final = false;
  };
  auto options = std::make_shared<Options>();
  auto* user = app.add_subcommand("user", "Manage users");
  user->require_subcommand(1);
  auto* add = user->add_subcommand("add", "Create a user; the password is read from standard input");
  add->add_option("--db", options->database, "SQLite database file, or a postgresql:// URI")
      ->capture_default_str();
  add->add_option("--username", options->username, "Login name")->required();
  add->add_option("--name", options->display_name, "Name shown in the application")->required();
  add->add_option("--role", options->role,
                  "ward_staff, unit_staff, unit_lead, authority, project_lead, evaluator or admin")
      ->required();
  add->add_option("--organisation-id", options->organisation_id,
                  "Id of the ward, unit or municipality the user belongs to");
  add->add_flag("--password-is-final", options->password_is_final,
                "Do not ask the user to change the password at the first log-in (an operator's own account)");
  add->callback([options] {
    const auto role = role_from_code(options->role);
    if (!role) throw CLI::ValidationError("--role", "unknown role " + options->role);
    std::string password;
    std::getline(std::cin, password);
    store::UserRecord record;
    record.username = options->username;
    record.display_name = options->display_name;
    if (auto problem = security::password_problem_da(password, {record.username, record.display_name, {}}))
      throw CLI::ValidationError("password", *problem);
    record.must_change_password = !options->password_is_final;
    record.role = *role;
    record.organisation_kind = organisation_kind_for(*role);
    if (options->organisation_id > 0) record.organisation_id = options->organisation_id;
    record.password_hash = security::hash_password(password);
    auto pool = open_database(options->database);
    auto connection = pool->acquire();
    store::Transaction transaction(*connection);
    create_user_from_command_line(*connection, record);
    transaction.commit();
    std::cout << "Bruger oprettet: " << record.username << " (" << role_label_da(*role) << ")\n";
  });
}

}  // namespace afk::app
