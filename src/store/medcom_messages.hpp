// The log of MedCom messages received (migration 016): one row per message id,
// so a replay is recognised, with what became of it. Only a held message
// keeps its body, and only until it is applied: a message about a citizen
// Afklaring does not know leaves its id, activity and outcome, no more.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/sql.hpp"

namespace afk::store {

struct MedcomMessageRecord {
  std::string message_id;
  std::int64_t received_at = 0;  // Unix seconds
  std::string activity;          // MedCom's activity code
  std::string outcome;           // applied, already_recorded, not_an_admission, ignored, held, cancelled
  std::string reason;            // why held or ignored (an error code), else empty
  std::optional<std::int64_t> citizen_id;
  std::optional<std::string> earlier_message_id;
  std::optional<std::string> body;  // held only
};

bool medcom_message_known(SqlConnection& sql, const std::string& message_id);

// Whether a stored cancellation (an AN_ message) names `message_id`: its late
// arrival must not bring back what was cancelled.
bool medcom_message_cancelled(SqlConnection& sql, const std::string& message_id);

void insert_medcom_message(SqlConnection& sql, const MedcomMessageRecord& record);

struct HeldMedcomMessage {
  std::int64_t row_id = 0;
  std::string reason;
  std::string body;
  std::int64_t citizen_id = 0;
  std::int64_t received_at = 0;
  std::string activity;
};
// The citizen's held messages, oldest first.
std::vector<HeldMedcomMessage> held_medcom_messages_of(SqlConnection& sql, std::int64_t citizen_id);
// Every held message, oldest first.
std::vector<HeldMedcomMessage> held_medcom_messages(SqlConnection& sql);

// A held message applied at last (or otherwise settled): its body goes.
void settle_medcom_message(SqlConnection& sql, std::int64_t row_id, const std::string& outcome,
                           const std::string& reason);

// A held message tried again and still waiting, now for `reason`.
void hold_for(SqlConnection& sql, std::int64_t row_id, const std::string& reason);

// Messages received since `since` (Unix seconds) per outcome, for the integration page and tests.
struct MedcomOutcomeCount {
  std::string outcome;
  std::int64_t count = 0;
};
std::vector<MedcomOutcomeCount> medcom_outcome_counts(SqlConnection& sql, std::int64_t since);

// The same per UTC day (days since 1970-01-01), oldest first.
struct MedcomDayCount {
  std::int64_t utc_day = 0;
  std::string outcome;
  std::int64_t count = 0;
};
std::vector<MedcomDayCount> medcom_counts_per_day(SqlConnection& sql, std::int64_t since);

}  // namespace afk::store
