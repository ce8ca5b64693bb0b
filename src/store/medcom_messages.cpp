#include "store/medcom_messages.hpp"

namespace afk::store {

namespace {
SqlValue optional_text(const std::optional<std::string>& text) {
  if (text) return *text;
  return nullptr;
}
}  // namespace

bool medcom_message_known(SqlConnection& sql, const std::string& message_id) {
  return !sql.query("SELECT 1 FROM medcom_messages WHERE message_id = ?", {message_id}).empty();
}

bool medcom_message_cancelled(SqlConnection& sql, const std::string& message_id) {
  return !sql.query("SELECT 1 FROM medcom_messages WHERE earlier_message_id = ? AND activity LIKE 'cancel-%'",
                    {message_id})
              .empty();
}

void insert_medcom_message(SqlConnection& sql, const MedcomMessageRecord& record) {
  SqlValue citizen = nullptr;
  if (record.citizen_id) citizen = *record.citizen_id;
  sql.execute(
      "INSERT INTO medcom_messages (message_id, received_at, activity, outcome, reason, citizen_id, "
      "earlier_message_id, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {record.message_id, record.received_at, record.activity, record.outcome, record.reason, citizen,
       optional_text(record.earlier_message_id), optional_text(record.body)});
}

namespace {
std::vector<HeldMedcomMessage> held_rows(SqlConnection& sql, const std::string& where,
                                         const std::vector<SqlValue>& params) {
  std::vector<HeldMedcomMessage> held;
  for (const auto& row :
       sql.query("SELECT id, reason, body, citizen_id, received_at, activity FROM medcom_messages "
                 "WHERE outcome = 'held'" +
                     where + " ORDER BY id",
                 params))
    held.push_back({row.integer(0), row.text(1), row.text(2), row.optional_integer(3).value_or(0),
                    row.integer(4), row.text(5)});
  return held;
}
}  // namespace

std::vector<HeldMedcomMessage> held_medcom_messages_of(SqlConnection& sql, std::int64_t citizen_id) {
  return held_rows(sql, " AND citizen_id = ?", {citizen_id});
}

std::vector<HeldMedcomMessage> held_medcom_messages(SqlConnection& sql) { return held_rows(sql, "", {}); }

void settle_medcom_message(SqlConnection& sql, std::int64_t row_id, const std::string& outcome,
                           const std::string& reason) {
  sql.execute("UPDATE medcom_messages SET outcome = ?, reason = ?, body = NULL WHERE id = ?",
              {outcome, reason, row_id});
}

void hold_for(SqlConnection& sql, std::int64_t row_id, const std::string& reason) {
  sql.execute("UPDATE medcom_messages SET reason = ? WHERE id = ?", {reason, row_id});
}

std::vector<MedcomOutcomeCount> medcom_outcome_counts(SqlConnection& sql, std::int64_t since) {
  std::vector<MedcomOutcomeCount> counts;
  for (const auto& row : sql.query("SELECT outcome, COUNT(*) FROM medcom_messages WHERE received_at >= ? "
                                   "GROUP BY outcome ORDER BY outcome",
                                   {since}))
    counts.push_back({row.text(0), row.integer(1)});
  return counts;
}

std::vector<MedcomDayCount> medcom_counts_per_day(SqlConnection& sql, std::int64_t since) {
  std::vector<MedcomDayCount> counts;
  for (const auto& row : sql.query("SELECT received_at / 86400, outcome, COUNT(*) FROM medcom_messages WHERE "
                                   "received_at >= ? GROUP BY received_at / 86400, outcome ORDER BY 1, 2",
                                   {since}))
    counts.push_back({row.integer(0), row.text(1), row.integer(2)});
  return counts;
}

}  // namespace afk::store
