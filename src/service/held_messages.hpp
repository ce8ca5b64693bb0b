// Held MedCom messages tried again — when a stay they refer to arrives, or an
// administrator maps the SOR code they name. One way to settle them, shared
// by notifications and letters: still held keeps the body under its new
// reason; any other outcome settles the message and drops the body.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "store/medcom_messages.hpp"

namespace afk::service {

struct Retried {
  std::string outcome;  // "held" or what the message came to
  std::string reason;   // why it is still held
};

// `retry` answers none for a message that is not its to try. Returns how many were settled.
using RetryHeld = std::function<Result<std::optional<Retried>>(const store::HeldMedcomMessage&)>;
Result<int> retry_held_messages(store::SqlConnection& sql, const std::vector<store::HeldMedcomMessage>& held,
                                const RetryHeld& retry);

}  // namespace afk::service
