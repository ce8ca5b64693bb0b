// A small, portable SQL connection interface. Repositories are written once
// against it with `?` placeholders and SQL that SQLite and PostgreSQL both
// accept; each back end (sqlite/, later postgres/) implements it.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace afk::store {

class DocumentCache;
using SqlValue = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

// An optional id as a parameter: NULL when absent.
inline SqlValue optional_value(const std::optional<std::int64_t>& value) {
  if (value) return *value;
  return nullptr;
}

class SqlRow {
 public:
  explicit SqlRow(std::vector<SqlValue> values) : values_(std::move(values)) {}
  size_t size() const { return values_.size(); }
  bool is_null(size_t column) const { return std::holds_alternative<std::nullptr_t>(values_.at(column)); }
  std::int64_t integer(size_t column) const;
  double real(size_t column) const;
  const std::string& text(size_t column) const;
  std::optional<std::int64_t> optional_integer(size_t column) const;
  std::optional<std::string> optional_text(size_t column) const;
  // For back ends that refill one row object while streaming.
  std::vector<SqlValue>& values() { return values_; }
  const std::vector<SqlValue>& values() const { return values_; }

 private:
  std::vector<SqlValue> values_;
};

// Thrown for database failures that are not the caller's fault (I/O, corrupt
// schema); the HTTP layer answers 500 without details.
struct SqlError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// A UNIQUE or foreign-key constraint refused the statement.
struct SqlConstraintError : SqlError {
  using SqlError::SqlError;
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual std::vector<SqlRow> query(std::string_view sql, const std::vector<SqlValue>& params = {}) = 0;
  // Hands each row to `visit` as it is read, for results too large to hold
  // (the national reports stream a million rows this way).
  virtual void for_each_row(std::string_view sql, const std::vector<SqlValue>& params,
                            const std::function<void(const SqlRow&)>& visit) = 0;
  // Runs a statement and returns the number of rows it changed.
  virtual std::int64_t execute(std::string_view sql, const std::vector<SqlValue>& params = {}) = 0;
  // INSERT … and return the new row's id (RETURNING id is portable).
  virtual std::int64_t insert(std::string_view sql, const std::vector<SqlValue>& params) = 0;
  // Runs several statements without parameters (migrations).
  virtual void execute_script(std::string_view sql) = 0;
  // Starts a write transaction that other writers wait for.
  virtual void begin_write() = 0;
  // Starts a read transaction: a consistent snapshot that blocks no writer.
  virtual void begin_read() = 0;
  // True between begin_write and commit/rollback.
  virtual bool in_write_transaction() const = 0;
  // The parsed-aggregate cache shared by this database's connections, if any.
  virtual DocumentCache* document_cache() { return nullptr; }
  virtual void commit() = 0;
  virtual void rollback() = 0;
};

// Rolls back unless committed: one command, one transaction.
class Transaction {
 public:
  enum class Mode { read, write };
  explicit Transaction(SqlConnection& connection, Mode mode = Mode::write) : connection_(connection) {
    if (mode == Mode::write)
      connection_.begin_write();
    else
      connection_.begin_read();
  }
  ~Transaction() {
    if (!done_) {
      try {
        connection_.rollback();
      } catch (...) {
      }
    }
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  SqlConnection& sql() { return connection_; }
  void commit() {
    connection_.commit();
    done_ = true;
  }

 private:
  SqlConnection& connection_;
  bool done_ = false;
};

}  // namespace afk::store
