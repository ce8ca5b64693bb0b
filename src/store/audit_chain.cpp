#include "store/audit_chain.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>

namespace afk::store {

namespace {

std::string optional_text(const std::optional<std::int64_t>& value) {
  return value ? std::to_string(*value) : std::string("-");
}

// The hash the next entry links to: the last entry's, or the anchor after a prune.
std::string chain_tail(SqlConnection& sql) {
  const auto last = sql.query("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
  if (!last.empty()) return last[0].optional_text(0).value_or("");
  const auto anchor = sql.query("SELECT prev_hash FROM audit_anchor WHERE id = 1");
  return anchor.empty() ? std::string() : anchor[0].text(0);
}
}  // namespace

std::string audit_entry_hash(const AuditEntry& entry, const std::string& prev_hash) {
  // Fields separated by a byte no field can hold (request checks refuse control characters).
  std::string text;
  for (const std::string& field :
       {prev_hash, entry.at, optional_text(entry.user_id), entry.role, entry.action,
        optional_text(entry.citizen_id), entry.entity, optional_text(entry.entity_id), entry.address,
        entry.outcome, entry.purpose, entry.reason}) {
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
  std::string prev = chain_tail(sql);
  if (prev.empty() && seal_unhashed(sql) > 0) prev = chain_tail(sql);
  for (AuditEntry& entry : entries) {
    entry.prev_hash = prev;
    entry.hash = audit_entry_hash(entry, prev);
    prev = entry.hash;
  }
  // Many rows per statement: one group commit may carry hundreds.
  constexpr std::size_t rows_per_statement = 50;
  for (std::size_t first = 0; first < entries.size(); first += rows_per_statement) {
    const std::size_t last = std::min(entries.size(), first + rows_per_statement);
    std::string text =
        "INSERT INTO audit_log (at, user_id, role, action, citizen_id, entity, entity_id, address, outcome, "
        "purpose, reason, prev_hash, hash) VALUES ";
    std::vector<SqlValue> params;
    params.reserve((last - first) * 13);
    for (std::size_t i = first; i < last; ++i) {
      const AuditEntry& entry = entries[i];
      text += i == first ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                         : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
      for (SqlValue value :
           {SqlValue(entry.at), optional_value(entry.user_id), SqlValue(entry.role), SqlValue(entry.action),
            optional_value(entry.citizen_id), SqlValue(entry.entity), optional_value(entry.entity_id),
            SqlValue(entry.address), SqlValue(entry.outcome), SqlValue(entry.purpose), SqlValue(entry.reason),
            SqlValue(entry.prev_hash), SqlValue(entry.hash)})
        params.push_back(std::move(value));
    }
    sql.execute(text, params);
  }
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
  sql.for_each_row(std::string("SELECT ") + audit_entry_columns + " FROM audit_log ORDER BY id", {},
                   [&](const SqlRow& row) {
                     if (check.first_broken_id) return;
                     const AuditEntry entry = read_audit_entry(row);
                     ++check.entries;
                     if (entry.prev_hash != prev || entry.hash != audit_entry_hash(entry, prev))
                       check.first_broken_id = entry.id;
                     prev = entry.hash;
                   });
  check.head_hash = prev;
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
  sql.execute(
      "INSERT INTO audit_anchor (id, first_id, prev_hash, pruned_before) VALUES (1, ?, ?, ?) "
      "ON CONFLICT (id) DO UPDATE SET first_id = excluded.first_id, prev_hash = excluded.prev_hash, "
      "pruned_before = excluded.pruned_before",
      {*result.first_kept_id, prev, before_day});
  return result;
}

}  // namespace afk::store
