#include "store/audit_chain.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <set>

namespace afk::store {

namespace {

std::string optional_text(const std::optional<std::int64_t>& value) {
  return value ? std::to_string(*value) : std::string("-");
}

// The citizens and the records of an entry as hashed. For one subject (or
// none) exactly what entries held before they had several subjects, so
// entries written then still verify.
std::pair<std::string, std::string> hashed_subjects(const AuditEntry& entry) {
  if (entry.subjects.empty()) return {"-", optional_text(entry.entity_id)};
  std::string citizens, entities;
  for (const AuditSubject& subject : entry.subjects) {
    if (!citizens.empty()) {
      citizens += ',';
      entities += ',';
    }
    citizens += std::to_string(subject.citizen_id);
    entities += optional_text(subject.entity_id);
  }
  return {citizens, entities};
}

// Writes the index a citizen's access log is read through: a row the first
// time a block of entries names a citizen, nothing after that.
void index_subjects(SqlConnection& sql, const std::vector<AuditEntry>& entries) {
  std::set<std::pair<std::int64_t, std::int64_t>> pairs;
  for (const AuditEntry& entry : entries)
    for (const AuditSubject& subject : entry.subjects)
      pairs.emplace(subject.citizen_id, entry.id / audit_block_entries);
  constexpr std::size_t rows_per_statement = 200;
  std::string text;
  std::vector<SqlValue> params;
  auto flush = [&] {
    if (params.empty()) return;
    sql.execute(
        "INSERT INTO audit_subjects (citizen_id, entry_block) VALUES " + text + " ON CONFLICT DO NOTHING",
        params);
    text.clear();
    params.clear();
  };
  for (const auto& [citizen_id, block] : pairs) {
    text += params.empty() ? "(?, ?)" : ", (?, ?)";
    params.emplace_back(citizen_id);
    params.emplace_back(block);
    if (params.size() >= 2 * rows_per_statement) flush();
  }
  flush();
}

// Where the next entry goes: after the last entry's id, linked to its hash
// (or to the anchor after a prune).
struct ChainTail {
  std::int64_t last_id = 0;
  std::string hash;
};
ChainTail chain_tail(SqlConnection& sql) {
  const auto last = sql.query("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
  if (!last.empty()) return {last[0].integer(0), last[0].optional_text(1).value_or("")};
  const auto anchor = sql.query("SELECT prev_hash FROM audit_anchor WHERE id = 1");
  return {0, anchor.empty() ? std::string() : anchor[0].text(0)};
}
}  // namespace

std::string audit_entry_hash(const AuditEntry& entry, const std::string& prev_hash) {
  // Fields separated by a byte no field can hold (request checks refuse control characters).
  std::string text;
  const auto [citizens, entity_ids] = hashed_subjects(entry);
  for (const std::string& field :
       {prev_hash, entry.at, optional_text(entry.user_id), entry.role, entry.action, citizens, entry.entity,
        entity_ids, entry.address, entry.outcome, entry.purpose, entry.reason}) {
    text += field;
    text += '\x1f';
  }
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(text.data()), text.size());
  std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return std::string(hex.data());
}

void append_chained(SqlConnection& sql, std::vector<AuditEntry>& entries) {
  if (entries.empty()) return;
  ChainTail tail = chain_tail(sql);
  if (tail.hash.empty() && seal_unhashed(sql) > 0) tail = chain_tail(sql);
  std::string prev = tail.hash;
  for (AuditEntry& entry : entries) {
    entry.prev_hash = prev;
    entry.hash = audit_entry_hash(entry, prev);
    prev = entry.hash;
  }
  // Ids are given, not assigned, so the subjects index can name them: the
  // write transaction makes this writer the only one.
  const std::int64_t first_id = tail.last_id + 1;
  // Many rows per statement: one group commit may carry hundreds.
  constexpr std::size_t rows_per_statement = 50;
  for (std::size_t first = 0; first < entries.size(); first += rows_per_statement) {
    const std::size_t last = std::min(entries.size(), first + rows_per_statement);
    std::string text =
        "INSERT INTO audit_log (id, at, user_id, role, action, subjects, entity, entity_id, address, "
        "outcome, "
        "purpose, reason, prev_hash, hash) VALUES ";
    std::vector<SqlValue> params;
    params.reserve((last - first) * 14);
    for (std::size_t i = first; i < last; ++i) {
      AuditEntry& entry = entries[i];
      entry.id = first_id + static_cast<std::int64_t>(i);
      text += i == first ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                         : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
      for (SqlValue value :
           {SqlValue(entry.id), SqlValue(entry.at), optional_value(entry.user_id), SqlValue(entry.role),
            SqlValue(entry.action), SqlValue(subjects_text(entry.subjects)), SqlValue(entry.entity),
            entry.subjects.empty() ? optional_value(entry.entity_id) : SqlValue(nullptr),
            SqlValue(entry.address), SqlValue(entry.outcome), SqlValue(entry.purpose), SqlValue(entry.reason),
            SqlValue(entry.prev_hash), SqlValue(entry.hash)})
        params.push_back(std::move(value));
    }
    sql.execute(text, params);
  }
  index_subjects(sql, entries);
}

std::int64_t seal_unhashed(SqlConnection& sql) {
  const auto first = sql.query("SELECT MIN(id) FROM audit_log WHERE hash IS NULL");
  if (first.empty() || first[0].is_null(0)) return 0;
  const std::int64_t first_id = first[0].integer(0);
  const auto before =
      sql.query("SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1", {first_id});
  std::string prev = before.empty() ? std::string() : before[0].optional_text(0).value_or("");
  std::int64_t sealed = 0;
  std::vector<AuditEntry> entries;
  sql.for_each_row(std::string("SELECT ") + audit_entry_columns + " FROM audit_log WHERE id >= ? ORDER BY id",
                   {first_id}, [&](const SqlRow& row) { entries.push_back(read_audit_entry(row)); });
  for (AuditEntry& entry : entries) {
    if (!entry.hash.empty()) {
      prev = entry.hash;
      continue;
    }
    entry.hash = audit_entry_hash(entry, prev);
    sql.execute("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", {prev, entry.hash, entry.id});
    prev = entry.hash;
    ++sealed;
  }
  return sealed;
}

ChainCheck verify_chain(SqlConnection& sql) {
  ChainCheck check;
  const auto anchor = sql.query("SELECT prev_hash FROM audit_anchor WHERE id = 1");
  std::string prev = anchor.empty() ? std::string() : anchor[0].text(0);
  const auto bounds = sql.query("SELECT MIN(id), MAX(id) FROM audit_log");
  std::int64_t named_pairs = 0;  // (citizen, block) pairs the chained entries name
  bool every_pair_indexed = true;
  if (!bounds.empty() && !bounds[0].is_null(0)) {
    // Block by block, so memory stays small however long the log is.
    for (std::int64_t block = bounds[0].integer(0) / audit_block_entries;
         block <= bounds[0].integer(1) / audit_block_entries && !check.first_broken_id; ++block) {
      std::set<std::int64_t> citizens;
      sql.for_each_row(std::string("SELECT ") + audit_entry_columns +
                           " FROM audit_log WHERE id >= ? AND id < ? ORDER BY id",
                       {block * audit_block_entries, (block + 1) * audit_block_entries},
                       [&](const SqlRow& row) {
                         if (check.first_broken_id) return;
                         const AuditEntry entry = read_audit_entry(row);
                         ++check.entries;
                         for (const AuditSubject& subject : entry.subjects)
                           citizens.insert(subject.citizen_id);
                         if (entry.prev_hash != prev || entry.hash != audit_entry_hash(entry, prev))
                           check.first_broken_id = entry.id;
                         prev = entry.hash;
                       });
      named_pairs += static_cast<std::int64_t>(citizens.size());
      for (const std::int64_t citizen_id : citizens)
        if (sql.query("SELECT 1 FROM audit_subjects WHERE citizen_id = ? AND entry_block = ?",
                      {citizen_id, block})
                .empty())
          every_pair_indexed = false;
    }
  }
  check.head_hash = prev;
  if (check.first_broken_id) return check;
  // The index the access log reads must name exactly the chained subjects:
  // a look-up hidden from a citizen's log (a row removed) or a row added shows here.
  const auto indexed = sql.query("SELECT COUNT(*) FROM audit_subjects");
  check.index_intact = every_pair_indexed && indexed.front().integer(0) == named_pairs;
  return check;
}

PruneResult prune_before(SqlConnection& sql, const std::string& before_day) {
  PruneResult result;
  const auto first_kept =
      sql.query("SELECT id FROM audit_log WHERE at >= ? ORDER BY id LIMIT 1", {before_day});
  if (first_kept.empty()) return result;  // nothing would remain to anchor: keep everything
  result.first_kept_id = first_kept[0].integer(0);
  // The anchor is the last removed entry's own hash, not the link the first
  // kept entry claims: a gap or an edit just after the pruned part still shows.
  const auto last_removed =
      sql.query("SELECT hash FROM audit_log WHERE id < ? ORDER BY id DESC LIMIT 1", {*result.first_kept_id});
  if (last_removed.empty()) return result;  // nothing before it to remove
  const std::string prev = last_removed[0].optional_text(0).value_or("");
  result.removed = sql.execute("DELETE FROM audit_log WHERE id < ?", {*result.first_kept_id});
  // The index of the block the first kept entry is in is rebuilt from what remains of it.
  const std::int64_t first_block = *result.first_kept_id / audit_block_entries;
  sql.execute("DELETE FROM audit_subjects WHERE entry_block <= ?", {first_block});
  std::vector<AuditEntry> rest_of_block;
  sql.for_each_row(std::string("SELECT ") + audit_entry_columns + " FROM audit_log WHERE id >= ? AND id < ?",
                   {*result.first_kept_id, (first_block + 1) * audit_block_entries},
                   [&](const SqlRow& row) { rest_of_block.push_back(read_audit_entry(row)); });
  index_subjects(sql, rest_of_block);
  sql.execute(
      "INSERT INTO audit_anchor (id, first_id, prev_hash, pruned_before) VALUES (1, ?, ?, ?) "
      "ON CONFLICT (id) DO UPDATE SET first_id = excluded.first_id, prev_hash = excluded.prev_hash, "
      "pruned_before = excluded.pruned_before",
      {*result.first_kept_id, prev, before_day});
  return result;
}

}  // namespace afk::store
