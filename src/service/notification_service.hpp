// A unit's notifications (core/notifications): the unit's new referrals, and
// the tasks due and consents withdrawn on its open courses. The route lets
// only the unit's own staff and lead in; a citizen's name is shown only where
// the consent to share with the unit covers it, as on the board. Every
// citizen listed is audited as read.
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
  std::optional<std::string> citizen_name;  // none without consent to share with the unit
};

Result<std::vector<ShownNotification>> read_notifications(Invocation& call, std::int64_t unit_id);

}  // namespace afk::service
