#include "store/users_repository.hpp"

#include <array>

namespace afk::store {

namespace {
constexpr const char* user_fields =
    "users.id, username, display_name, password_hash, role, organisation_kind, organisation_id, active, "
    "version, must_change_password";

// The user's fields from column `first` on.
UserRecord user_from_row(const SqlRow& row, std::size_t first = 0) {
  UserRecord user;
  user.id = row.integer(first + 0);
  user.username = row.text(first + 1);
  user.display_name = row.text(first + 2);
  user.password_hash = row.text(first + 3);
  user.role = role_from_code(row.text(first + 4)).value_or(Role::unit_staff);
  user.organisation_kind = organisation_kind_from_code(row.text(first + 5)).value_or(OrganisationKind::unit);
  user.organisation_id = row.optional_integer(first + 6);
  user.active = row.integer(first + 7) != 0;
  user.version = row.integer(first + 8);
  user.must_change_password = row.integer(first + 9) != 0;
  return user;
}

const std::string user_columns = std::string("SELECT ") + user_fields + " FROM users ";
}  // namespace

std::optional<UserRecord> find_user_by_username(SqlConnection& sql, const std::string& username) {
  const auto rows = sql.query(user_columns + "WHERE username = ?", {username});
  if (rows.empty()) return std::nullopt;
  return user_from_row(rows.front());
}

std::optional<UserRecord> find_user(SqlConnection& sql, std::int64_t id) {
  const auto rows = sql.query(user_columns + "WHERE id = ?", {id});
  if (rows.empty()) return std::nullopt;
  return user_from_row(rows.front());
}

std::optional<SessionOwner> find_session_with_user(SqlConnection& sql, const std::string& token_hash) {
  const auto rows =
      sql.query(std::string("SELECT sessions.token_hash, sessions.user_id, sessions.csrf_token, "
                            "sessions.created_at, sessions.last_seen_at, ") +
                    user_fields +
                    " FROM sessions JOIN users ON users.id = sessions.user_id "
                    "WHERE sessions.token_hash = ?",
                {token_hash});
  if (rows.empty()) return std::nullopt;
  const SqlRow& row = rows.front();
  return SessionOwner{{row.text(0), row.integer(1), row.text(2), row.integer(3), row.integer(4)},
                      user_from_row(row, 5)};
}

std::vector<UserRecord> list_users(SqlConnection& sql) {
  std::vector<UserRecord> users;
  for (const auto& row : sql.query(user_columns + "ORDER BY username")) users.push_back(user_from_row(row));
  return users;
}

namespace {
// What an insert and an update both write, declared once: the columns and their values in order.
constexpr std::array written_columns{"display_name",        "password_hash",   "role",
                                     "organisation_kind",   "organisation_id", "active",
                                     "must_change_password"};

std::vector<SqlValue> written_values(const UserRecord& user) {
  SqlValue organisation = nullptr;
  if (user.organisation_id) organisation = *user.organisation_id;
  return {user.display_name,
          user.password_hash,
          std::string(role_code(user.role)),
          std::string(organisation_kind_code(user.organisation_kind)),
          organisation,
          std::int64_t{user.active ? 1 : 0},
          std::int64_t{user.must_change_password ? 1 : 0}};
}

std::string insert_statement() {
  std::string columns, marks;
  for (const char* column : written_columns) {
    columns += std::string(", ") + column;
    marks += ", ?";
  }
  return "INSERT INTO users (username" + columns + ") VALUES (?" + marks + ") RETURNING id";
}

std::string update_statement() {
  std::string assignments;
  for (const char* column : written_columns) assignments += std::string(column) + " = ?, ";
  return "UPDATE users SET " + assignments + "version = version + 1 WHERE id = ? AND version = ?";
}
}  // namespace

std::int64_t insert_user(SqlConnection& sql, const UserRecord& user) {
  static const std::string statement = insert_statement();
  std::vector<SqlValue> values{user.username};
  for (auto& value : written_values(user)) values.push_back(std::move(value));
  return sql.insert(statement, values);
}

bool update_user(SqlConnection& sql, const UserRecord& user) {
  static const std::string statement = update_statement();
  std::vector<SqlValue> values = written_values(user);
  values.push_back(user.id);
  values.push_back(user.version);
  return sql.execute(statement, values) == 1;
}

std::int64_t end_sessions_of_user(SqlConnection& sql, std::int64_t user_id,
                                  const std::string& keep_token_hash) {
  return sql.execute("DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?",
                     {user_id, keep_token_hash});
}

}  // namespace afk::store
