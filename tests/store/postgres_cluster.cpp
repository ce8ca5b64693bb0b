#include "store/postgres_cluster.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "store/postgres/postgres_connection.hpp"

namespace afk::test {

namespace {
namespace fs = std::filesystem;

// The newest installed server's binaries, e.g. /usr/lib/postgresql/15/bin.
fs::path server_binaries() {
  fs::path best;
  if (fs::exists("/usr/lib/postgresql"))
    for (const auto& version : fs::directory_iterator("/usr/lib/postgresql"))
      if (fs::exists(version.path() / "bin" / "initdb") && version.path() > best.parent_path())
        best = version.path() / "bin";
  if (best.empty()) throw std::runtime_error("PostgreSQL server binaries not found; run scripts/setup");
  return best;
}

void run(const std::string& command) {
  if (std::system(command.c_str()) != 0) throw std::runtime_error("failed: " + command);
}

bool running_as_root() { return geteuid() == 0; }

// The database user the cluster is initialised with: the owner of the server.
std::string cluster_user() { return running_as_root() ? "postgres" : getpwuid(geteuid())->pw_name; }

// Runs the server's programs as `postgres` when we are root.
std::string as_owner() { return running_as_root() ? "runuser -u postgres -- " : ""; }

std::string pg_ctl(const fs::path& directory) {
  return as_owner() + (server_binaries() / "pg_ctl").string() + " -D " + (directory / "data").string();
}

// A new cluster in a new temp dir, listening on a unix socket there.
fs::path start_cluster() {
  std::string pattern = (fs::temp_directory_path() / "afk-postgres-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  const fs::path directory = pattern;
  if (running_as_root()) {
    const passwd* owner = getpwnam("postgres");
    if (!owner) throw std::runtime_error("no postgres user; run scripts/setup");
    if (chown(directory.c_str(), owner->pw_uid, owner->pw_gid) != 0)
      throw std::runtime_error("chown " + directory.string());
  }
  run(as_owner() + (server_binaries() / "initdb").string() + " -D " + (directory / "data").string() +
      " --auth=trust --encoding=UTF8 --locale=C.UTF-8 -U " + cluster_user() + " > " +
      (directory / "initdb.log").string() + " 2>&1");
  // Durability settings off: a test cluster never outlives a crash.
  run(pg_ctl(directory) + " -l " + (directory / "server.log").string() + " -w -o \"-k " + directory.string() +
      " -c listen_addresses='' -c max_connections=300 -c fsync=off -c full_page_writes=off"
      " -c synchronous_commit=off\" start > /dev/null");
  return directory;
}

void stop_cluster(const fs::path& directory) {
  std::system((pg_ctl(directory) + " -m immediate -w stop > /dev/null 2>&1").c_str());
  std::error_code ignored;
  fs::remove_all(directory, ignored);
}

std::string address(const fs::path& directory, const std::string& database) {
  // A libpq URI, as `--db` takes it; the socket directory is the host.
  return "postgresql:///" + database + "?host=" + directory.string() + "&user=" + cluster_user();
}

std::optional<fs::path> shared_cluster_directory(const fs::path& cluster_file) {
  std::ifstream in(cluster_file);
  std::string directory;
  if (!std::getline(in, directory) || directory.empty()) return std::nullopt;
  return fs::path(directory);
}

// The cluster this process takes databases from: the fixture's when it is
// running, else one of its own. Databases are named by process, so test
// processes sharing the cluster never meet, and dropped at exit.
class Databases {
 public:
  Databases() {
#ifdef AFK_TEST_POSTGRES_CLUSTER_FILE
    if (auto shared = shared_cluster_directory(AFK_TEST_POSTGRES_CLUSTER_FILE)) {
      try {
        store::PostgresConnection probe(address(*shared, "postgres"));
        directory_ = *shared;
        return;
      } catch (const std::exception&) {
        // A file left by a killed run: fall through to a cluster of our own.
      }
    }
#endif
    directory_ = start_cluster();
    owned_ = true;
  }
  ~Databases() {
    if (owned_) {
      stop_cluster(directory_);
      return;
    }
    try {
      store::PostgresConnection admin(address(directory_, "postgres"));
      for (const std::string& name : created_)
        admin.execute_script("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    } catch (const std::exception&) {
      // The fixture's stop removes the whole cluster anyway.
    }
  }

  std::string fresh() {
    std::lock_guard lock(mutex_);
    const std::string name = "test_" + std::to_string(::getpid()) + "_" + std::to_string(created_.size() + 1);
    store::PostgresConnection admin(address(directory_, "postgres"));
    admin.execute_script("CREATE DATABASE " + name);
    created_.push_back(name);
    return address(directory_, name);
  }

 private:
  fs::path directory_;
  bool owned_ = false;
  std::mutex mutex_;
  std::vector<std::string> created_;
};
}  // namespace

std::string fresh_postgres_database() {
  static Databases databases;  // dropped (or the own cluster stopped) at exit
  return databases.fresh();
}

void start_shared_postgres_cluster(const fs::path& cluster_file) {
  stop_shared_postgres_cluster(cluster_file);
  const fs::path directory = start_cluster();
  std::ofstream(cluster_file) << directory.string() << '\n';
}

void stop_shared_postgres_cluster(const fs::path& cluster_file) {
  if (auto directory = shared_cluster_directory(cluster_file)) stop_cluster(*directory);
  std::error_code ignored;
  fs::remove(cluster_file, ignored);
}

}  // namespace afk::test
