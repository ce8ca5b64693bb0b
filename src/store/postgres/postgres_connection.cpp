#include "store/postgres/postgres_connection.hpp"

#include <libpq-fe.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>

namespace afk::store {

namespace {
// Column types from pg_type that are read as numbers; every other type
// (text, and what SQLite also keeps as text) is read as text.
constexpr Oid bool_oid = 16, int8_oid = 20, int2_oid = 21, int4_oid = 23, float4_oid = 700, float8_oid = 701,
              numeric_oid = 1700;

// Writers queue on this advisory lock, held until commit or rollback.
constexpr const char* write_lock = "SELECT pg_advisory_xact_lock(7253014)";

struct ResultGuard {
  PGresult* result;
  ~ResultGuard() { PQclear(result); }
};

SqlValue cell_value(const PGresult* result, int row, int column) {
  if (PQgetisnull(result, row, column)) return nullptr;
  const char* text = PQgetvalue(result, row, column);
  const auto length = static_cast<std::size_t>(PQgetlength(result, row, column));
  switch (PQftype(result, column)) {
    case bool_oid:
      return std::int64_t{text[0] == 't' ? 1 : 0};
    case int2_oid:
    case int4_oid:
    case int8_oid: {
      std::int64_t value = 0;
      std::from_chars(text, text + length, value);
      return value;
    }
    case float4_oid:
    case float8_oid:
    case numeric_oid:
      return std::strtod(text, nullptr);
    default:
      return std::string(text, length);
  }
}

std::string parameter_text(const SqlValue& value) {
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return std::to_string(*integer);
  if (const auto* real = std::get_if<double>(&value)) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", *real);
    return buffer;
  }
  return std::get<std::string>(value);
}
}  // namespace

PostgresConnection::PostgresConnection(const std::string& address, std::shared_ptr<DocumentCache> cache)
    : connection_(PQconnectdb(address.c_str())), cache_(std::move(cache)) {
  if (!connection_ || PQstatus(connection_) != CONNECTION_OK) {
    const std::string message = connection_ ? PQerrorMessage(connection_) : "out of memory";
    PQfinish(connection_);
    connection_ = nullptr;
    throw SqlError("connect to PostgreSQL: " + message);
  }
  // Notices (e.g. "relation already exists, skipping") are not errors.
  PQsetNoticeProcessor(
      connection_, [](void*, const char*) {}, nullptr);
  // Cursors (for_each_row) read every row they ask for: plan them for the
  // whole answer, not for the first tenth (PostgreSQL's default).
  execute_script("SET client_min_messages = warning; SET cursor_tuple_fraction = 1.0");
}

PostgresConnection::~PostgresConnection() { PQfinish(connection_); }

std::string PostgresConnection::numbered_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int number = 0;
  bool quoted = false;
  for (char c : sql) {
    if (c == '\'') quoted = !quoted;
    if (c == '?' && !quoted) {
      out += '$';
      out += std::to_string(++number);
    } else {
      out += c;
    }
  }
  return out;
}

void PostgresConnection::fail(const std::string& what, PGresult* result) {
  // Copied before PQclear frees the result they point into.
  const char* code = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const std::string state = code ? code : "";
  const std::string message =
      what + ": " + (result ? PQresultErrorMessage(result) : PQerrorMessage(connection_));
  if (result) PQclear(result);
  // Class 23: integrity constraint violation (unique, foreign key, not null, check).
  if (state.starts_with("23")) throw SqlConstraintError(message);
  throw SqlError(message);
}

namespace {
// Statements built per call (the copy's per-table inserts, IN lists of any
// length) would otherwise grow the cache without end.
constexpr std::size_t most_prepared_statements = 1024;
const std::string unprepared;
}  // namespace

const std::string& PostgresConnection::prepared(std::string_view sql, std::size_t parameters,
                                                std::string& text) {
  const std::string key(sql);
  if (const auto found = prepared_.find(key); found != prepared_.end()) return found->second;
  text = numbered_placeholders(sql);
  if (prepared_.size() >= most_prepared_statements) return unprepared;
  std::string name = "afk" + std::to_string(prepared_.size() + 1);
  PGresult* result =
      PQprepare(connection_, name.c_str(), text.c_str(), static_cast<int>(parameters), nullptr);
  if (PQresultStatus(result) != PGRES_COMMAND_OK) fail("prepare statement", result);
  PQclear(result);
  return prepared_.emplace(key, std::move(name)).first->second;
}

void PostgresConnection::send(std::string_view sql, const std::vector<SqlValue>& params) {
  std::string text;
  const std::string& name = prepared(sql, params.size(), text);
  std::vector<std::string> texts;
  std::vector<const char*> values;
  texts.reserve(params.size());
  for (const SqlValue& param : params) {
    if (std::holds_alternative<std::nullptr_t>(param)) {
      texts.emplace_back();
      values.push_back(nullptr);
    } else {
      texts.push_back(parameter_text(param));
      values.push_back(texts.back().c_str());
    }
  }
  const int sent = name.empty()
                       ? PQsendQueryParams(connection_, text.c_str(), static_cast<int>(params.size()),
                                           nullptr, values.data(), nullptr, nullptr, 0)
                       : PQsendQueryPrepared(connection_, name.c_str(), static_cast<int>(params.size()),
                                             values.data(), nullptr, nullptr, 0);
  if (!sent) fail("send statement", nullptr);
}

namespace {
// A cursor fetches this many rows per round trip.
constexpr int rows_per_fetch = 8192;

void visit_rows(PGresult* result, const std::function<void(const SqlRow&)>& visit) {
  const int columns = PQnfields(result);
  const int rows = PQntuples(result);
  // One row object refilled for every row: no allocation per row.
  SqlRow current(std::vector<SqlValue>(static_cast<std::size_t>(columns)));
  std::vector<SqlValue>& values = current.values();
  for (int row = 0; row < rows; ++row) {
    for (int column = 0; column < columns; ++column)
      values[static_cast<std::size_t>(column)] = cell_value(result, row, column);
    visit(current);
  }
}
}  // namespace

// Small answers whole, in one round trip.
std::vector<SqlRow> PostgresConnection::query(std::string_view sql, const std::vector<SqlValue>& params) {
  send(sql, params);
  std::vector<SqlRow> rows;
  PGresult* failed = nullptr;
  while (PGresult* result = PQgetResult(connection_)) {
    const auto status = PQresultStatus(result);
    if (status == PGRES_TUPLES_OK && !failed) {
      ResultGuard guard{result};
      visit_rows(result, [&](const SqlRow& row) { rows.push_back(row); });
    } else if (status == PGRES_COMMAND_OK && !failed) {
      PQclear(result);
    } else if (!failed) {
      failed = result;  // the error; read on until libpq is done with the statement
    } else {
      PQclear(result);
    }
  }
  if (failed) fail("query", failed);
  return rows;
}

// Answers of any size in batches through a cursor, so memory stays bounded;
// libpq's single-row mode would allocate a result per row, which at a
// national report's millions of rows costs more than the query itself.
void PostgresConnection::for_each_row(std::string_view sql, const std::vector<SqlValue>& params,
                                      const std::function<void(const SqlRow&)>& visit) {
  const bool own_transaction = PQtransactionStatus(connection_) == PQTRANS_IDLE;  // a cursor needs one
  if (own_transaction) execute_script("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  // Named by depth (a visit may stream another query), so the DECLARE's text
  // repeats and its prepared statement is reused.
  const std::string cursor = "afk_rows" + std::to_string(open_cursors_);
  ++open_cursors_;
  struct Depth {
    int& open;
    ~Depth() { --open; }
  } depth{open_cursors_};
  try {
    execute("DECLARE " + cursor + " NO SCROLL CURSOR FOR " + std::string(sql), params);
    // The next batch is asked for before this one is visited, so the server
    // reads while we count: the two overlap as in single-row mode, without
    // its cost of one result per row.
    const std::string fetch = "FETCH " + std::to_string(rows_per_fetch) + " FROM " + cursor;
    if (!PQsendQuery(connection_, fetch.c_str())) fail("fetch", nullptr);
    for (bool more = true; more;) {
      PGresult* batch = PQgetResult(connection_);
      while (PGresult* rest = PQgetResult(connection_)) PQclear(rest);
      if (PQresultStatus(batch) != PGRES_TUPLES_OK) fail("fetch", batch);
      ResultGuard guard{batch};
      more = PQntuples(batch) == rows_per_fetch;
      if (more && !PQsendQuery(connection_, fetch.c_str())) fail("fetch", nullptr);
      try {
        visit_rows(batch, visit);
      } catch (...) {
        while (PGresult* rest = PQgetResult(connection_)) PQclear(rest);  // the batch asked for ahead
        throw;
      }
    }
    execute_script("CLOSE " + cursor);
  } catch (...) {
    // Leave the connection as it was: the cursor closed (or the failed
    // transaction rolled back, which closes it too).
    if (own_transaction) {
      PQclear(PQexec(connection_, "ROLLBACK"));
    } else if (PQtransactionStatus(connection_) == PQTRANS_INTRANS) {
      PQclear(PQexec(connection_, ("CLOSE " + cursor).c_str()));
    }
    throw;
  }
  if (own_transaction) execute_script("COMMIT");
}

std::int64_t PostgresConnection::execute(std::string_view sql, const std::vector<SqlValue>& params) {
  send(sql, params);
  std::int64_t changed = 0;
  PGresult* failed = nullptr;
  while (PGresult* result = PQgetResult(connection_)) {
    const auto status = PQresultStatus(result);
    if ((status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) && !failed) {
      const char* count = PQcmdTuples(result);
      if (count && *count) changed = std::atoll(count);
      PQclear(result);
    } else if (!failed) {
      failed = result;
    } else {
      PQclear(result);
    }
  }
  if (failed) fail("execute", failed);
  return changed;
}

std::int64_t PostgresConnection::insert(std::string_view sql, const std::vector<SqlValue>& params) {
  const auto rows = query(sql, params);
  if (rows.size() != 1 || rows[0].size() < 1) throw SqlError("insert must return the new id");
  return rows[0].integer(0);
}

void PostgresConnection::execute_script(std::string_view sql) {
  PGresult* result = PQexec(connection_, std::string(sql).c_str());
  const auto status = PQresultStatus(result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail("script", result);
  PQclear(result);
}

void PostgresConnection::begin_write() {
  // One round trip: the simple protocol runs both statements in order, and
  // the lock's statement runs after BEGIN, inside the transaction.
  try {
    execute_script(std::string("BEGIN ISOLATION LEVEL READ COMMITTED; ") + write_lock);
  } catch (...) {
    PQclear(PQexec(connection_, "ROLLBACK"));
    throw;
  }
  in_write_ = true;
}

void PostgresConnection::begin_read() { execute_script("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); }

void PostgresConnection::commit() {
  in_write_ = false;
  execute_script("COMMIT");
}

void PostgresConnection::rollback() {
  in_write_ = false;
  execute_script("ROLLBACK");
}

}  // namespace afk::store
