// The database a store test runs on, migrated: a SQLite file in a temp dir,
// or — with AFK_TEST_DATABASE=postgres, as tests/CMakeLists.txt registers the
// store suite a second time — a fresh database in the test PostgreSQL cluster.
// The same tests then hold for both back ends.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "store/connection_pool.hpp"

namespace afk::test {

// True when this test process runs on PostgreSQL (AFK_TEST_DATABASE=postgres).
bool testing_on_postgres();

class TestDatabase {
 public:
  TestDatabase();
  ~TestDatabase();
  TestDatabase(const TestDatabase&) = delete;
  TestDatabase& operator=(const TestDatabase&) = delete;

  // What `--db` would take: the SQLite file's path or the postgresql:// URI.
  const std::string& address() const { return address_; }
  store::ConnectionPool& pool() { return *pool_; }
  // Another pool on the same database, as a second server would open it.
  std::unique_ptr<store::ConnectionPool> open_another_pool() const { return store::open_pool(address_); }
  // How many migrations the first run applied.
  int migrations_applied() const { return applied_; }

 private:
  std::filesystem::path directory_;
  std::string address_;
  std::unique_ptr<store::ConnectionPool> pool_;
  int applied_ = 0;
};

}  // namespace afk::test
