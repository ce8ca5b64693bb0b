// The MedCom outbox (migration 017): the Bundle of each letter sent, kept
// until the adapter has collected it. The adapter takes them through the API
// (oldest first) or as files from the outbox folder, and says which it has.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/sql.hpp"

namespace afk::store {

struct OutboxMessage {
  std::int64_t row_id = 0;
  std::string message_id;
  std::int64_t letter_id = 0;
  std::int64_t created_at = 0;  // Unix seconds
  std::string bundle;           // empty in the overview
  std::optional<std::int64_t> collected_at;
};

void add_to_outbox(SqlConnection& sql, const std::string& message_id, std::int64_t letter_id,
                   std::int64_t created_at, const std::string& bundle);

// Messages not yet collected, oldest first, with their Bundles.
std::vector<OutboxMessage> waiting_in_outbox(SqlConnection& sql, int limit);

enum class Collected { now, before, unknown };
// Marks a message collected at `now`; before: it was already; unknown: no such message.
Collected mark_collected(SqlConnection& sql, const std::string& message_id, std::int64_t now);

// The outbox for the integration page: every message waiting and those
// collected since `since`, newest first, without Bundles.
std::vector<OutboxMessage> outbox_overview(SqlConnection& sql, std::int64_t since);

}  // namespace afk::store
