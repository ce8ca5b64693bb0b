// `afklaring copy --from FILE.sqlite --to postgresql://…` moves an
// installation: every table row for row with the same ids, the audit chain to
// the last hash, new ids continuing after the copied ones; and it refuses,
// changing nothing, a destination already in use or a source that is not a
// SQLite file.
#include <gmock/gmock.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>

#include "app/command_run.hpp"
#include "store/aggregates.hpp"
#include "store/audit_chain.hpp"
#include "store/connection_pool.hpp"
#include "store/postgres_cluster.hpp"

namespace afk::app {
namespace {
namespace fs = std::filesystem;
using ::testing::HasSubstr;

// A value with its type, so an integer that came back as text differs.
std::string typed(const store::SqlValue& value) {
  if (std::holds_alternative<std::nullptr_t>(value)) return "null";
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return "integer " + std::to_string(*integer);
  if (const auto* real = std::get_if<double>(&value)) {
    char text[40];
    std::snprintf(text, sizeof text, "real %.17g", *real);
    return text;
  }
  return "text " + std::get<std::string>(value);
}

// Every table's rows, sorted, from either back end.
using Rows = std::vector<std::vector<std::string>>;
std::map<std::string, Rows> contents(const std::string& address, const std::vector<std::string>& tables) {
  auto pool = store::open_pool(address);
  auto sql = pool->acquire();
  std::map<std::string, Rows> result;
  for (const std::string& table : tables) {
    Rows rows;
    sql->for_each_row("SELECT * FROM " + table, {}, [&](const store::SqlRow& row) {
      std::vector<std::string> values;
      for (const auto& value : row.values()) values.push_back(typed(value));
      rows.push_back(std::move(values));
    });
    std::sort(rows.begin(), rows.end());
    result[table] = std::move(rows);
  }
  return result;
}

class CopyCommand : public ::testing::Test {
 protected:
  CopyCommand() {
    std::string pattern = (fs::temp_directory_path() / "afk-copy-XXXXXX").string();
    directory_ = mkdtemp(pattern.data());
    sqlite_ = (directory_ / "afklaring.sqlite").string();
  }
  ~CopyCommand() override { fs::remove_all(directory_); }

  // The demo installation, with audit entries as a running server writes them.
  void seed_installation() {
    ASSERT_EQ(afklaring("seed-demo --db " + shell_quoted(sqlite_) + " --today 2026-03-11").status, 0);
    auto pool = store::open_pool(sqlite_);
    auto sql = pool->acquire();
    store::Transaction transaction(*sql);
    std::vector<store::AuditEntry> entries(3);
    for (std::size_t i = 0; i < entries.size(); ++i) {
      entries[i].at = "2026-03-11T09:00:0" + std::to_string(i) + "Z";
      entries[i].user_id = 1;
      entries[i].role = "unit_staff";
      entries[i].action = "read";
      entries[i].subjects = {{static_cast<std::int64_t>(i + 1), 1}};
      entries[i].entity = "course";
      entries[i].address = "127.0.0.1";
      entries[i].outcome = "ok";
      entries[i].purpose = "board";
    }
    store::append_chained(*sql, entries);
    transaction.commit();
  }

  std::vector<std::string> tables() {
    auto pool = store::open_pool(sqlite_);
    auto sql = pool->acquire();
    std::vector<std::string> names;
    for (const auto& row : sql->query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                      "'sqlite_%' ORDER BY name"))
      names.push_back(row.text(0));
    return names;
  }

  fs::path directory_;
  std::string sqlite_;
};

TEST_F(CopyCommand, MovesAnInstallationRowForRowWithItsAuditChain) {
  seed_installation();
  const std::string postgres = test::fresh_postgres_database();
  const CommandRun copied =
      afklaring("copy --from " + shell_quoted(sqlite_) + " --to " + shell_quoted(postgres));
  ASSERT_EQ(copied.status, 0) << copied.output;
  EXPECT_THAT(copied.output, HasSubstr("Revisionsloggen er kopieret uændret: 3 poster"));

  const std::vector<std::string> names = tables();
  ASSERT_GT(names.size(), 20u);
  const auto before = contents(sqlite_, names);
  const auto after = contents(postgres, names);
  for (const std::string& table : names) {
    EXPECT_EQ(after.at(table).size(), before.at(table).size()) << table;
    EXPECT_TRUE(after.at(table) == before.at(table)) << table << " differs after the copy";
  }
  EXPECT_GT(before.at("citizens").size(), 10u) << "the demo world has citizens to copy";

  // The copy is an installation that works: its audit log verifies, and new
  // records get ids after the copied ones.
  const CommandRun verified = afklaring("audit verify --db " + shell_quoted(postgres));
  EXPECT_EQ(verified.status, 0) << verified.output;
  auto pool = store::open_pool(postgres);
  auto sql = pool->acquire();
  Municipality added{0, 0, "Ny kommune", "0997"};
  store::insert(*sql, added);
  EXPECT_EQ(added.id, static_cast<std::int64_t>(before.at("municipalities").size()) + 1);
}

TEST_F(CopyCommand, RefusesADatabaseInUseOrASourceThatIsNotASqliteFileAndChangesNothing) {
  seed_installation();
  const std::string postgres = test::fresh_postgres_database();
  ASSERT_EQ(afklaring("copy --from " + shell_quoted(sqlite_) + " --to " + shell_quoted(postgres)).status, 0);
  const auto copied_once = contents(postgres, {"citizens", "audit_log", "courses"});

  const CommandRun again =
      afklaring("copy --from " + shell_quoted(sqlite_) + " --to " + shell_quoted(postgres));
  EXPECT_EQ(again.status, 1);
  EXPECT_THAT(again.output, HasSubstr("allerede taget i brug"));
  EXPECT_TRUE(contents(postgres, {"citizens", "audit_log", "courses"}) == copied_once) << "nothing changed";

  const std::string missing = (directory_ / "findes-ikke.sqlite").string();
  const CommandRun no_source = afklaring("copy --from " + shell_quoted(missing) + " --to " +
                                         shell_quoted(test::fresh_postgres_database()));
  EXPECT_NE(no_source.status, 0);
  EXPECT_THAT(no_source.output, HasSubstr("eksisterende SQLite-fil"));
  EXPECT_FALSE(fs::exists(missing)) << "a missing source is not created";

  const CommandRun to_a_file =
      afklaring("copy --from " + shell_quoted(sqlite_) + " --to " + shell_quoted(sqlite_ + ".copy"));
  EXPECT_NE(to_a_file.status, 0);
  EXPECT_THAT(to_a_file.output, HasSubstr("postgresql://"));
}

}  // namespace
}  // namespace afk::app
