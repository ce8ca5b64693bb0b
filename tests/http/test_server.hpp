// A real Afklaring server on loopback for the HTTP integration tests: a fresh
// SQLite file in a temp dir, a small synthetic world, one user per role, a
// fixed clock the tests can move, and the real router on an OS-chosen port.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "core/date.hpp"
#include "http/http_server.hpp"
#include "http/router.hpp"
#include "http/services.hpp"
#include "store/connection_pool.hpp"

namespace afk::test {

// The ids of the world every test starts from (insertion order = id order).
namespace world {
inline constexpr std::int64_t municipality_a = 1;  // owns unit_a
inline constexpr std::int64_t municipality_b = 2;  // owns unit_b
inline constexpr std::int64_t region = 1;
inline constexpr std::int64_t ward_a = 1;
inline constexpr std::int64_t ward_b = 2;
// Unit A has exactly one regular place (number 1) and one guest place
// (number 2), so "the last free place" is easy to arrange.
inline constexpr std::int64_t unit_a = 1;
inline constexpr std::int64_t unit_b = 2;
}  // namespace world

// Every test user has this password (hashed once per process).
inline constexpr const char* test_password = "afklaring-test-password";

// Usernames, one per role and organisation.
namespace users {
inline constexpr const char* ward_a = "ward_a";              // ward staff, ward A
inline constexpr const char* ward_b = "ward_b";              // ward staff, ward B
inline constexpr const char* staff_a = "staff_a";            // unit staff, unit A
inline constexpr const char* staff_b = "staff_b";            // unit staff, unit B
inline constexpr const char* lead_a = "lead_a";              // unit lead, unit A
inline constexpr const char* authority_a = "authority_a";    // authority, municipality A
inline constexpr const char* authority_b = "authority_b";    // authority, municipality B
inline constexpr const char* project_lead = "project_lead";  // project lead, municipality A
inline constexpr const char* evaluator = "evaluator";
inline constexpr const char* admin = "admin";
}  // namespace users

// A course written straight into the store (accepted referral, phase 1).
struct SeededCourse {
  std::int64_t citizen_id = 0;
  std::int64_t referral_id = 0;
  std::int64_t course_id = 0;
};

// A fixed, synthetic CPR number that differs per `index` (1947–1999 births).
std::string synthetic_cpr(int index);

// What a test may change about the server; the defaults are the program's.
struct TestServerOptions {
  std::size_t password_threads = 1;
  std::size_t password_queue_limit = 16;
  std::chrono::milliseconds read_timeout{30'000};
  int io_threads = 2;
  http::TrustedProxies trusted_proxies;
  bool log_requests = false;
};

class TestServer {
 public:
  // `body_limit_bytes` is deliberately small so the 413 test stays cheap.
  explicit TestServer(TestServerOptions options = {});
  ~TestServer();
  TestServer(const TestServer&) = delete;
  TestServer& operator=(const TestServer&) = delete;

  unsigned short port() const { return server_->port(); }
  const http::Router& router() const { return *router_; }
  const http::Settings& settings() const { return services_->settings; }
  http::Router& mutable_router() { return *router_; }
  http::Services& services() { return *services_; }
  store::ConnectionPool& pool() { return *pool_; }

  // The fixed "today" of the clock (a Monday).
  static Date today();
  // Moves the clock's Unix time forward (session expiry).
  void advance_clock(std::int64_t seconds) { now_seconds_ += seconds; }

  // A citizen of `municipality_id` referred from `ward_id` to `unit_id` and
  // accepted today; with `ready_to_move_in` also a key worker, so move-in works.
  SeededCourse seed_course(std::int64_t unit_id, std::int64_t ward_id, std::int64_t municipality_id,
                           const std::string& name, bool ready_to_move_in);

  // Direct read of the database, to prove a refused request stored nothing.
  std::int64_t count_rows(const std::string& table);

 private:
  void write_world();
  void write_users();

  std::filesystem::path directory_;
  std::unique_ptr<store::ConnectionPool> pool_;
  std::atomic<std::int64_t> now_seconds_;
  std::unique_ptr<http::Services> services_;
  std::unique_ptr<http::Router> router_;
  std::unique_ptr<http::HttpServer> server_;
  int seeded_citizens_ = 0;
};

}  // namespace afk::test
