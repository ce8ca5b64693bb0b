#include "http/test_server.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

#include "core/course_commands.hpp"
#include "core/referral_decision.hpp"
#include "http/routes/all_routes.hpp"
#include "security/passwords.hpp"
#include "security/tokens.hpp"
#include "store/aggregates.hpp"
#include "store/citizen_registry.hpp"
#include "store/consent_repository.hpp"
#include "store/postgres_cluster.hpp"
#include "store/users_repository.hpp"

namespace afk::test {

namespace {
constexpr const char* cpr_lookup_key = "test-cpr-lookup-key";
// 2026-03-02 00:00:00 UTC; the clock only moves when a test moves it.
constexpr std::int64_t start_of_today = 1772409600;

// argon2id is slow (and slower still under the sanitizers): hash once.
const std::string& shared_password_hash() {
  static const std::string hash = [] {
    security::initialise();
    return security::hash_password(test_password);
  }();
  return hash;
}

std::filesystem::path make_temp_directory() {
  std::string pattern = (std::filesystem::temp_directory_path() / "afk-http-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

template <class T>
T must(Result<T> result, const char* what) {
  if (!result) throw std::runtime_error(std::string(what) + ": " + result.error().code);
  return std::move(result).value();
}

Unit make_unit(std::int64_t municipality_id, std::string name, std::initializer_list<PlaceKind> places) {
  Unit unit;
  unit.municipality_id = municipality_id;
  unit.name = std::move(name);
  int number = 1;
  for (PlaceKind kind : places) unit = must(add_place(unit, {number++, kind}), "add_place");
  return unit;
}
}  // namespace

std::string synthetic_cpr(int index) {
  // Day 01–28 of March; years 47–99 with 7th digit 0 (born 1900–1999).
  char text[16];
  std::snprintf(text, sizeof text, "%02d03%02d-0%03d", 1 + index % 28, 47 + index % 53, index % 1000);
  return text;
}

Date TestServer::today() { return *Date::from_ymd(2026, 3, 2); }

TestServer::TestServer(TestServerOptions test_options)
    : directory_(make_temp_directory()), now_seconds_(start_of_today + 9 * 3600) {
  // AFK_TEST_DATABASE=postgres runs the suite on a fresh PostgreSQL database
  // (tests/CMakeLists.txt registers every HTTP test a second time that way).
  const char* back_end = std::getenv("AFK_TEST_DATABASE");
  const std::string address = back_end && std::string(back_end) == "postgres"
                                  ? test::fresh_postgres_database()
                                  : (directory_ / "afklaring.db").string();
  pool_ = store::open_pool(address);
  store::migrate(*pool_->acquire(), address);
  write_world();
  write_users();

  http::Clock clock;
  clock.now_seconds = [this] { return now_seconds_.load(); };
  clock.today = [] { return today(); };
  http::Settings settings;
  settings.body_limit_bytes = 4096;
  settings.cpr_lookup_key = cpr_lookup_key;
  services_ = std::make_unique<http::Services>(http::Services{*pool_, clock, settings});
  router_ = std::make_unique<http::Router>(*services_);
  http::register_all_routes(*router_);
  http::ServerOptions options;
  options.port = 0;
  options.threads = test_options.io_threads;
  options.log_requests = test_options.log_requests;
  options.password_threads = test_options.password_threads;
  options.password_queue_limit = test_options.password_queue_limit;
  options.read_timeout = test_options.read_timeout;
  options.trusted_proxies = test_options.trusted_proxies;
  server_ = std::make_unique<http::HttpServer>(*router_, options);
  server_->start();
}

TestServer::~TestServer() {
  server_.reset();  // joins the server threads before the database goes away
  router_.reset();
  services_.reset();
  pool_.reset();
  std::error_code ignored;
  std::filesystem::remove_all(directory_, ignored);
}

void TestServer::write_world() {
  auto connection = pool_->acquire();
  store::Transaction transaction(*connection);
  Municipality municipality_a{0, 0, "Testkommune A", "0998"};
  Municipality municipality_b{0, 0, "Testkommune B", "0999"};
  store::insert(*connection, municipality_a);
  store::insert(*connection, municipality_b);
  Region region{0, 0, "Testregion"};
  store::insert(*connection, region);
  Ward ward_a{0, 0, region.id, "Testafsnit A", true};
  Ward ward_b{0, 0, region.id, "Testafsnit B", true};
  store::insert(*connection, ward_a);
  store::insert(*connection, ward_b);
  Unit unit_a = make_unit(municipality_a.id, "Testtilbud A", {PlaceKind::regular, PlaceKind::guest});
  Unit unit_b = make_unit(municipality_b.id, "Testtilbud B", {PlaceKind::regular, PlaceKind::regular});
  store::insert(*connection, unit_a);
  store::insert(*connection, unit_b);
  if (unit_a.id != world::unit_a || unit_b.id != world::unit_b || ward_b.id != world::ward_b ||
      municipality_b.id != world::municipality_b)
    throw std::runtime_error("test world ids differ from tests/http/test_server.hpp");
  transaction.commit();
}

void TestServer::write_users() {
  struct Login {
    const char* username;
    Role role;
    std::optional<std::int64_t> organisation_id;
  };
  const Login logins[] = {
      {users::ward_a, Role::ward_staff, world::ward_a},
      {users::ward_b, Role::ward_staff, world::ward_b},
      {users::staff_a, Role::unit_staff, world::unit_a},
      {users::staff_b, Role::unit_staff, world::unit_b},
      {users::lead_a, Role::unit_lead, world::unit_a},
      {users::authority_a, Role::authority, world::municipality_a},
      {users::authority_b, Role::authority, world::municipality_b},
      {users::project_lead, Role::project_lead, world::municipality_a},
      {users::evaluator, Role::evaluator, std::nullopt},
      {users::admin, Role::admin, std::nullopt},
  };
  auto connection = pool_->acquire();
  store::Transaction transaction(*connection);
  for (const Login& login : logins) {
    store::UserRecord user;
    user.username = login.username;
    user.display_name = std::string("Test ") + login.username;
    user.role = login.role;
    user.organisation_kind = organisation_kind_for(login.role);
    user.organisation_id = login.organisation_id;
    user.password_hash = shared_password_hash();
    store::insert_user(*connection, user);
  }
  transaction.commit();
}

SeededCourse TestServer::seed_course(std::int64_t unit_id, std::int64_t ward_id, std::int64_t municipality_id,
                                     const std::string& name, bool ready_to_move_in) {
  auto connection = pool_->acquire();
  store::Transaction transaction(*connection);
  Citizen citizen = must(
      register_citizen({name, synthetic_cpr(++seeded_citizens_), std::nullopt, municipality_id}, today()),
      "register_citizen");
  store::insert_citizen(*connection, citizen, security::keyed_hash(cpr_lookup_key, citizen.cpr->digits));
  const Ward ward = must(store::load<Ward>(*connection, ward_id), "load ward");
  const Unit unit = must(store::load<Unit>(*connection, unit_id), "load unit");

  SubmitReferral submit;
  submit.unit_id = unit_id;
  submit.citizen_id = citizen.id;
  submit.ward_id = ward_id;
  submit.referred_on = today();
  submit.reason = "Færdigbehandlet, mangler bolig og støtte.";
  submit.substance_use = SubstanceUse::none;
  submit.consent_to_share_with_unit = true;
  Referral referral = must(submit_referral(submit, citizen, ward, unit, today()), "submit_referral");
  store::insert(*connection, referral);
  store::record_referral_consents(*connection, referral, ConsentForm::written, true, 0, "ward_staff",
                                  today());

  ReferralContext referral_context;
  referral_context.today = today();
  referral_context.citizen = citizen;
  referral_context.ward = ward;
  referral_context.unit = unit;
  ReferralDecision decision = must(accept_referral(referral, {today(), ""}, referral_context), "accept");
  if (auto saved = store::update(*connection, decision.referral, referral.version); !saved)
    throw std::runtime_error("update referral");
  Course course = decision.course.value();
  if (ready_to_move_in) {
    CourseCommandContext course_context;
    course_context.today = today();
    course_context.unit = unit;
    course = must(appoint_key_worker(course, {"Kim Tovholder", "12345678", today()}, course_context),
                  "appoint_key_worker");
  }
  store::insert(*connection, course);
  transaction.commit();
  return {citizen.id, referral.id, course.id};
}

std::int64_t TestServer::count_rows(const std::string& table) {
  auto connection = pool_->acquire();
  return connection->query("SELECT COUNT(*) FROM " + table).front().integer(0);
}

}  // namespace afk::test
