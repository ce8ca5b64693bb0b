// What a unit should notice today, without looking for it: a new referral
// waiting for the joint assessment, a task due within a few days (or
// overdue), a consent withdrawn lately. Derived from the records each time,
// so nothing is stored that could drift from them; the screen shows the list
// and its length as a badge.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/consent.hpp"
#include "core/course.hpp"
#include "core/enum_codes.hpp"
#include "core/referral.hpp"

namespace afk {

enum class NotificationKind { new_referral, task_due, consent_withdrawn };

template <>
struct EnumCodes<NotificationKind> {
  static constexpr std::array<EnumText<NotificationKind>, 3> table{{
      {NotificationKind::new_referral, "new_referral", "Ny henvisning"},
      {NotificationKind::task_due, "task_due", "Opgave med frist"},
      {NotificationKind::consent_withdrawn, "consent_withdrawn", "Samtykke trukket tilbage"},
  }};
};

// A task is noticed from this many days before it is due (and while overdue);
// a withdrawn consent for this many days after it was recorded.
inline constexpr int task_notice_days = 3;
inline constexpr int consent_notice_days = 14;

struct Notification {
  NotificationKind kind = NotificationKind::new_referral;
  Date date;  // received, due, or withdrawn
  std::int64_t citizen_id = 0;
  std::optional<std::int64_t> referral_id;
  std::optional<std::int64_t> course_id;
  std::string what_da;  // one line, without the citizen's name
};

// A referral waiting for the joint assessment.
std::optional<Notification> referral_notification(const Referral& referral);

// An open course's tasks due soon or overdue, and its citizen's consents withdrawn lately.
std::vector<Notification> course_notifications(const Course& course, const CitizenConsents& consents,
                                               Date today);

// New referrals first, then withdrawn consents (newest first), then tasks (earliest due first).
void sort_notifications(std::vector<Notification>& notifications);

}  // namespace afk
