// The version of each unit's board (migration 010). Raised with every change
// the board shows, in the changing transaction; read in the snapshot a board
// is built from, so a board built once may be served again while its unit,
// day and version are the same — also with several servers on one database.
#pragma once

#include <cstdint>

#include "store/sql.hpp"

namespace afk::store {

std::int64_t board_version(SqlConnection& sql, std::int64_t unit_id);
void touch_board(SqlConnection& sql, std::int64_t unit_id);
// The boards of every unit the citizen has a course at (their name or consent changed).
void touch_boards_of_citizen(SqlConnection& sql, std::int64_t citizen_id);

}  // namespace afk::store
