// The audit log as a hash chain: each entry stores the SHA-256 of its own
// fields (its subjects included) and of the entry before it. Editing or deleting a row breaks the
// link at that row, and `afklaring audit verify` names it. Appending happens
// inside a write transaction, which serialises writers, so the chain has one
// order. Pruning keeps the hash the first remaining entry links back to.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/audit_repository.hpp"
#include "store/sql.hpp"

namespace afk::store {

// The hash of an entry given the hash of the one before it (hex).
std::string audit_entry_hash(const AuditEntry& entry, const std::string& prev_hash);

// Appends the entries after the chain's last one. Must run in a write transaction.
void append_chained(SqlConnection& sql, std::vector<AuditEntry>& entries);

// Gives entries written before the chain existed (migration 008) their hashes.
// Must run in a write transaction; returns how many were sealed.
std::int64_t seal_unhashed(SqlConnection& sql);

struct ChainCheck {
  std::int64_t entries = 0;
  std::optional<std::int64_t> first_broken_id;  // the first entry whose hash or link is wrong
  std::string head_hash;                        // the last entry's hash: note it outside the database
  bool index_intact = true;                     // audit_subjects lists exactly the entries' citizens
};
ChainCheck verify_chain(SqlConnection& sql);

struct PruneResult {
  std::int64_t removed = 0;
  std::optional<std::int64_t> first_kept_id;
};
// Removes the entries written before `before_day` (YYYY-MM-DD, UTC) and keeps
// the last removed entry's hash as the anchor the rest verifies from.
PruneResult prune_before(SqlConnection& sql, const std::string& before_day);

}  // namespace afk::store
