// The caller's notifications (core/notifications), from the caller's own
// organisation: for a unit its new referrals and the tasks due and consents
// withdrawn on its open courses; for a ward the decisions on its referrals;
// for an authority the stays waiting for its VUM assessment or visitation.
// The access policy decides each item as the caller's lists do: a citizen's
// name only where the caller may see it (a unit needs the consent to share).
// Every citizen listed is audited as read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/notifications.hpp"
#include "core/result.hpp"
#include "service/invocation.hpp"

namespace afk::service {

struct ShownNotification {
  Notification notification;
  std::optional<std::string> citizen_name;  // none where the policy gives a limited view
};

Result<std::vector<ShownNotification>> read_notifications(Invocation& call);

}  // namespace afk::service
