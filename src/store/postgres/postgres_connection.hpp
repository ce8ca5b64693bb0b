// PostgreSQL back end of SqlConnection, on libpq: the same `?` placeholders
// and SQL as SQLite (rewritten to $1, $2, … here), values sent as text and
// read back by column type. Writers take one transaction-scoped advisory
// lock, so writes are serialised across every server on the database as
// SQLite serialises them in one file: the last-place check, version checks
// and the audit chain's head hold across processes.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "store/document_cache.hpp"
#include "store/sql.hpp"

struct pg_conn;
struct pg_result;

namespace afk::store {

class PostgresConnection final : public SqlConnection {
 public:
  // Connects with a libpq connection string or URI
  // ("postgresql://user@host/db", "host=/tmp/socket dbname=afklaring").
  explicit PostgresConnection(const std::string& address, std::shared_ptr<DocumentCache> cache = nullptr);
  ~PostgresConnection() override;
  PostgresConnection(const PostgresConnection&) = delete;
  PostgresConnection& operator=(const PostgresConnection&) = delete;

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

  // `sql` with each `?` outside quotes replaced by $1, $2, … in order.
  static std::string numbered_placeholders(std::string_view sql);

 private:
  // Sends one statement (prepared on first use).
  void send(std::string_view sql, const std::vector<SqlValue>& params);
  [[noreturn]] void fail(const std::string& what, pg_result* result);

  // The name of `sql`'s prepared statement on this connection, prepared on
  // first use; empty when the cache is full (the statement is then sent
  // unprepared, with its text in `text`).
  const std::string& prepared(std::string_view sql, std::size_t parameters, std::string& text);

  pg_conn* connection_ = nullptr;
  bool in_write_ = false;
  int open_cursors_ = 0;  // for_each_row's cursors open now
  std::shared_ptr<DocumentCache> cache_;
  // Our SQL → its prepared statement's name. A request's few statements are
  // then parsed and planned once per connection instead of on every call.
  std::unordered_map<std::string, std::string> prepared_;
};

}  // namespace afk::store
