#include "store/connection_pool.hpp"

#include "store/migrations.hpp"
#include "store/postgres/postgres_connection.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace afk::store {

ConnectionPool::Lease ConnectionPool::acquire() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto connection = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(connection));
    }
  }
  return Lease(*this, opener_());
}

void ConnectionPool::give_back(std::unique_ptr<SqlConnection> connection) {
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(connection));
}

std::unique_ptr<ConnectionPool> open_sqlite_pool(const std::string& path) {
  auto write_gate = std::make_shared<std::mutex>();
  auto cache = std::make_shared<DocumentCache>(4096);
  return std::make_unique<ConnectionPool>(
      [path, write_gate, cache] { return std::make_unique<SqliteConnection>(path, write_gate, cache); });
}

int migrate_sqlite(SqlConnection& connection) {
  return apply_migrations(connection, embedded_migrations(sqlite_dialect));
}

bool is_postgres_address(std::string_view address) {
  return address.starts_with("postgresql://") || address.starts_with("postgres://");
}

std::unique_ptr<ConnectionPool> open_pool(const std::string& address) {
  if (!is_postgres_address(address)) return open_sqlite_pool(address);
  // Each server keeps its own cache; it answers only for the version just
  // read from the database, so another server's writes are never hidden.
  auto cache = std::make_shared<DocumentCache>(4096);
  return std::make_unique<ConnectionPool>(
      [address, cache] { return std::make_unique<PostgresConnection>(address, cache); });
}

int migrate(SqlConnection& connection, const std::string& address) {
  return apply_migrations(
      connection, embedded_migrations(is_postgres_address(address) ? postgres_dialect : sqlite_dialect));
}

}  // namespace afk::store
