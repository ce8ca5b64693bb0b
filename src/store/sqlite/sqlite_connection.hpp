// SQLite back end of SqlConnection: WAL, foreign keys on, a busy timeout so
// concurrent writers queue instead of failing, prepared statements cached.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "store/document_cache.hpp"
#include "store/sql.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace afk::store {

class SqliteConnection final : public SqlConnection {
 public:
  // Opens (and creates) the database file; ":memory:" for a private in-memory one.
  // Connections of one process that share `write_gate` queue for the write
  // lock on a mutex instead of in SQLite's sleeping busy handler, which
  // would add tens of milliseconds to every contended write.
  explicit SqliteConnection(const std::string& path, std::shared_ptr<std::mutex> write_gate = nullptr,
                            std::shared_ptr<DocumentCache> cache = nullptr);
  ~SqliteConnection() override;
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  std::vector<SqlRow> query(std::string_view sql, const std::vector<SqlValue>& params) override;
  void for_each_row(std::string_view sql, const std::vector<SqlValue>& params,
                    const std::function<void(const SqlRow&)>& visit) override;
  std::int64_t execute(std::string_view sql, const std::vector<SqlValue>& params) override;
  std::int64_t insert(std::string_view sql, const std::vector<SqlValue>& params) override;
  void execute_script(std::string_view sql) override;
  void begin_write() override;
  void begin_read() override;
  bool in_write_transaction() const override { return in_write_; }
  DocumentCache* document_cache() override { return cache_.get(); }
  void commit() override;
  void rollback() override;

 private:
  sqlite3_stmt* prepare(std::string_view sql, const std::vector<SqlValue>& params);
  [[noreturn]] void fail(const std::string& what);

  void release_gate();

  sqlite3* db_ = nullptr;
  std::shared_ptr<std::mutex> write_gate_;
  bool holding_gate_ = false;
  bool in_write_ = false;
  std::shared_ptr<DocumentCache> cache_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace afk::store
