#include "store/users_repository.hpp"

namespace afk::store {

namespace {
constexpr const char* user_columns =
    "SELECT id, username, display_name, password_hash, role, organisation_kind, organisation_id, active, "
    "version, "
    "must_change_password "
    "FROM users ";

UserRecord user_from_row(const SqlRow& row) {
  UserRecord user;
  user.id = row.integer(0);
  user.username = row.text(1);
  user.display_name = row.text(2);
  user.password_hash = row.text(3);
  user.role = role_from_code(row.text(4)).value_or(Role::unit_staff);
  user.organisation_kind = organisation_kind_from_code(row.text(5)).value_or(OrganisationKind::unit);
  user.organisation_id = row.optional_integer(6);
  user.active = row.integer(7) != 0;
  user.version = row.integer(8);
  user.must_change_password = row.integer(9) != 0;
  return user;
}
}  // namespace

std::optional<UserRecord> find_user_by_username(SqlConnection& sql, const std::string& username) {
  const auto rows = sql.query(std::string(user_columns) + "WHERE username = ?", {username});
  if (rows.empty()) return std::nullopt;
  return user_from_row(rows.front());
}

std::optional<UserRecord> find_user(SqlConnection& sql, std::int64_t id) {
  const auto rows = sql.query(std::string(user_columns) + "WHERE id = ?", {id});
  if (rows.empty()) return std::nullopt;
  return user_from_row(rows.front());
}

std::vector<UserRecord> list_users(SqlConnection& sql) {
  std::vector<UserRecord> users;
  for (const auto& row : sql.query(std::string(user_columns) + "ORDER BY username")) users.push_back(user_from_row(row));
  return users;
}

std::int64_t insert_user(SqlConnection& sql, const UserRecord& user) {
  SqlValue organisation = nullptr;
  if (user.organisation_id) organisation = *user.organisation_id;
  return sql.insert(
      "INSERT INTO users (username, display_name, password_hash, role, organisation_kind, organisation_id, "
      "active, "
      "must_change_password) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
      {user.username, user.display_name, user.password_hash, std::string(role_code(user.role)),
       std::string(organisation_kind_code(user.organisation_kind)), organisation,
       std::int64_t{user.active ? 1 : 0}, std::int64_t{user.must_change_password ? 1 : 0}});
}

bool update_user(SqlConnection& sql, const UserRecord& user) {
  SqlValue organisation = nullptr;
  if (user.organisation_id) organisation = *user.organisation_id;
  return sql.execute(
             "UPDATE users SET display_name = ?, password_hash = ?, role = ?, organisation_kind = ?, "
             "organisation_id = ?, active = ?, must_change_password = ?, version = version + 1 "
             "WHERE id = ? AND version = ?",
             {user.display_name, user.password_hash, std::string(role_code(user.role)),
              std::string(organisation_kind_code(user.organisation_kind)), organisation,
              std::int64_t{user.active ? 1 : 0}, std::int64_t{user.must_change_password ? 1 : 0}, user.id,
              user.version}) == 1;
}

std::int64_t end_sessions_of_user(SqlConnection& sql, std::int64_t user_id,
                                  const std::string& keep_token_hash) {
  return sql.execute("DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?",
                     {user_id, keep_token_hash});
}

}  // namespace afk::store
