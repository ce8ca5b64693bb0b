#include "store/sqlite/sqlite_connection.hpp"

#include <sqlite3.h>
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <thread>

namespace afk::store {

namespace {
// Resets a cached statement when a step loop ends, however it ends.
struct StatementReset {
  sqlite3_stmt* statement;
  ~StatementReset() {
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
  }
};
}  // namespace

SqliteConnection::SqliteConnection(const std::string& path, std::shared_ptr<std::mutex> write_gate,
                                   std::shared_ptr<DocumentCache> cache)
    : write_gate_(std::move(write_gate)), cache_(std::move(cache)) {
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  const bool creates_file = path != ":memory:" && !std::filesystem::exists(path);
  if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) fail("open database");
  // A new database is its owner's alone; SQLite gives its WAL and shared-memory
  // files the database file's permissions.
  if (creates_file) chmod(path.c_str(), S_IRUSR | S_IWUSR);
  sqlite3_busy_timeout(db_, 10000);
  // Switching a new database to WAL takes an exclusive lock, and SQLite
  // answers "busy" at once rather than calling the busy handler while another
  // process does the same: several servers starting together retry for as
  // long as the busy timeout.
  for (int attempt = 0;; ++attempt) {
    try {
      execute_script(
          "PRAGMA journal_mode = WAL;"
          "PRAGMA synchronous = NORMAL;"
          "PRAGMA foreign_keys = ON;"
          "PRAGMA cache_size = -16000;"
          "PRAGMA temp_store = MEMORY;");
      break;
    } catch (const SqlError&) {
      if ((sqlite3_errcode(db_) & 0xff) != SQLITE_BUSY || attempt == 1000) throw;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
}

SqliteConnection::~SqliteConnection() {
  for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
  sqlite3_close(db_);
}

void SqliteConnection::fail(const std::string& what) {
  const int code = sqlite3_extended_errcode(db_);
  const std::string message = what + ": " + (db_ ? sqlite3_errmsg(db_) : "no connection");
  if ((code & 0xff) == SQLITE_CONSTRAINT) throw SqlConstraintError(message);
  throw SqlError(message);
}

sqlite3_stmt* SqliteConnection::prepare(std::string_view sql, const std::vector<SqlValue>& params) {
  const std::string key(sql);
  sqlite3_stmt* statement = nullptr;
  if (auto found = statements_.find(key); found != statements_.end()) {
    statement = found->second;
  } else {
    if (sqlite3_prepare_v3(db_, key.c_str(), static_cast<int>(key.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr) != SQLITE_OK)
      fail("prepare statement");
    statements_.emplace(key, statement);
  }
  if (static_cast<size_t>(sqlite3_bind_parameter_count(statement)) != params.size())
    throw SqlError("statement expects " + std::to_string(sqlite3_bind_parameter_count(statement)) +
                   " parameters");
  for (size_t i = 0; i < params.size(); ++i) {
    const int index = static_cast<int>(i) + 1;
    int rc = SQLITE_OK;
    if (const auto* integer = std::get_if<std::int64_t>(&params[i])) {
      rc = sqlite3_bind_int64(statement, index, *integer);
    } else if (const auto* real = std::get_if<double>(&params[i])) {
      rc = sqlite3_bind_double(statement, index, *real);
    } else if (const auto* text = std::get_if<std::string>(&params[i])) {
      rc =
          sqlite3_bind_text(statement, index, text->data(), static_cast<int>(text->size()), SQLITE_TRANSIENT);
    } else {
      rc = sqlite3_bind_null(statement, index);
    }
    if (rc != SQLITE_OK) fail("bind parameter");
  }
  return statement;
}

std::vector<SqlRow> SqliteConnection::query(std::string_view sql, const std::vector<SqlValue>& params) {
  std::vector<SqlRow> rows;
  for_each_row(sql, params, [&](const SqlRow& row) { rows.push_back(row); });
  return rows;
}

void SqliteConnection::for_each_row(std::string_view sql, const std::vector<SqlValue>& params,
                                    const std::function<void(const SqlRow&)>& visit) {
  sqlite3_stmt* statement = prepare(sql, params);
  StatementReset reset{statement};
  const int columns = sqlite3_column_count(statement);
  SqlRow row(std::vector<SqlValue>(static_cast<size_t>(columns)));
  for (;;) {
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) fail("query");
    // One row object, overwritten per row: no allocation per row in a long scan.
    auto& values = row.values();
    for (int column = 0; column < columns; ++column) {
      SqlValue& value = values[static_cast<size_t>(column)];
      // One value handle per column: the sqlite3_value_* readers skip the
      // per-call bookkeeping of sqlite3_column_*, which shows in long scans.
      sqlite3_value* cell = sqlite3_column_value(statement, column);
      switch (sqlite3_value_type(cell)) {
        case SQLITE_INTEGER:
          value = static_cast<std::int64_t>(sqlite3_value_int64(cell));
          break;
        case SQLITE_FLOAT:
          value = sqlite3_value_double(cell);
          break;
        case SQLITE_NULL:
          value = nullptr;
          break;
        default: {
          const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(cell));
          const auto size = static_cast<size_t>(sqlite3_value_bytes(cell));
          if (auto* reused = std::get_if<std::string>(&value))
            reused->assign(text, size);
          else
            value = std::string(text, size);
        }
      }
    }
    visit(row);
  }
}

std::int64_t SqliteConnection::execute(std::string_view sql, const std::vector<SqlValue>& params) {
  sqlite3_stmt* statement = prepare(sql, params);
  StatementReset reset{statement};
  int rc;
  while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
  }
  if (rc != SQLITE_DONE) fail("execute");
  return sqlite3_changes64(db_);
}

std::int64_t SqliteConnection::insert(std::string_view sql, const std::vector<SqlValue>& params) {
  const auto rows = query(sql, params);
  if (rows.size() != 1 || rows[0].size() < 1) throw SqlError("insert must return the new id");
  return rows[0].integer(0);
}

void SqliteConnection::execute_script(std::string_view sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    const std::string text = message ? message : "unknown error";
    sqlite3_free(message);
    throw SqlError("script: " + text);
  }
}

void SqliteConnection::begin_write() {
  if (write_gate_) {
    write_gate_->lock();
    holding_gate_ = true;
  }
  try {
    execute("BEGIN IMMEDIATE", {});
    in_write_ = true;
  } catch (...) {
    release_gate();
    throw;
  }
}

void SqliteConnection::release_gate() {
  in_write_ = false;
  if (holding_gate_) {
    holding_gate_ = false;
    write_gate_->unlock();
  }
}
void SqliteConnection::begin_read() { execute("BEGIN DEFERRED", {}); }
void SqliteConnection::commit() {
  execute("COMMIT", {});
  release_gate();
}

void SqliteConnection::rollback() {
  try {
    if (!sqlite3_get_autocommit(db_)) execute("ROLLBACK", {});
  } catch (...) {
    release_gate();
    throw;
  }
  release_gate();
}

}  // namespace afk::store
