// Backups while the database is written: each backup is one consistent
// snapshot (a writer that always inserts rows in pairs never leaves an odd
// count in a copy), passes the integrity check, is its owner's alone, and
// restores to exactly its own content.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "store/connection_pool.hpp"
#include "store/sqlite/sqlite_backup.hpp"
#include "store/sqlite/sqlite_connection.hpp"

namespace afk::store {
namespace {

class BackupTest : public ::testing::Test {
 protected:
  BackupTest() {
    std::string pattern = (std::filesystem::temp_directory_path() / "afk-backup-test-XXXXXX").string();
    directory_ = mkdtemp(pattern.data());
    previous_umask_ = umask(022);  // a careless operator's umask: files would be world-readable
  }
  ~BackupTest() override {
    umask(previous_umask_);
    std::filesystem::remove_all(directory_);
  }
  std::string path(const std::string& name) const { return (directory_ / name).string(); }

  // Every row of every table, in a fixed order: the content to compare.
  static std::string content(const std::string& file) {
    SqliteConnection connection(file);
    SqlConnection& sql = connection;
    std::string text;
    for (const auto& table : sql.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
      // Every column, sorted by the whole row: tables WITHOUT ROWID have no rowid to order by.
      std::string row_text = "''";
      for (const auto& column : sql.query("SELECT name FROM pragma_table_info(?)", {table.text(0)}))
        row_text += " || '|' || quote(\"" + column.text(0) + "\")";
      text += "# " + table.text(0) + "\n";
      for (const auto& row :
           sql.query("SELECT " + row_text + " FROM \"" + table.text(0) + "\" ORDER BY 1"))
        text += row.text(0) + "\n";
    }
    return text;
  }

  static std::int64_t count(const std::string& file) {
    SqliteConnection connection(file);
    SqlConnection& sql = connection;
    return sql.query("SELECT COUNT(*) FROM pairs").front().integer(0);
  }

  static mode_t permissions(const std::string& file) {
    struct stat info {};
    stat(file.c_str(), &info);
    return info.st_mode & 0777;
  }

  std::filesystem::path directory_;
  mode_t previous_umask_;
};

TEST_F(BackupTest, BacksUpUnderWriteLoadAndRestoresTheSameContent) {
  const std::string database = path("live.sqlite");
  {
    SqliteConnection setup(database);
    migrate_sqlite(setup);
    setup.execute_script("CREATE TABLE pairs (id INTEGER PRIMARY KEY, batch INTEGER NOT NULL, note TEXT)");
  }
  EXPECT_EQ(permissions(database), 0600u) << "a new database is created for its owner only";
  std::atomic<bool> stop{false};
  std::atomic<std::int64_t> batches{0};
  std::thread writer([&] {
    SqliteConnection connection(database);
    SqlConnection& sql = connection;
    while (!stop) {
      Transaction transaction(sql);
      const std::int64_t batch = batches.load();
      sql.execute("INSERT INTO pairs (batch, note) VALUES (?, 'first')", {batch});
      sql.execute("INSERT INTO pairs (batch, note) VALUES (?, 'second')", {batch});
      transaction.commit();
      ++batches;
    }
  });
  while (batches < 50) std::this_thread::yield();
  for (int i = 0; i < 5; ++i) {
    const std::int64_t committed_before = batches.load();
    const std::string backup = path("backup-" + std::to_string(i) + ".sqlite");
    backup_sqlite(database, backup);
    const std::int64_t rows = count(backup);
    EXPECT_EQ(rows % 2, 0) << "backup " << i << " caught a transaction half done";
    EXPECT_GE(rows, committed_before * 2) << "backup " << i << " misses committed writes";
    EXPECT_EQ(permissions(backup), 0600u);
  }
  stop = true;
  writer.join();
  EXPECT_GT(batches.load(), 50);

  const std::string backup = path("backup-4.sqlite");
  const std::string restored = path("restored.sqlite");
  restore_sqlite(backup, restored);
  EXPECT_TRUE(content(restored) == content(backup)) << "the restored database differs from its backup";
  EXPECT_EQ(permissions(restored), 0600u);
  // Restoring over an existing database replaces its content.
  restore_sqlite(path("backup-0.sqlite"), database);
  EXPECT_TRUE(content(database) == content(path("backup-0.sqlite")));
}

TEST_F(BackupTest, RefusesToOverwriteAnExistingBackupOrRestoreAnythingDamaged) {
  const std::string database = path("live.sqlite");
  {
    SqliteConnection setup(database);
    migrate_sqlite(setup);
  }
  const std::string backup = path("backup.sqlite");
  backup_sqlite(database, backup);
  EXPECT_THROW(backup_sqlite(database, backup), SqlError) << "an existing backup was overwritten";
  const std::string damaged = path("damaged.sqlite");
  {
    std::filesystem::copy_file(backup, damaged);
    FILE* file = std::fopen(damaged.c_str(), "r+b");
    std::fseek(file, 0, SEEK_END);
    const std::string garbage(static_cast<std::size_t>(std::ftell(file)) - 1024, '\x5a');
    std::fseek(file, 1024, SEEK_SET);
    std::fwrite(garbage.data(), 1, garbage.size(), file);
    std::fclose(file);
  }
  const std::string before = content(database);
  EXPECT_THROW(restore_sqlite(damaged, database), SqlError);
  EXPECT_TRUE(content(database) == before) << "a damaged backup changed the database";
  EXPECT_THROW(restore_sqlite(path("missing.sqlite"), database), SqlError);
}

}  // namespace
}  // namespace afk::store
