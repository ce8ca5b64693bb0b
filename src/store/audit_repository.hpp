// The audit log: every read and change of a citizen's data, every refusal,
// every user-admin act and every read of the log itself — who, which
// citizens, what, when, from which address, why. Append-only and
// hash-chained (store/audit_chain). One entry is one act: a board look-up
// that shows twelve citizens is one entry with twelve subjects, found from
// each citizen's access log through the audit_subjects index.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/sql.hpp"

namespace afk::store {

// A citizen an act touched, and the record it touched them through (the
// course on the board, the referral decided).
struct AuditSubject {
  std::int64_t citizen_id = 0;
  std::optional<std::int64_t> entity_id;
  bool operator==(const AuditSubject&) const = default;
};

struct AuditEntry {
  std::int64_t id = 0;
  std::string at;  // UTC, ISO 8601
  std::optional<std::int64_t> user_id;
  std::string role;
  std::string action;                     // e.g. "read", "create", "command:move-in", "login", "read_citizen"
  std::vector<AuditSubject> subjects;     // no citizen: an act on a user, a report, the log itself
  std::string entity;                     // "course", "referral", "citizen", "board", …
  std::optional<std::int64_t> entity_id;  // the record, when the act has no subjects
  std::string address;                    // the client's IP address
  std::string outcome;                    // "ok", "refused", "failed"
  std::string purpose;                    // why, in the user's work: "board", "referral", "course", …
  std::string reason;                     // a refusal's stable code
  std::string prev_hash;
  std::string hash;
};

// The subject of an act on one citizen's data (none when no citizen).
std::vector<AuditSubject> subject_of(std::optional<std::int64_t> citizen_id,
                                     std::optional<std::int64_t> entity_id);

// The audit_subjects index names blocks of this many consecutive entries
// (migration 009): entry id / audit_block_entries.
inline constexpr std::int64_t audit_block_entries = 1024;

// Subjects as stored (and hashed): "12:345,13:-" — citizen:entity, in order.
std::string subjects_text(const std::vector<AuditSubject>& subjects);
std::vector<AuditSubject> parse_subjects(std::string_view text);

// The columns of an entry, in the order read_audit_entry reads them.
inline constexpr const char* audit_entry_columns =
    "id, at, user_id, role, action, subjects, entity, entity_id, address, outcome, purpose, reason, "
    "prev_hash, hash";
AuditEntry read_audit_entry(const SqlRow& row);

// Appends one entry to the chain; must run in a write transaction.
void append_audit(SqlConnection& sql, const AuditEntry& entry);

struct AuditQuery {
  std::optional<std::int64_t> citizen_id;
  std::optional<std::int64_t> user_id;
  std::optional<std::string> from_day;    // inclusive, YYYY-MM-DD
  std::optional<std::string> to_day;      // inclusive
  std::optional<std::int64_t> before_id;  // paging: entries older than this id
  std::optional<std::string> entity;      // only acts on this kind of record
  bool changes_only = false;              // only changes that were carried out (no reads, no refusals)
  int limit = 200;
};
// Newest first.
std::vector<AuditEntry> query_audit(SqlConnection& sql, const AuditQuery& query);

// Who last changed the record (not a read, not refused), and when: for a
// stale write's message.
struct LastChange {
  std::string at;
  std::string display_name;
};
std::optional<LastChange> last_change_of(SqlConnection& sql, std::int64_t citizen_id,
                                         const std::string& entity, std::int64_t entity_id);

}  // namespace afk::store
