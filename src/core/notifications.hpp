// What each role should notice today, without looking for it. The unit: a
// new referral waiting for the joint assessment, a task due within a few days
// (or overdue), a consent withdrawn lately. The ward: the unit's decision on
// its referrals. The authority: stays waiting for its VUM assessment or
// visitation. Derived from the records each time,
// so nothing is stored that could drift from them; the screen shows the list
// and its length as a badge.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/citizen.hpp"
#include "core/consent.hpp"
#include "core/course.hpp"
#include "core/enum_codes.hpp"
#include "core/referral.hpp"

namespace afk {

// In the order the list shows them.
enum class NotificationKind {
  new_referral,
  referral_decided,
  hospital_notice,
  consent_withdrawn,
  authority_decision_due,
  task_due
};

template <>
struct EnumCodes<NotificationKind> {
  static constexpr std::array<EnumText<NotificationKind>, 6> table{{
      {NotificationKind::new_referral, "new_referral", "Ny henvisning"},
      {NotificationKind::referral_decided, "referral_decided", "Svar på henvisning"},
      {NotificationKind::hospital_notice, "hospital_notice", "Besked fra sygehuset"},
      {NotificationKind::consent_withdrawn, "consent_withdrawn", "Samtykke trukket tilbage"},
      {NotificationKind::authority_decision_due, "authority_decision_due", "Afventer myndigheden"},
      {NotificationKind::task_due, "task_due", "Opgave med frist"},
  }};
};

// A task is noticed from this many days before it is due (and while overdue);
// a withdrawn consent, and a decision on a referral, for this many days after.
inline constexpr int task_notice_days = 3;
inline constexpr int consent_notice_days = 14;
inline constexpr int decision_notice_days = 14;
inline constexpr int hospital_notice_days = 3;

struct Notification {
  NotificationKind kind = NotificationKind::new_referral;
  Date date;  // received, decided, withdrawn, moved in (waiting since), or due
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

// For the ward: the unit's decision on its referral, in the days after it
// (a withdrawal only when the unit recorded it at the citizen's wish).
std::optional<Notification> referral_decision_notification(const Referral& referral, Date today);

// For the unit: what the hospital told (MedCom) in the last few days about the
// citizen of an open course — admitted (the stay paused), discharged (the
// citizen can come back), died.
std::vector<Notification> hospital_notifications(const Course& course, const Citizen& citizen, Date today);

// For the authority: a stay waiting for the VUM assessment or the visitation.
std::optional<Notification> authority_notification(const Course& course);

// By kind in the enum's order; within a kind, what waits longest first for
// tasks and the authority, the newest first for the rest.
void sort_notifications(std::vector<Notification>& notifications);

}  // namespace afk
