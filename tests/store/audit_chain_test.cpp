// The audit log as a hash chain and its group-commit writer: concurrent
// appends end up as one unbroken chain in fewer transactions than requests;
// an edited, deleted or re-linked row is found; entries from before the chain
// are sealed into it; pruning leaves the rest verifiable.
#include "store/audit_chain.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

#include "store/audit_writer.hpp"
#include "store/connection_pool.hpp"

namespace afk::store {
namespace {

class AuditChainTest : public ::testing::Test {
 protected:
  AuditChainTest() {
    std::string pattern = (std::filesystem::temp_directory_path() / "afk-audit-test-XXXXXX").string();
    directory_ = mkdtemp(pattern.data());
    pool_ = open_sqlite_pool((directory_ / "audit.sqlite").string());
    auto connection = pool_->acquire();
    migrate_sqlite(*connection);
  }
  ~AuditChainTest() override {
    pool_.reset();
    std::filesystem::remove_all(directory_);
  }

  static AuditEntry entry(std::int64_t citizen_id, const std::string& at = "2026-11-30T08:00:00Z") {
    AuditEntry value;
    value.at = at;
    value.user_id = 3;
    value.role = "unit_staff";
    value.action = "read";
    value.citizen_id = citizen_id;
    value.entity = "course";
    value.entity_id = 9;
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

  std::filesystem::path directory_;
  std::unique_ptr<ConnectionPool> pool_;
};

TEST_F(AuditChainTest, AnUntouchedChainVerifiesAndEveryKindOfTamperingIsFound) {
  append({entry(1), entry(2), entry(3), entry(4)});
  const ChainCheck intact = verify();
  EXPECT_EQ(intact.entries, 4);
  EXPECT_FALSE(intact.first_broken_id);
  EXPECT_EQ(intact.head_hash.size(), 64u);

  execute("UPDATE audit_log SET citizen_id = 7 WHERE id = 2");
  EXPECT_EQ(verify().first_broken_id, std::optional<std::int64_t>(2)) << "an edited field";
  execute("UPDATE audit_log SET citizen_id = 2 WHERE id = 2");
  EXPECT_FALSE(verify().first_broken_id);

  // Recomputing the edited row's own hash does not help: the next row links to the old one.
  auto connection = pool_->acquire();
  AuditEntry forged = entry(7);
  const std::string prev = connection->query("SELECT hash FROM audit_log WHERE id = 1").front().text(0);
  connection->execute("UPDATE audit_log SET citizen_id = 7, hash = ? WHERE id = 2",
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

}  // namespace
}  // namespace afk::store
