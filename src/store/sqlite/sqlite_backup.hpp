// Consistent copies of a SQLite database with SQLite's online backup API:
// the copy is one snapshot (a read transaction; in WAL mode the server's
// writers go on meanwhile), checked with PRAGMA integrity_check, and
// readable by its owner only (0600).
#pragma once

#include <string>

namespace afk::store {

// Copies `database` to `backup`, which must not exist yet. Throws SqlError
// with the reason (cannot open, file exists, integrity check failed).
void backup_sqlite(const std::string& database, const std::string& backup);

// Replaces the contents of `database` with `backup` after checking the
// backup's integrity. The server must be stopped; the next `afklaring
// serve` or `migrate` brings an older backup up to the current schema.
void restore_sqlite(const std::string& backup, const std::string& database);

}  // namespace afk::store
