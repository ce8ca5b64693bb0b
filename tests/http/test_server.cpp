#include "http/test_server.hpp"

#include "http/routes/all_routes.hpp"

namespace afk::test {

namespace {
// 2026-03-02 00:00:00 UTC; the clock only moves when a test moves it.
constexpr std::int64_t start_of_today = 1772409600;
}  // namespace

Date TestServer::today() { return test_today(); }

TestServer::TestServer(TestServerOptions test_options) : now_seconds_(start_of_today + 9 * 3600) {
  // With AFK_TEST_DATABASE=postgres the database is PostgreSQL (tests/CMakeLists.txt
  // registers every HTTP test a second time that way).
  write_test_world(*pool_);

  http::Clock clock;
  clock.now_seconds = [this] { return now_seconds_.load(); };
  clock.today = [] { return today(); };
  http::Settings settings;
  // Small, so the too-large answers are cheap to provoke; a MedCom message (≈ 4 KB) still fits.
  settings.body_limit_bytes = 16384;
  settings.cpr_lookup_key = test_cpr_lookup_key;
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
}

SeededCourse TestServer::seed_course(std::int64_t unit_id, std::int64_t ward_id, std::int64_t municipality_id,
                                     const std::string& name, bool ready_to_move_in) {
  return seed_test_course(*pool_, ++seeded_citizens_, unit_id, ward_id, municipality_id, name,
                          ready_to_move_in);
}

std::int64_t TestServer::count_rows(const std::string& table) {
  auto connection = pool_->acquire();
  return connection->query("SELECT COUNT(*) FROM " + table).front().integer(0);
}

}  // namespace afk::test
