// Hands each request its own connection: SQLite connections are not shared
// between threads, and PostgreSQL connections are expensive to open.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/sql.hpp"

namespace afk::store {

class ConnectionPool {
 public:
  using Opener = std::function<std::unique_ptr<SqlConnection>()>;
  explicit ConnectionPool(Opener opener) : opener_(std::move(opener)) {}

  class Lease {
   public:
    Lease(ConnectionPool& pool, std::unique_ptr<SqlConnection> connection)
        : pool_(&pool), connection_(std::move(connection)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = default;
    ~Lease() {
      if (connection_) pool_->give_back(std::move(connection_));
    }
    SqlConnection& operator*() { return *connection_; }
    SqlConnection* operator->() { return connection_.get(); }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<SqlConnection> connection_;
  };

  Lease acquire();

 private:
  void give_back(std::unique_ptr<SqlConnection> connection);

  Opener opener_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<SqlConnection>> idle_;
};

// Runs `read` in `snapshot` when there is one (a read transaction the caller
// holds open), otherwise in a read transaction of its own on a pooled connection.
template <class Read>
auto read_consistently(ConnectionPool& pool, SqlConnection* snapshot, Read&& read) {
  if (snapshot) return read(*snapshot);
  auto connection = pool.acquire();
  Transaction transaction(*connection, Transaction::Mode::read);
  auto result = read(*connection);
  transaction.commit();
  return result;
}

// Opens a pool for a SQLite file (the default back end).
std::unique_ptr<ConnectionPool> open_sqlite_pool(const std::string& path);
int migrate_sqlite(SqlConnection& connection);

// A PostgreSQL address is a libpq URI: postgresql://… or postgres://….
bool is_postgres_address(std::string_view address);
// Opens a pool for a database address: a PostgreSQL URI, else a SQLite file path.
std::unique_ptr<ConnectionPool> open_pool(const std::string& address);
// Applies the numbered migrations in the dialect of the back end at `address`.
int migrate(SqlConnection& connection, const std::string& address);

}  // namespace afk::store
