// The audit log as a hash chain and its group-commit writer: concurrent
// appends end up as one unbroken chain in fewer transactions than requests;
// an edited, deleted or re-linked row is found; entries from before the chain
// are sealed into it; pruning leaves the rest verifiable. One entry may name
// several citizens; the index a citizen's access log is read through is
// checked against the chain, and entries written before there were several
// subjects per entry still verify.
#include "store/audit_chain.hpp"

#include <gtest/gtest.h>
#include <sodium.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

#include "store/audit_writer.hpp"
#include "store/connection_pool.hpp"
#include "store/migrations.hpp"
#include "store/test_database.hpp"

namespace afk::store {
namespace {

class AuditChainTest : public ::testing::Test {
 protected:
  static AuditEntry entry(std::int64_t citizen_id, const std::string& at = "2026-11-30T08:00:00Z") {
    AuditEntry value;
    value.at = at;
    value.user_id = 3;
    value.role = "unit_staff";
    value.action = "read";
    value.subjects = {{citizen_id, 9}};
    value.entity = "course";
    value.address = "127.0.0.1";
    value.outcome = "ok";
    value.purpose = "read_course";
    return value;
  }

  void append(std::vector<AuditEntry> entries) {
    auto connection = pool_->acquire();
    Transaction transaction(*connection);
    append_chained(*connection, entries);
    transaction.commit();
  }
  void execute(const std::string& sql, const std::vector<SqlValue>& params = {}) {
    auto connection = pool_->acquire();
    connection->execute(sql, params);
  }
  ChainCheck verify() {
    auto connection = pool_->acquire();
    return verify_chain(*connection);
  }

  test::TestDatabase database_;
  ConnectionPool* pool_ = &database_.pool();
};

TEST_F(AuditChainTest, AnUntouchedChainVerifiesAndEveryKindOfTamperingIsFound) {
  append({entry(1), entry(2), entry(3), entry(4)});
  const ChainCheck intact = verify();
  EXPECT_EQ(intact.entries, 4);
  EXPECT_FALSE(intact.first_broken_id);
  EXPECT_EQ(intact.head_hash.size(), 64u);

  execute("UPDATE audit_log SET subjects = '7:9' WHERE id = 2");
  EXPECT_EQ(verify().first_broken_id, std::optional<std::int64_t>(2)) << "an edited field";
  execute("UPDATE audit_log SET subjects = '2:9' WHERE id = 2");
  EXPECT_FALSE(verify().first_broken_id);

  // Recomputing the edited row's own hash does not help: the next row links to the old one.
  auto connection = pool_->acquire();
  AuditEntry forged = entry(7);
  const std::string prev = connection->query("SELECT hash FROM audit_log WHERE id = 1").front().text(0);
  connection->execute("UPDATE audit_log SET subjects = '7:9', hash = ? WHERE id = 2",
                      {audit_entry_hash(forged, prev)});
  EXPECT_EQ(verify().first_broken_id, std::optional<std::int64_t>(3))
      << "a re-hashed row breaks the next link";
}

TEST_F(AuditChainTest, ADeletedRowBreaksTheLinkAfterIt) {
  append({entry(1), entry(2), entry(3)});
  execute("DELETE FROM audit_log WHERE id = 2");
  EXPECT_EQ(verify().first_broken_id, std::optional<std::int64_t>(3));
}

TEST_F(AuditChainTest, EntriesFromBeforeTheChainAreSealedIntoIt) {
  execute(
      "INSERT INTO audit_log (at, action, address, outcome) VALUES ('2026-01-01T00:00:00Z', 'read', '::1', "
      "'ok'), "
      "('2026-01-02T00:00:00Z', 'read', '::1', 'ok')");
  EXPECT_TRUE(verify().first_broken_id) << "unsealed rows do not verify";
  append({entry(5)});  // the first append seals what came before
  const ChainCheck check = verify();
  EXPECT_EQ(check.entries, 3);
  EXPECT_FALSE(check.first_broken_id);
}

TEST_F(AuditChainTest, PruningKeepsTheRestVerifiable) {
  append({entry(1, "2025-01-01T00:00:00Z"), entry(2, "2025-06-01T00:00:00Z"),
          entry(3, "2026-02-01T00:00:00Z"), entry(4, "2026-03-01T00:00:00Z")});
  auto connection = pool_->acquire();
  const PruneResult pruned = prune_before(*connection, "2026-01-01");
  EXPECT_EQ(pruned.removed, 2);
  const ChainCheck check = verify_chain(*connection);
  EXPECT_EQ(check.entries, 2);
  EXPECT_FALSE(check.first_broken_id);
  append({entry(5)});
  EXPECT_FALSE(verify().first_broken_id) << "new entries continue the chain after a prune";
  EXPECT_TRUE(verify().index_intact) << "the citizens of the removed entries left the index";
  // Pruning everything would leave nothing to anchor: nothing is removed.
  EXPECT_EQ(prune_before(*connection, "2100-01-01").removed, 0);
}

TEST_F(AuditChainTest, ConcurrentRequestsShareTransactionsAndFormOneChain) {
  AuditWriter writer(*pool_);
  constexpr int threads = 8;
  constexpr int requests_per_thread = 50;
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t)
    workers.emplace_back([&, t] {
      for (int i = 0; i < requests_per_thread; ++i) writer.append({entry(t * 1000 + i), entry(t * 1000 + i)});
    });
  for (auto& worker : workers) worker.join();
  const ChainCheck check = verify();
  EXPECT_EQ(check.entries, threads * requests_per_thread * 2);
  EXPECT_FALSE(check.first_broken_id);
  const AuditWriter::Counts counts = writer.counts();
  EXPECT_EQ(counts.entries, threads * requests_per_thread * 2);
  EXPECT_LT(counts.transactions, threads * requests_per_thread) << "requests waiting together share a commit";
}

TEST_F(AuditChainTest, OneEntryNamesSeveralCitizensAndEachCitizensLogFindsIt) {
  AuditEntry board = entry(1);
  board.subjects = {{1, 11}, {2, 12}, {3, std::nullopt}};
  append({board, entry(2)});
  EXPECT_FALSE(verify().first_broken_id);
  EXPECT_TRUE(verify().index_intact);
  auto connection = pool_->acquire();
  EXPECT_EQ(connection->query("SELECT subjects FROM audit_log WHERE id = 1").front().text(0),
            "1:11,2:12,3:-");

  AuditQuery query;
  query.citizen_id = 2;
  const auto of_two = query_audit(*connection, query);
  ASSERT_EQ(of_two.size(), 2u);
  EXPECT_EQ(of_two[1].subjects, board.subjects) << "the board entry, with every citizen it showed";
  query.citizen_id = 3;
  EXPECT_EQ(query_audit(*connection, query).size(), 1u);
  query.citizen_id = 4;
  EXPECT_TRUE(query_audit(*connection, query).empty());

  execute("UPDATE audit_log SET subjects = '1:11,3:-' WHERE id = 1");
  EXPECT_EQ(verify().first_broken_id, std::optional<std::int64_t>(1)) << "a citizen taken out of an entry";
}

TEST_F(AuditChainTest, AnIndexRowRemovedOrAddedIsFound) {
  append({entry(1), entry(2)});
  execute("DELETE FROM audit_subjects WHERE citizen_id = 2");
  const ChainCheck hidden = verify();
  EXPECT_FALSE(hidden.first_broken_id) << "the chain itself is intact";
  EXPECT_FALSE(hidden.index_intact) << "a look-up hidden from citizen 2's access log";
  execute("INSERT INTO audit_subjects (citizen_id, entry_block) VALUES (2, 0)");
  EXPECT_TRUE(verify().index_intact);
  execute("INSERT INTO audit_subjects (citizen_id, entry_block) VALUES (9, 0)");
  EXPECT_FALSE(verify().index_intact) << "a row naming a citizen no entry names";
}

TEST_F(AuditChainTest, ACitizensLogPagesNewestFirstAcrossBlocksOfEntries) {
  // Citizen 2 in every third entry over more than two blocks of the index.
  std::vector<AuditEntry> entries;
  for (int i = 0; i < 2600; ++i) entries.push_back(entry(i % 3 == 0 ? 2 : 100 + i));
  append(entries);
  auto connection = pool_->acquire();
  AuditQuery query;
  query.citizen_id = 2;
  query.limit = 400;
  std::vector<std::int64_t> ids;
  while (true) {
    const auto page = query_audit(*connection, query);
    for (const auto& found : page) ids.push_back(found.id);
    if (static_cast<int>(page.size()) < query.limit) break;
    query.before_id = page.back().id;
  }
  ASSERT_EQ(ids.size(), 867u);  // entries 1, 4, 7, …, 2599
  for (std::size_t i = 0; i < ids.size(); ++i) EXPECT_EQ(ids[i], 2599 - 3 * static_cast<std::int64_t>(i));
  EXPECT_TRUE(verify_chain(*connection).index_intact);
}

// The hash as entries were written before one entry could name several
// citizens (migration 008): the citizen and the record in fields of their own.
std::string hash_as_before(const std::string& prev, const std::string& at, std::int64_t citizen_id,
                           std::int64_t course_id) {
  std::string text;
  for (const std::string& field :
       {prev, at, std::string("3"), std::string("unit_staff"), std::string("read"),
        std::to_string(citizen_id), std::string("course"), std::to_string(course_id),
        std::string("127.0.0.1"), std::string("ok"), std::string("read_course"), std::string()}) {
    text += field;
    text += '\x1f';
  }
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  char hex[crypto_hash_sha256_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
  return hex;
}

TEST(AuditChainMigration, EntriesWrittenBeforeSeveralSubjectsStillVerifyAndAreFound) {
  std::string pattern = (std::filesystem::temp_directory_path() / "afk-audit-migration-XXXXXX").string();
  const std::filesystem::path directory = mkdtemp(pattern.data());
  {
    auto pool = open_sqlite_pool((directory / "old.sqlite").string());
    auto connection = pool->acquire();
    auto migrations = embedded_migrations(sqlite_dialect);
    const auto all = migrations;
    std::erase_if(migrations, [](const Migration& migration) { return migration.number > 8; });
    apply_migrations(*connection, migrations);
    std::string prev;
    for (const auto& [citizen_id, course_id] : {std::pair{5, 50}, {6, 60}}) {
      const std::string hash = hash_as_before(prev, "2026-05-01T08:00:00Z", citizen_id, course_id);
      connection->execute(
          "INSERT INTO audit_log (at, user_id, role, action, citizen_id, entity, entity_id, address, "
          "outcome, "
          "purpose, reason, prev_hash, hash) VALUES ('2026-05-01T08:00:00Z', 3, 'unit_staff', 'read', ?, "
          "'course', ?, '127.0.0.1', 'ok', 'read_course', '', ?, ?)",
          {std::int64_t{citizen_id}, std::int64_t{course_id}, prev, hash});
      prev = hash;
    }
    apply_migrations(*connection, all);
    const ChainCheck check = verify_chain(*connection);
    EXPECT_EQ(check.entries, 2);
    EXPECT_FALSE(check.first_broken_id);
    EXPECT_TRUE(check.index_intact);
    AuditQuery query;
    query.citizen_id = 6;
    const auto found = query_audit(*connection, query);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].subjects, (std::vector<AuditSubject>{{6, 60}}));
  }
  std::filesystem::remove_all(directory);
}

}  // namespace
}  // namespace afk::store
