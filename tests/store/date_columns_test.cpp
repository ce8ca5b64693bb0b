// One date representation in every table (migration 013): dates written as
// ISO text before it are day numbers after it, on SQLite and on PostgreSQL,
// and empty dates stay empty.
#include "store/date_columns.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <vector>

#include "store/connection_pool.hpp"
#include "store/migrations.hpp"
#include "store/postgres_cluster.hpp"
#include "store/test_database.hpp"

namespace afk::store {
namespace {

TEST(DateColumns, IsoTextWrittenBeforeMigration13BecomesDayNumbers) {
  std::filesystem::path directory;
  std::string address;
  if (test::testing_on_postgres()) {
    address = test::fresh_postgres_database();
  } else {
    std::string pattern = (std::filesystem::temp_directory_path() / "afk-date-migration-XXXXXX").string();
    directory = mkdtemp(pattern.data());
    address = (directory / "old.sqlite").string();
  }
  {
    auto pool = open_pool(address);
    auto connection = pool->acquire();
    const auto all = embedded_migrations(test::testing_on_postgres() ? postgres_dialect : sqlite_dialect);
    auto before = all;
    std::erase_if(before, [](const Migration& migration) { return migration.number >= 13; });
    apply_migrations(*connection, before);
    connection->execute(
        "INSERT INTO municipalities (code, document) VALUES ('0751', '{\"name\": \"Syntetisk Kommune\"}')");
    connection->execute("INSERT INTO citizens (municipality_id, document) VALUES (1, '{}')");
    connection->execute(
        "INSERT INTO consents (citizen_id, purpose, status, legal_basis, form, recorded_on, "
        "recorded_by_user_id, "
        "recorded_by_role) VALUES (1, 'share_with_unit', 'given', '', 'oral', '2026-03-02', 0, "
        "'ward_staff')");
    connection->execute(
        "INSERT INTO economic_settings (kind, code, value, unit, source, year, valid_from, document) VALUES "
        "('price', 'bed_day_cost', 4100, 'kr_per_day', 'Syntetisk', 2024, '1999-12-31', '{}')");
    apply_migrations(*connection, all);

    const auto consent = connection->query("SELECT recorded_on FROM consents");
    ASSERT_EQ(consent.size(), 1u);
    EXPECT_EQ(date_in(consent[0], 0), *Date::from_ymd(2026, 3, 2));
    const auto setting =
        connection->query("SELECT valid_from FROM economic_settings WHERE source = 'Syntetisk'");
    ASSERT_EQ(setting.size(), 1u);
    EXPECT_EQ(date_in(setting[0], 0), *Date::from_ymd(1999, 12, 31));
    EXPECT_EQ(date_in(setting[0], 0).serial(), 10956) << "days since 1970-01-01";
  }
  if (!directory.empty()) std::filesystem::remove_all(directory);
}

TEST(DateColumns, AnEmptyDateStaysEmpty) {
  test::TestDatabase database;
  auto connection = database.pool().acquire();
  // A key column that may be empty (a course not yet moved in) round-trips as NULL.
  connection->execute("CREATE TABLE date_probe (day INTEGER)");
  connection->execute("INSERT INTO date_probe (day) VALUES (?), (?)",
                      {date_value(std::optional<Date>()), date_value(*Date::from_ymd(2026, 12, 2))});
  const auto rows = connection->query("SELECT day FROM date_probe ORDER BY day");
  ASSERT_EQ(rows.size(), 2u);
  std::vector<std::optional<Date>> days{optional_date_in(rows[0], 0), optional_date_in(rows[1], 0)};
  std::sort(days.begin(), days.end());
  EXPECT_EQ(days[0], std::nullopt);
  EXPECT_EQ(days[1], *Date::from_ymd(2026, 12, 2));
}

}  // namespace
}  // namespace afk::store
