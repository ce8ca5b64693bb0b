#include "store/postgres_cluster.hpp"

#include <pwd.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

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

class Cluster {
 public:
  Cluster() {
    std::string pattern = (fs::temp_directory_path() / "afk-postgres-XXXXXX").string();
    directory_ = mkdtemp(pattern.data());
    const fs::path bin = server_binaries();
    const fs::path data = directory_ / "data";
    std::string as_owner;  // runs the server as `postgres` when we are root
    if (geteuid() == 0) {
      const passwd* owner = getpwnam("postgres");
      if (!owner) throw std::runtime_error("no postgres user; run scripts/setup");
      if (chown(directory_.c_str(), owner->pw_uid, owner->pw_gid) != 0)
        throw std::runtime_error("chown " + directory_.string());
      as_owner = "runuser -u postgres -- ";
      user_ = "postgres";
    } else {
      user_ = getpwuid(geteuid())->pw_name;
    }
    run(as_owner + (bin / "initdb").string() + " -D " + data.string() +
        " --auth=trust --encoding=UTF8 --locale=C.UTF-8 -U " + user_ + " > " +
        (directory_ / "initdb.log").string() + " 2>&1");
    stop_ = as_owner + (bin / "pg_ctl").string() + " -D " + data.string() +
            " -m immediate -w stop > /dev/null 2>&1";
    run(as_owner + (bin / "pg_ctl").string() + " -D " + data.string() + " -l " +
        (directory_ / "server.log").string() + " -w -o \"-k " + directory_.string() +
        " -c listen_addresses='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off\" start > "
        "/dev/null");
  }
  ~Cluster() {
    std::system(stop_.c_str());
    std::error_code ignored;
    fs::remove_all(directory_, ignored);
  }

  std::string address(const std::string& database) const {
    // A libpq URI, as `--db` takes it; the socket directory is the host.
    return "postgresql:///" + database + "?host=" + directory_.string() + "&user=" + user_;
  }

  std::string fresh_database() {
    const std::string name = "test" + std::to_string(++databases_);
    store::PostgresConnection admin(address("postgres"));
    admin.execute_script("CREATE DATABASE " + name);
    return address(name);
  }

 private:
  fs::path directory_;
  std::string user_;
  std::string stop_;
  int databases_ = 0;
};
}  // namespace

std::string fresh_postgres_database() {
  static Cluster cluster;  // stopped and removed at exit
  return cluster.fresh_database();
}

}  // namespace afk::test
