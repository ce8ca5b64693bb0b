// The audit log: every read and change of a citizen's data — who, which
// citizen, what, when, from which address. Append-only.
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
  std::string action;  // e.g. "read", "create", "command:move-in", "login"
  std::optional<std::int64_t> citizen_id;
  std::string entity;  // "course", "referral", "citizen", "board", …
  std::optional<std::int64_t> entity_id;
  std::string address;  // the client's IP address
  std::string outcome;  // "ok", "refused", "failed"
};

void append_audit(SqlConnection& sql, const AuditEntry& entry);

struct AuditQuery {
  std::optional<std::int64_t> citizen_id;
  std::optional<std::int64_t> user_id;
  int limit = 200;
};
std::vector<AuditEntry> query_audit(SqlConnection& sql, const AuditQuery& query);

}  // namespace afk::store
