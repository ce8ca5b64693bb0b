#include "store/login_failures_repository.hpp"

namespace afk::store {

namespace {
std::vector<std::int64_t> times(const std::vector<SqlRow>& rows) {
  std::vector<std::int64_t> result;
  result.reserve(rows.size());
  for (const auto& row : rows) result.push_back(row.integer(0));
  return result;
}
}  // namespace

void insert_login_failure(SqlConnection& sql, const LoginFailure& failure) {
  SqlValue user = nullptr;
  if (failure.user_id) user = *failure.user_id;
  sql.execute("INSERT INTO login_failures (at, username_key, user_id, address) VALUES (?, ?, ?, ?)",
              {failure.at, failure.username_key, user, failure.address});
}

std::vector<std::int64_t> login_failure_times_for_username(SqlConnection& sql,
                                                           const std::string& username_key,
                                                           std::int64_t since) {
  return times(
      sql.query("SELECT at FROM login_failures WHERE username_key = ? AND at >= ?", {username_key, since}));
}

std::vector<std::int64_t> login_failure_times_from_address(SqlConnection& sql, const std::string& address,
                                                           std::int64_t since) {
  return times(sql.query("SELECT at FROM login_failures WHERE address = ? AND at >= ?", {address, since}));
}

std::vector<LoginFailure> login_failures_since(SqlConnection& sql, std::int64_t since) {
  std::vector<LoginFailure> failures;
  for (const auto& row : sql.query(
           "SELECT at, username_key, user_id, address FROM login_failures WHERE at >= ? ORDER BY at, id",
           {since}))
    failures.push_back({row.integer(0), row.text(1), row.optional_integer(2), row.text(3)});
  return failures;
}

std::int64_t forget_login_failures_for_username(SqlConnection& sql, const std::string& username_key) {
  return sql.execute("DELETE FROM login_failures WHERE username_key = ?", {username_key});
}

std::int64_t forget_login_failures_from_address(SqlConnection& sql, const std::string& address) {
  return sql.execute("DELETE FROM login_failures WHERE address = ?", {address});
}

std::int64_t prune_login_failures(SqlConnection& sql, std::int64_t before) {
  return sql.execute("DELETE FROM login_failures WHERE at < ?", {before});
}

}  // namespace afk::store
