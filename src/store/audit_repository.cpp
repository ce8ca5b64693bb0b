#include "store/audit_repository.hpp"

#include "store/audit_chain.hpp"

namespace afk::store {

void append_audit(SqlConnection& sql, const AuditEntry& entry) {
  std::vector<AuditEntry> entries{entry};
  append_chained(sql, entries);
}

AuditEntry read_audit_entry(const SqlRow& row) {
  AuditEntry entry;
  entry.id = row.integer(0);
  entry.at = row.text(1);
  entry.user_id = row.optional_integer(2);
  entry.role = row.optional_text(3).value_or("");
  entry.action = row.text(4);
  entry.citizen_id = row.optional_integer(5);
  entry.entity = row.optional_text(6).value_or("");
  entry.entity_id = row.optional_integer(7);
  entry.address = row.text(8);
  entry.outcome = row.text(9);
  entry.purpose = row.text(10);
  entry.reason = row.text(11);
  entry.prev_hash = row.optional_text(12).value_or("");
  entry.hash = row.optional_text(13).value_or("");
  return entry;
}

std::vector<AuditEntry> query_audit(SqlConnection& sql, const AuditQuery& query) {
  std::string text = std::string("SELECT ") + audit_entry_columns + " FROM audit_log WHERE 1 = 1";
  std::vector<SqlValue> params;
  if (query.citizen_id) {
    text += " AND citizen_id = ?";
    params.emplace_back(*query.citizen_id);
  }
  if (query.user_id) {
    text += " AND user_id = ?";
    params.emplace_back(*query.user_id);
  }
  if (query.from_day) {
    text += " AND at >= ?";
    params.emplace_back(*query.from_day);
  }
  if (query.to_day) {
    text += " AND at < ?";  // the day after 'to' starts with a higher date
    params.emplace_back(*query.to_day + "T99");
  }
  if (query.before_id) {
    text += " AND id < ?";
    params.emplace_back(*query.before_id);
  }
  text += " ORDER BY id DESC LIMIT ?";
  params.emplace_back(std::int64_t{query.limit});
  std::vector<AuditEntry> entries;
  for (const auto& row : sql.query(text, params)) entries.push_back(read_audit_entry(row));
  return entries;
}

}  // namespace afk::store
