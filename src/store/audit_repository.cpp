#include "store/audit_repository.hpp"

#include <algorithm>
#include <charconv>

#include "store/audit_chain.hpp"
#include "store/users_repository.hpp"

namespace afk::store {

namespace {
std::optional<std::int64_t> parse_id(std::string_view text) {
  std::int64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}
}  // namespace

std::vector<AuditSubject> subject_of(std::optional<std::int64_t> citizen_id,
                                     std::optional<std::int64_t> entity_id) {
  if (!citizen_id) return {};
  return {AuditSubject{*citizen_id, entity_id}};
}

std::string subjects_text(const std::vector<AuditSubject>& subjects) {
  std::string text;
  for (const AuditSubject& subject : subjects) {
    if (!text.empty()) text += ',';
    text += std::to_string(subject.citizen_id);
    text += ':';
    text += subject.entity_id ? std::to_string(*subject.entity_id) : std::string("-");
  }
  return text;
}

std::vector<AuditSubject> parse_subjects(std::string_view text) {
  std::vector<AuditSubject> subjects;
  while (!text.empty()) {
    const std::size_t comma = text.find(',');
    const std::string_view pair = text.substr(0, comma);
    text = comma == std::string_view::npos ? std::string_view() : text.substr(comma + 1);
    const std::size_t colon = pair.find(':');
    if (colon == std::string_view::npos) continue;  // cannot happen for what we wrote; verify catches edits
    const auto citizen = parse_id(pair.substr(0, colon));
    if (!citizen) continue;
    subjects.push_back({*citizen, parse_id(pair.substr(colon + 1))});
  }
  return subjects;
}

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
  entry.subjects = parse_subjects(row.text(5));
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

namespace {
// The conditions of a query other than the citizen, as SQL and parameters.
std::string audit_filters(const AuditQuery& query, std::vector<SqlValue>& params) {
  std::string text;
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
  if (query.entity) {
    text += " AND entity = ?";
    params.emplace_back(*query.entity);
  }
  if (query.changes_only) text += " AND outcome = 'ok' AND action <> 'read'";
  return text;
}

// A citizen's entries: the index names the blocks that mention them, newest
// first; each block is a range scan of at most audit_block_entries entries.
std::vector<AuditEntry> query_citizen_audit(SqlConnection& sql, const AuditQuery& query) {
  const std::int64_t citizen_id = *query.citizen_id;
  std::vector<std::int64_t> blocks;
  std::string block_query = "SELECT entry_block FROM audit_subjects WHERE citizen_id = ?";
  std::vector<SqlValue> block_params{citizen_id};
  if (query.before_id) {
    block_query += " AND entry_block <= ?";
    block_params.emplace_back(*query.before_id / audit_block_entries);
  }
  for (const auto& row : sql.query(block_query + " ORDER BY entry_block DESC", block_params))
    blocks.push_back(row.integer(0));

  std::vector<AuditEntry> entries;
  // LIKE, not SQLite's instr(), so PostgreSQL runs it too; the pattern holds
  // only digits, ',' and ':'.
  const std::string pattern = "%," + std::to_string(citizen_id) + ":%";
  for (const std::int64_t block : blocks) {
    if (static_cast<int>(entries.size()) >= query.limit) break;
    std::vector<SqlValue> params{block * audit_block_entries, (block + 1) * audit_block_entries, pattern};
    const std::string filters = audit_filters(query, params);
    params.emplace_back(std::int64_t{query.limit - static_cast<int>(entries.size())});
    for (const auto& row :
         sql.query(std::string("SELECT ") + audit_entry_columns +
                       " FROM audit_log WHERE id >= ? AND id < ? AND (',' || subjects) LIKE ?" + filters +
                       " ORDER BY id DESC LIMIT ?",
                   params))
      entries.push_back(read_audit_entry(row));
  }
  return entries;
}
}  // namespace

std::vector<AuditEntry> query_audit(SqlConnection& sql, const AuditQuery& query) {
  if (query.citizen_id) return query_citizen_audit(sql, query);
  std::vector<SqlValue> params;
  const std::string filters = audit_filters(query, params);
  params.emplace_back(std::int64_t{query.limit});
  std::vector<AuditEntry> entries;
  for (const auto& row : sql.query(std::string("SELECT ") + audit_entry_columns +
                                       " FROM audit_log WHERE 1 = 1" + filters + " ORDER BY id DESC LIMIT ?",
                                   params))
    entries.push_back(read_audit_entry(row));
  return entries;
}

std::optional<LastChange> last_change_of(SqlConnection& sql, std::int64_t citizen_id,
                                         const std::string& entity, std::int64_t entity_id) {
  AuditQuery query;
  query.citizen_id = citizen_id;
  query.entity = entity;
  query.changes_only = true;
  query.limit = 50;
  for (const AuditEntry& entry : query_audit(sql, query)) {
    const AuditSubject changed{citizen_id, entity_id};
    if (std::find(entry.subjects.begin(), entry.subjects.end(), changed) == entry.subjects.end()) continue;
    const auto user = entry.user_id ? find_user(sql, *entry.user_id) : std::nullopt;
    if (!user) return std::nullopt;
    return LastChange{entry.at, user->display_name};
  }
  return std::nullopt;
}

}  // namespace afk::store
