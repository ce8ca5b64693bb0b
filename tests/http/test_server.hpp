// A real Afklaring server on loopback for the HTTP integration tests: a fresh
// database on either back end (store/test_database.hpp), the small synthetic
// world of test_world.hpp, a fixed clock the tests can move, and the real
// router on an OS-chosen port.
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
#include "http/test_world.hpp"
#include "store/connection_pool.hpp"
#include "store/test_database.hpp"

namespace afk::test {

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
  TestDatabase database_;
  store::ConnectionPool* pool_ = &database_.pool();
  std::atomic<std::int64_t> now_seconds_;
  std::unique_ptr<http::Services> services_;
  std::unique_ptr<http::Router> router_;
  std::unique_ptr<http::HttpServer> server_;
  int seeded_citizens_ = 0;
};

}  // namespace afk::test
