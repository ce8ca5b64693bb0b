// A throw-away PostgreSQL cluster for tests: initdb in a temp dir, a server
// listening only on a unix socket there, stopped and removed at the end.
// Debian's `postgresql` package (scripts/setup) provides the binaries; as root
// (CI containers) the server runs as the package's `postgres` user, since
// PostgreSQL refuses to run as root.
//
// `make test` starts one cluster per build directory as a ctest fixture
// (tests/fixtures/postgres_cluster_fixture.cpp) and every test process takes
// its databases from it; a test binary run by hand, with no fixture cluster
// running, starts its own for the life of the process.
#pragma once

#include <filesystem>
#include <string>

namespace afk::test {

// The address (a postgresql:// URI, as --db takes it) of a fresh, empty
// database, dropped again when the process ends. Throws when no cluster can
// be reached or started.
std::string fresh_postgres_database();

// The fixture's two halves: start a cluster and write where it listens to
// `cluster_file`; stop the cluster `cluster_file` names and remove it. Both
// are idempotent, so a run that was killed half-way leaves nothing behind.
void start_shared_postgres_cluster(const std::filesystem::path& cluster_file);
void stop_shared_postgres_cluster(const std::filesystem::path& cluster_file);

}  // namespace afk::test
