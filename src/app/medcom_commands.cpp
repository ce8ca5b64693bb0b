// afklaring integration add: an integration (role `integration`) and its API
// token. afklaring import medcom FILE...: MedCom HospitalNotification and
// CareCommunication Bundles as the adapter drops them, each received as the
// API receives it (service/medcom_service, service/correspondence_service),
// one transaction per message.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/clock.hpp"
#include "app/commands.hpp"
#include "app/database_option.hpp"
#include "app/installation_secret.hpp"
#include "app/user_creation.hpp"
#include "json/fhir_message.hpp"
#include "json/untrusted_json.hpp"
#include "security/passwords.hpp"
#include "security/tokens.hpp"
#include "service/correspondence_service.hpp"
#include "service/medcom_service.hpp"
#include "service/timestamps.hpp"
#include "service/unit_of_work.hpp"
#include "store/audit_repository.hpp"
#include "store/integration_tokens.hpp"
#include "store/users_repository.hpp"

namespace afk::app {

namespace {
// The command line as the acting party: an integration run by the operator,
// audited without a user (address "command line").
class CommandLineInvocation : public service::Invocation {
 public:
  CommandLineInvocation(store::ConnectionPool& pool, http::Clock clock)
      : pool_(pool), clock_(std::move(clock)) {}
  store::ConnectionPool& pool() override { return pool_; }
  store::SqlConnection* read_snapshot() override { return nullptr; }
  Caller caller() const override { return Caller{Role::integration, std::nullopt}; }
  std::int64_t user_id() const override { return 0; }
  std::string user_display_name() const override { return "Sygehusadvis (import)"; }
  OrganisationKind organisation_kind() const override { return OrganisationKind::system; }
  Date today() const override { return clock_.today(); }
  std::int64_t now_seconds() const override { return clock_.now_seconds(); }
  store::AuditEntry audit_entry(const std::string& action, std::optional<std::int64_t> citizen_id,
                                const std::string& entity,
                                std::optional<std::int64_t> entity_id) const override {
    store::AuditEntry entry = service::audit_entry_of(action, citizen_id, entity, entity_id);
    entry.at = service::utc_timestamp(clock_.now_seconds());
    entry.role = std::string(role_code(Role::integration));
    entry.address = "command line";
    entry.purpose = std::string(action_code(Action::receive_medcom));
    return entry;
  }
  void log_before_answer(std::vector<store::AuditEntry> entries) override {
    auto connection = pool_.acquire();
    store::Transaction transaction(*connection);
    for (auto& entry : entries) store::append_audit(*connection, entry);
    transaction.commit();
  }

 private:
  store::ConnectionPool& pool_;
  http::Clock clock_;
};

std::string file_text(const std::filesystem::path& path) {
  std::ifstream input(path, std::ios::binary);
  if (!input) throw std::runtime_error("cannot read " + path.string());
  std::stringstream text;
  text << input.rdbuf();
  return text.str();
}

void register_integration_add(CLI::App& app) {
  struct Options {
    std::string database = default_database;
    std::string username;
    std::string display_name;
  };
  auto options = std::make_shared<Options>();
  auto* integration = app.add_subcommand("integration", "Manage integrations (systems that send messages)");
  integration->require_subcommand(1);
  auto* add = integration->add_subcommand(
      "add", "Create an integration and print its API token (shown once; only its hash is stored)");
  add->add_option("--db", options->database, "SQLite database file, or a postgresql:// URI")
      ->capture_default_str();
  add->add_option("--username", options->username, "Name of the integration, e.g. medcom-adapter")
      ->required();
  add->add_option("--name", options->display_name, "Name shown in the audit log")->required();
  add->callback([options] {
    store::UserRecord record;
    record.username = options->username;
    record.display_name = options->display_name;
    record.role = Role::integration;
    record.organisation_kind = organisation_kind_for(Role::integration);
    // No password log-in (service/session_service refuses the role): an unknowable password all the same.
    record.password_hash = security::hash_password(security::random_token());
    const std::string token = security::random_token();
    auto pool = open_database(options->database);
    auto connection = pool->acquire();
    store::Transaction transaction(*connection);
    const std::int64_t id = create_user_from_command_line(*connection, record);
    store::insert_integration_token(*connection, security::token_hash(token), id,
                                    system_clock().now_seconds());
    transaction.commit();
    std::cout << token << "\n";
    std::cerr << "Integration oprettet: " << record.username
              << ". Nøglen ovenfor sendes som \"Authorization: Bearer <nøgle>\" og vises ikke igen.\n";
  });
}

void register_import_medcom(CLI::App& app) {
  struct Options {
    std::string database = default_database;
    std::string today;
    std::vector<std::string> files;
  };
  auto options = std::make_shared<Options>();
  CLI::App* import_command = app.get_subcommand("import");
  auto* command = import_command->add_subcommand(
      "medcom",
      "Receive MedCom HospitalNotification and CareCommunication messages (FHIR JSON Bundles, one per file)");
  command->add_option("--db", options->database, "SQLite database file, or a postgresql:// URI")
      ->capture_default_str();
  command->add_option("--today", options->today, "Pretend today is this date (YYYY-MM-DD), as serve --today");
  command->add_option("files", options->files, "Message files, received in the order given")->required();
  command->callback([options] {
    http::Clock clock = clock_for(options->today);
    const std::string cpr_lookup_key = installation_secret(options->database, "cpr-lookup");
    auto pool = open_database(options->database);
    CommandLineInvocation call(*pool, clock);
    int refused = 0;
    for (const auto& name : options->files) {
      // Each message on its own, as the API takes them: a bad file is reported and the next one read.
      auto bundle = json::parse_untrusted(file_text(name));
      Result<service::ReceivedMessage> received =
          !bundle ? Result<service::ReceivedMessage>(bundle.error())
          : json::fhir::message_event(bundle.value()) == "care-communication-message"
              ? service::receive_care_communication(call, bundle.value(), cpr_lookup_key)
              : service::receive_hospital_notification(call, bundle.value(), cpr_lookup_key);
      if (!received) {
        ++refused;
        std::cout << name << ": afvist (" << received.error().field << "): " << received.error().message
                  << "\n";
        continue;
      }
      std::cout << name << ": " << received->outcome;
      if (!received->reason.empty()) std::cout << " (" << received->reason << ")";
      if (!received->what_da.empty()) std::cout << " – " << received->what_da;
      std::cout << "\n";
    }
    if (refused > 0) throw CLI::RuntimeError(2);
  });
}
}  // namespace

void register_medcom_commands(CLI::App& app) {
  register_integration_add(app);
  register_import_medcom(app);
}

}  // namespace afk::app
