#include "store/medcom_outbox.hpp"

namespace afk::store {

void add_to_outbox(SqlConnection& sql, const std::string& message_id, std::int64_t letter_id,
                   std::int64_t created_at, const std::string& bundle) {
  sql.execute("INSERT INTO medcom_outbox (message_id, letter_id, created_at, bundle) VALUES (?, ?, ?, ?)",
              {message_id, letter_id, created_at, bundle});
}

std::vector<OutboxMessage> waiting_in_outbox(SqlConnection& sql, int limit) {
  std::vector<OutboxMessage> waiting;
  for (const auto& row : sql.query("SELECT id, message_id, letter_id, created_at, bundle FROM medcom_outbox "
                                   "WHERE collected_at IS NULL ORDER BY id LIMIT ?",
                                   {std::int64_t{limit}}))
    waiting.push_back(
        {row.integer(0), row.text(1), row.integer(2), row.integer(3), row.text(4), std::nullopt});
  return waiting;
}

Collected mark_collected(SqlConnection& sql, const std::string& message_id, std::int64_t now) {
  const auto rows = sql.query("SELECT collected_at FROM medcom_outbox WHERE message_id = ?", {message_id});
  if (rows.empty()) return Collected::unknown;
  if (rows[0].optional_integer(0)) return Collected::before;
  sql.execute("UPDATE medcom_outbox SET collected_at = ? WHERE message_id = ?", {now, message_id});
  return Collected::now;
}

std::vector<OutboxMessage> outbox_overview(SqlConnection& sql, std::int64_t since) {
  std::vector<OutboxMessage> messages;
  for (const auto& row :
       sql.query("SELECT id, message_id, letter_id, created_at, collected_at FROM medcom_outbox "
                 "WHERE collected_at IS NULL OR collected_at >= ? ORDER BY id DESC",
                 {since}))
    messages.push_back(
        {row.integer(0), row.text(1), row.integer(2), row.integer(3), "", row.optional_integer(4)});
  return messages;
}

}  // namespace afk::store
