#include "service/held_messages.hpp"

namespace afk::service {

Result<int> retry_held_messages(store::SqlConnection& sql, const std::vector<store::HeldMedcomMessage>& held,
                                const RetryHeld& retry) {
  int settled = 0;
  for (const store::HeldMedcomMessage& message : held) {
    AFK_TRY(retried, retry(message));
    if (!retried.value()) continue;
    if (retried.value()->outcome == "held") {
      store::hold_for(sql, message.row_id, retried.value()->reason);
      continue;
    }
    store::settle_medcom_message(sql, message.row_id, retried.value()->outcome, "");
    ++settled;
  }
  return settled;
}

}  // namespace afk::service
