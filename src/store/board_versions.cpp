#include "store/board_versions.hpp"

namespace afk::store {

std::int64_t board_version(SqlConnection& sql, std::int64_t unit_id) {
  const auto rows = sql.query("SELECT version FROM board_versions WHERE unit_id = ?", {unit_id});
  return rows.empty() ? 0 : rows.front().integer(0);
}

void touch_board(SqlConnection& sql, std::int64_t unit_id) {
  sql.execute(
      "INSERT INTO board_versions (unit_id, version) VALUES (?, 1) "
      "ON CONFLICT (unit_id) DO UPDATE SET version = board_versions.version + 1",
      {unit_id});
}

void touch_boards_of_citizen(SqlConnection& sql, std::int64_t citizen_id) {
  sql.execute(
      "INSERT INTO board_versions (unit_id, version) SELECT DISTINCT unit_id, 1 FROM courses WHERE "
      "citizen_id = ? "
      "ON CONFLICT (unit_id) DO UPDATE SET version = board_versions.version + 1",
      {citizen_id});
}

}  // namespace afk::store
