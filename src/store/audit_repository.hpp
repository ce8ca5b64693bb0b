// The audit log: every read and change of a citizen's data, every refusal,
// every user-admin act and every read of the log itself — who, which citizen,
// what, when, from which address, why. Append-only and hash-chained
// (store/audit_chain).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/sql.hpp"

namespace afk::store {

struct AuditEntry {
  std::int64_t id = 0;
  std::string at;  // UTC, ISO 8601
  std::optional<std::int64_t> user_id;
  std::string role;
  std::string action;  // e.g. "read", "create", "command:move-in", "login", "read_citizen"
  std::optional<std::int64_t> citizen_id;
  std::string entity;  // "course", "referral", "citizen", "board", …
  std::optional<std::int64_t> entity_id;
  std::string address;  // the client's IP address
  std::string outcome;  // "ok", "refused", "failed"
  std::string purpose;  // why, in the user's work: "board", "referral", "course", …
  std::string reason;   // a refusal's stable code
  std::string prev_hash;
  std::string hash;
};

// The columns of an entry, in the order read_audit_entry reads them.
inline constexpr const char* audit_entry_columns =
    "id, at, user_id, role, action, citizen_id, entity, entity_id, address, outcome, purpose, reason, "
    "prev_hash, "
    "hash";
AuditEntry read_audit_entry(const SqlRow& row);

// Appends one entry to the chain; must run in a write transaction.
void append_audit(SqlConnection& sql, const AuditEntry& entry);

struct AuditQuery {
  std::optional<std::int64_t> citizen_id;
  std::optional<std::int64_t> user_id;
  std::optional<std::string> from_day;    // inclusive, YYYY-MM-DD
  std::optional<std::string> to_day;      // inclusive
  std::optional<std::int64_t> before_id;  // paging: entries older than this id
  int limit = 200;
};
// Newest first.
std::vector<AuditEntry> query_audit(SqlConnection& sql, const AuditQuery& query);

}  // namespace afk::store
