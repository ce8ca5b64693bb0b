// The --db option every subcommand shares, and opening + migrating it.
#pragma once

#include <string>

#include "store/connection_pool.hpp"

namespace afk::app {

inline constexpr const char* default_database = "afklaring.sqlite";

// Opens the database at `path` (a SQLite file, or PostgreSQL at a
// postgresql:// URI), applies pending migrations and returns the pool.
std::unique_ptr<store::ConnectionPool> open_database(const std::string& path);

}  // namespace afk::app
