#include "store/sqlite/sqlite_backup.hpp"

#include <sqlite3.h>
#include <sys/stat.h>

#include <filesystem>
#include <memory>

#include "store/sql.hpp"

namespace afk::store {

namespace {
using Database = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;

Database open(const std::string& path, int flags) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  Database database(db, &sqlite3_close);
  if (rc != SQLITE_OK)
    throw SqlError("cannot open " + path + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
  sqlite3_busy_timeout(db, 10000);
  return database;
}

void check_integrity(sqlite3* db, const std::string& path) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &statement, nullptr) != SQLITE_OK)
    throw SqlError("cannot check " + path + ": " + sqlite3_errmsg(db));
  const bool ok = sqlite3_step(statement) == SQLITE_ROW &&
                  std::string(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0))) == "ok";
  sqlite3_finalize(statement);
  if (!ok) throw SqlError(path + " failed the integrity check");
}

// All pages in one step: one read transaction, so the copy is one snapshot.
void copy(sqlite3* from, sqlite3* to, const std::string& what) {
  sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
  if (!backup) throw SqlError(what + ": " + sqlite3_errmsg(to));
  const int rc = sqlite3_backup_step(backup, -1);
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) throw SqlError(what + ": " + sqlite3_errstr(rc));
}
}  // namespace

void backup_sqlite(const std::string& database, const std::string& backup) {
  if (std::filesystem::exists(backup)) throw SqlError(backup + " exists already; choose a new file name");
  if (!std::filesystem::exists(database)) throw SqlError(database + " does not exist");
  Database source = open(database, SQLITE_OPEN_READONLY);
  Database target = open(backup, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  chmod(backup.c_str(), S_IRUSR | S_IWUSR);
  copy(source.get(), target.get(), "backup of " + database);
  check_integrity(target.get(), backup);
}

void restore_sqlite(const std::string& backup, const std::string& database) {
  if (!std::filesystem::exists(backup)) throw SqlError(backup + " does not exist");
  Database source = open(backup, SQLITE_OPEN_READONLY);
  check_integrity(source.get(), backup);
  const bool existed = std::filesystem::exists(database);
  Database target = open(database, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  if (!existed) chmod(database.c_str(), S_IRUSR | S_IWUSR);
  copy(source.get(), target.get(), "restore into " + database);
  check_integrity(target.get(), database);
}

}  // namespace afk::store
