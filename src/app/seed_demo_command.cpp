// afklaring seed-demo: fill an empty database with the synthetic demo world
// and one login per role.
#include <unistd.h>

#include <iostream>

#include "app/clock.hpp"
#include "app/commands.hpp"
#include "app/database_option.hpp"
#include "app/demo_questionnaires.hpp"
#include "app/demo_world.hpp"
#include "app/installation_secret.hpp"
#include "security/passwords.hpp"
#include "security/tokens.hpp"
#include "store/aggregates.hpp"
#include "store/citizen_registry.hpp"
#include "store/consent_repository.hpp"
#include "store/users_repository.hpp"

namespace afk::app {

namespace {
constexpr const char* demo_password = "afklaring-demo";

struct DemoLogin {
  const char* username;
  const char* name;
  Role role;
  std::int64_t organisation_id;
};

// One user per role, all in Aarhus (municipality 1, unit 1, ward 1).
constexpr DemoLogin demo_logins[] = {
    {"afsnit", "Sara Sengeafsnit", Role::ward_staff, 1},
    {"medarbejder", "Morten Medarbejder", Role::unit_staff, 1},
    {"leder", "Lene Leder", Role::unit_lead, 1},
    {"myndighed", "Maja Myndighed", Role::authority, 1},
    {"projektleder", "Per Projektleder", Role::project_lead, 1},
    {"evaluator", "Eva Evaluator", Role::evaluator, 0},
    {"admin", "Adam Administrator", Role::admin, 0},
};

template <class T>
void insert_all(store::SqlConnection& sql, std::vector<T>& values) {
  for (T& value : values) {
    const std::int64_t planned = value.id;
    store::insert(sql, value);
    if (value.id != planned) throw std::runtime_error("seed-demo needs an empty database");
  }
}

void write_world(store::SqlConnection& sql, DemoWorld& world, const std::string& cpr_key) {
  insert_all(sql, world.municipalities);
  insert_all(sql, world.regions);
  insert_all(sql, world.wards);
  insert_all(sql, world.units);
  insert_all(sql, world.agreements);
  for (Citizen& citizen : world.citizens) {
    const std::int64_t planned = citizen.id;
    store::insert_citizen(sql, citizen,
                          citizen.cpr ? security::keyed_hash(cpr_key, citizen.cpr->digits) : "");
    if (citizen.id != planned) throw std::runtime_error("seed-demo needs an empty database");
  }
  insert_all(sql, world.referrals);
  // The wards recorded the citizens' consent to share with the unit (user 0: the seed).
  for (const Referral& referral : world.referrals)
    store::record_referral_consents(sql, referral, ConsentForm::written, true, 0, "ward_staff",
                                    referral.referred_on);
  insert_all(sql, world.courses);
}

void insert_demo_users(store::SqlConnection& sql) {
  // One hash serves all demo users: hashing is deliberately slow.
  const std::string hash = security::hash_password(demo_password);
  for (const DemoLogin& login : demo_logins) {
    store::UserRecord user;
    user.username = login.username;
    user.display_name = login.name;
    user.role = login.role;
    user.organisation_kind = organisation_kind_for(login.role);
    if (login.organisation_id > 0) user.organisation_id = login.organisation_id;
    user.password_hash = hash;
    store::insert_user(sql, user);
  }
}

void print_logins() {
  std::cout << "\nDemo-logins (adgangskode for alle: " << demo_password << "):\n";
  for (const DemoLogin& login : demo_logins)
    std::cout << "  " << login.username << std::string(14 - std::string(login.username).size(), ' ')
              << role_label_da(login.role) << "\n";
}
}  // namespace

void register_seed_demo_command(CLI::App& app) {
  struct Options {
    std::string database = default_database;
    std::uint64_t seed = 2024;
    std::string today;
    bool scale = false;
  };
  auto options = std::make_shared<Options>();
  auto* command =
      app.add_subcommand("seed-demo", "Fill an empty database with synthetic demo data and logins");
  command->add_option("--db", options->database, "SQLite database file, or a postgresql:// URI")
      ->capture_default_str();
  command->add_option("--seed", options->seed, "Random seed (same seed and date, same data)")
      ->capture_default_str();
  command->add_option("--today", options->today, "Pretend today is this date (YYYY-MM-DD)");
  command->add_flag("--scale", options->scale, "National scale: ~100 units, ~50,000 courses over 10 years");
  command->callback([options] {
    DemoOptions demo;
    demo.seed = options->seed;
    demo.national_scale = options->scale;
    if (options->today.empty()) {
      demo.today = system_clock().today();
    } else {
      auto parsed = Date::parse_iso(options->today);
      if (!parsed) throw CLI::ValidationError("--today", "expected YYYY-MM-DD");
      demo.today = *parsed;
    }
    const bool terminal = isatty(STDERR_FILENO);
    DemoWorld world = build_demo_world(demo, [terminal](size_t done, size_t total) {
      if (terminal) std::cerr << "\rGenererer tilbud " << done << "/" << total << std::flush;
    });
    if (terminal) std::cerr << "\n";
    if (world.failed_steps > 0)
      std::cerr << "seed-demo: " << world.failed_steps
                << " generated steps were refused; first: " << world.first_failure << "\n";
    auto pool = open_database(options->database);
    const std::string cpr_key = installation_secret(options->database, "cpr-lookup");
    auto connection = pool->acquire();
    store::Transaction transaction(*connection);
    write_world(*connection, world, cpr_key);
    write_demo_questionnaires(*connection, world.courses, options->seed, demo.today);
    insert_demo_users(*connection);
    transaction.commit();
    std::cout << "Demodata skrevet til " << options->database << ": " << world.units.size() << " tilbud, "
              << world.citizens.size() << " borgere, " << world.courses.size() << " forløb.\n";
    print_logins();
  });
}

}  // namespace afk::app
