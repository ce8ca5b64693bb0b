// Moving an installation from a SQLite file to PostgreSQL (`afklaring copy`):
// every table's rows with the same ids, in one transaction, so documents and
// their versions, the audit log's hash chain and the installation secrets
// (the CPR look-up key) carry over unchanged.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "store/sql.hpp"

namespace afk::store {

struct CopiedTable {
  std::string name;
  std::int64_t rows = 0;
};

// Copies `sqlite` (migrated to the newest version) into `postgres` (migrated,
// and not yet used: no organisations, users, citizens or audit entries), in
// foreign-key order; afterwards each identity counter continues after the
// copied ids. Refuses, changing nothing, when either database is not so.
Result<std::vector<CopiedTable>> copy_sqlite_to_postgres(SqlConnection& sqlite, SqlConnection& postgres);

}  // namespace afk::store
