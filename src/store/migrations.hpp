// Numbered schema migrations (src/store/migrations/NNN_name.sql), embedded in
// the binary and applied in order at start-up; never edited once released.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "store/sql.hpp"

namespace afk::store {

struct Migration {
  int number = 0;
  std::string name;
  std::string sql;
};

// The embedded migrations in order, with {{id}} replaced by `id_column`, the
// back end's auto-increment primary key declaration.
std::vector<Migration> embedded_migrations(std::string_view id_column);

// Applies every migration newer than the database's, each in its own
// transaction. Returns how many were applied.
int apply_migrations(SqlConnection& connection, const std::vector<Migration>& migrations);

}  // namespace afk::store
