// A throw-away PostgreSQL cluster for tests: initdb in a temp dir, a server
// listening only on a unix socket there, stopped and removed when the test
// process ends. Debian's `postgresql` package (scripts/setup) provides the
// binaries; as root (CI containers) the server runs as the package's
// `postgres` user, since PostgreSQL refuses to run as root.
#pragma once

#include <string>

namespace afk::test {

// The address (a postgresql:// URI, as --db takes it) of a fresh, empty
// database in the process's cluster (started on first use). Throws when the
// cluster cannot start.
std::string fresh_postgres_database();

}  // namespace afk::test
