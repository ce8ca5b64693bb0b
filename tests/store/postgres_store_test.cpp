// The PostgreSQL back end against a throw-away cluster: the same numbered
// migrations apply, aggregates round-trip with their version checks and read
// models, constraints are reported as such, and writers queue on one lock.
#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "core/course_tasks.hpp"
#include "store/aggregates.hpp"
#include "store/migrations.hpp"
#include "store/minimal_course.hpp"
#include "store/postgres/postgres_connection.hpp"
#include "store/postgres_cluster.hpp"

namespace afk::store {
namespace {

TEST(PostgresPlaceholders, QuestionMarksOutsideQuotesAreNumbered) {
  EXPECT_EQ(PostgresConnection::numbered_placeholders("a = ? AND b = '?' AND c IN (?, ?)"),
            "a = $1 AND b = '?' AND c IN ($2, $3)");
  EXPECT_EQ(PostgresConnection::numbered_placeholders("SELECT 1"), "SELECT 1");
}

class PostgresStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    address_ = test::fresh_postgres_database();
    connection_ = std::make_unique<PostgresConnection>(address_);
    applied_ = apply_migrations(*connection_, embedded_migrations(postgres_dialect));
  }
  SqlConnection& sql() { return *connection_; }

  // The minimum a course needs, through the same store templates as SQLite.
  Course stored_course() {
    Transaction transaction(sql());
    const Course course = store_minimal_course(sql()).course;
    transaction.commit();
    return course;
  }

  std::string address_;
  std::unique_ptr<PostgresConnection> connection_;
  int applied_ = 0;
};

TEST_F(PostgresStoreTest, TheSameNumberedMigrationsApplyOnce) {
  EXPECT_EQ(applied_, static_cast<int>(embedded_migrations(postgres_dialect).size()));
  EXPECT_EQ(apply_migrations(sql(), embedded_migrations(postgres_dialect)), 0)
      << "a second run applies nothing";
  EXPECT_FALSE(sql().query("SELECT id FROM economic_settings WHERE code = ?", {"bed_day_cost"}).empty())
      << "the seeded prices are there";
}

TEST_F(PostgresStoreTest, AggregatesRoundTripAndAStaleVersionIsRefused) {
  const Course course = stored_course();
  auto loaded = load<Course>(sql(), course.id);
  ASSERT_TRUE(loaded.ok());
  EXPECT_EQ(loaded.value(), course);
  Course first = course;
  first.substance_use_approach = "Skadesreduktion";
  ASSERT_TRUE(update(sql(), first, 1).ok());
  Course second = course;
  second.substance_use_approach = "Afholdenhed";
  EXPECT_EQ(update(sql(), second, 1).error().kind, ErrorKind::stale_version);
  EXPECT_EQ(load<Course>(sql(), course.id).value().substance_use_approach, "Skadesreduktion");
  EXPECT_EQ(select<Course>(sql(), "unit_id = ?", {course.unit_id}).size(), 1u);
  // The read models kept in the same transaction.
  EXPECT_EQ(sql().query("SELECT COUNT(*) FROM report_course_facts")[0].integer(0), 1);
}

TEST_F(PostgresStoreTest, ConstraintsAreReportedAsSuch) {
  Municipality first{0, 0, "Et", "0101"};
  insert(sql(), first);
  Municipality again{0, 0, "To", "0101"};
  EXPECT_THROW(insert(sql(), again), SqlConstraintError) << "the municipality code is unique";
  Ward orphan{0, 0, 4242, "Afsnit uden region", true};
  EXPECT_THROW(insert(sql(), orphan), SqlConstraintError) << "foreign keys hold";
  EXPECT_THROW(sql().query("SELECT no_such_column FROM municipalities"), SqlError);
  EXPECT_EQ(sql().query("SELECT COUNT(*) FROM municipalities")[0].integer(0), 1)
      << "the connection still works";
}

TEST_F(PostgresStoreTest, RowsStreamAndValuesKeepTheirTypes) {
  sql().execute_script("CREATE TABLE sample (n BIGINT, x DOUBLE PRECISION, t TEXT)");
  for (int i = 0; i < 1000; ++i)
    sql().execute("INSERT INTO sample (n, x, t) VALUES (?, ?, ?)",
                  {std::int64_t{i}, i / 4.0, i % 2 ? SqlValue{std::string("ulige")} : SqlValue{nullptr}});
  std::int64_t sum = 0;
  int rows = 0;
  sql().for_each_row("SELECT n, x, t FROM sample ORDER BY n", {}, [&](const SqlRow& row) {
    sum += row.integer(0);
    EXPECT_DOUBLE_EQ(row.real(1), row.integer(0) / 4.0);
    EXPECT_EQ(row.is_null(2), row.integer(0) % 2 == 0);
    ++rows;
  });
  EXPECT_EQ(rows, 1000);
  EXPECT_EQ(sum, 999 * 1000 / 2);
  EXPECT_EQ(sql().execute("UPDATE sample SET t = ? WHERE n < ?", {std::string("lav"), std::int64_t{10}}), 10);
}

// A long answer streams through a cursor in batches and a short one comes
// whole: every column type reads the same either way.
TEST_F(PostgresStoreTest, StreamedValuesEqualTheWholeAnswersOfEveryType) {
  const std::string select =
      "SELECT CAST(-7 AS SMALLINT), CAST(-70000 AS INTEGER), CAST(-9000000000 AS BIGINT), "
      "CAST(1.5 AS REAL), CAST(-2.25 AS DOUBLE PRECISION), CAST(-12345.678 AS NUMERIC), "
      "CAST(0.0001 AS NUMERIC), SUM(x), CAST(0.3 AS NUMERIC) * 3, CAST(123456789.000001 AS NUMERIC), TRUE, "
      "FALSE, 'æøå tekst', CAST(NULL AS BIGINT) "
      "FROM (SELECT CAST(20000 AS BIGINT) AS x UNION ALL SELECT 30000) AS two";
  const auto whole = sql().query(select);
  ASSERT_EQ(whole.size(), 1u);
  int rows = 0;
  sql().for_each_row(select, {}, [&](const SqlRow& row) {
    ++rows;
    ASSERT_EQ(row.size(), whole[0].size());
    for (std::size_t column = 0; column < row.size(); ++column)
      EXPECT_EQ(row.values()[column], whole[0].values()[column]) << "column " << column;
  });
  EXPECT_EQ(rows, 1);
  EXPECT_EQ(whole[0].integer(2), -9000000000);
  EXPECT_DOUBLE_EQ(whole[0].real(5), -12345.678);
  EXPECT_DOUBLE_EQ(whole[0].real(7), 50000);
  EXPECT_DOUBLE_EQ(whole[0].real(9), 123456789.000001);
  EXPECT_EQ(whole[0].integer(10), 1);
  EXPECT_EQ(whole[0].text(12), "æøå tekst");
  EXPECT_TRUE(whole[0].is_null(13));
}

// Writers on different connections (different servers) queue on one lock:
// read-then-write counters lose no increment.
TEST_F(PostgresStoreTest, WritersOnSeveralConnectionsQueue) {
  sql().execute_script("CREATE TABLE counter (id BIGINT PRIMARY KEY, n BIGINT NOT NULL)");
  sql().execute("INSERT INTO counter (id, n) VALUES (1, 0)");
  constexpr int writers = 4, increments = 25;
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int w = 0; w < writers; ++w)
    threads.emplace_back([&] {
      try {
        PostgresConnection server(address_);
        SqlConnection& mine = server;
        for (int i = 0; i < increments; ++i) {
          Transaction transaction(mine);
          const auto n = mine.query("SELECT n FROM counter WHERE id = 1")[0].integer(0);
          mine.execute("UPDATE counter SET n = ? WHERE id = 1", {SqlValue{n + 1}});
          transaction.commit();
        }
      } catch (...) {
        ++failures;
      }
    });
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(sql().query("SELECT n FROM counter WHERE id = 1")[0].integer(0), writers * increments);
}

// Statements are prepared once per connection and reused with new values;
// past the cache's size they are still answered, sent unprepared; and a
// statement that fails to prepare leaves the connection usable.
TEST_F(PostgresStoreTest, PreparedStatementsAnswerWithEachCallsValuesAndBeyondTheCache) {
  for (std::int64_t value : {1, 2, 40})
    EXPECT_EQ(sql().query("SELECT CAST(? AS BIGINT) * 2", {SqlValue{value}})[0].integer(0), value * 2);
  for (int distinct = 0; distinct < 1100; ++distinct) {
    const auto rows = sql().query("SELECT CAST(? AS BIGINT) + " + std::to_string(distinct), {SqlValue{1}});
    ASSERT_EQ(rows[0].integer(0), 1 + distinct) << "statement " << distinct;
  }
  EXPECT_EQ(sql().query("SELECT CAST(? AS BIGINT) * 2", {SqlValue{7}})[0].integer(0), 14);
  EXPECT_THROW((void)sql().query("SELECT no_such_column FROM schema_migrations"), SqlError);
  EXPECT_EQ(sql().query("SELECT CAST(? AS BIGINT) * 2", {SqlValue{8}})[0].integer(0), 16);
}

// Long answers stream through a cursor in batches, inside a caller's
// transaction or in one of their own; a visit that throws leaves the
// connection usable and the caller's transaction open.
TEST_F(PostgresStoreTest, LongAnswersStreamInBatchesAndAFailedVisitLeavesTheConnectionUsable) {
  const std::string numbers = "SELECT n FROM generate_series(1, ?) AS n";
  std::int64_t count = 0, sum = 0;
  sql().for_each_row(numbers, {SqlValue{std::int64_t{20000}}}, [&](const SqlRow& row) {
    ++count;
    sum += row.integer(0);
  });
  EXPECT_EQ(count, 20000);
  EXPECT_EQ(sum, std::int64_t{20000} * 20001 / 2);

  struct Stop {};
  EXPECT_THROW(
      sql().for_each_row(numbers, {SqlValue{std::int64_t{20000}}}, [](const SqlRow&) { throw Stop{}; }),
      Stop);
  EXPECT_EQ(sql().query("SELECT 1")[0].integer(0), 1);

  Transaction transaction(sql(), Transaction::Mode::read);
  EXPECT_THROW(sql().for_each_row(numbers, {SqlValue{std::int64_t{10}}}, [](const SqlRow&) { throw Stop{}; }),
               Stop);
  count = 0;
  sql().for_each_row(numbers, {SqlValue{std::int64_t{9000}}}, [&](const SqlRow&) { ++count; });
  EXPECT_EQ(count, 9000) << "the same transaction streams again";
}

}  // namespace
}  // namespace afk::store
