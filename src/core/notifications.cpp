#include "core/notifications.hpp"

#include <algorithm>

#include "core/course_list.hpp"
#include "core/course_tasks.hpp"

namespace afk {

std::optional<Notification> referral_notification(const Referral& referral) {
  if (referral.state != ReferralState::submitted) return std::nullopt;
  return Notification{
      NotificationKind::new_referral, referral.referred_on, referral.citizen_id, referral.id, std::nullopt,
      "Venter på fælles vurdering"};
}

std::vector<Notification> course_notifications(const Course& course, const CitizenConsents& consents,
                                               Date today) {
  std::vector<Notification> found;
  if (!is_open(course.state)) return found;
  for (const Task& task : course.tasks) {
    if (!is_task_open(task) || task.due_on > today.plus_days(task_notice_days)) continue;
    const std::string when = task.due_on < today    ? "forfalden siden " + task.due_on.danish()
                             : task.due_on == today ? "frist i dag"
                                                    : "frist " + task.due_on.danish();
    found.push_back({NotificationKind::task_due, task.due_on, course.citizen_id, std::nullopt, course.id,
                     std::string(label_da(task.kind)) + ", " + when});
  }
  for (const ConsentRecord& record : consents.records) {
    if (record.status != ConsentStatus::withdrawn || record.recorded_on > today ||
        record.recorded_on < today.plus_days(-consent_notice_days))
      continue;
    if (record.course_id && *record.course_id != course.id) continue;
    found.push_back({NotificationKind::consent_withdrawn, record.recorded_on, course.citizen_id, std::nullopt,
                     course.id, "Samtykke trukket tilbage: " + std::string(label_da(record.purpose))});
  }
  return found;
}

std::optional<Notification> referral_decision_notification(const Referral& referral, Date today) {
  if (!referral.decided_on || *referral.decided_on < today.plus_days(-decision_notice_days) ||
      *referral.decided_on > today)
    return std::nullopt;
  std::string what;
  switch (referral.state) {
    case ReferralState::accepted:
      what = "Optaget";
      break;
    case ReferralState::waiting_list:
      what = "Optaget på venteliste";
      break;
    case ReferralState::declined:
      what = "Afvist";
      break;
    case ReferralState::withdrawn:
      if (!referral.withdrawn_by_citizen) return std::nullopt;  // the ward's own withdrawal
      what = "Borgeren ønsker ikke et ophold";
      break;
    case ReferralState::submitted:
      return std::nullopt;
  }
  return Notification{NotificationKind::referral_decided,
                      *referral.decided_on,
                      referral.citizen_id,
                      referral.id,
                      std::nullopt,
                      what};
}

std::vector<Notification> hospital_notifications(const Course& course, const Citizen& citizen, Date today) {
  std::vector<Notification> found;
  if (!is_open(course.state)) return found;
  const auto recent = [&](const std::optional<Date>& day) {
    return day && *day <= today && today.plus_days(-hospital_notice_days) <= *day;
  };
  const auto tell = [&](Date day, std::string what) {
    found.push_back({NotificationKind::hospital_notice, day, course.citizen_id, std::nullopt, course.id,
                     std::move(what)});
  };
  for (const HospitalAdmission& admission : citizen.admissions) {
    if (admission.notified_by.empty()) continue;  // typed in by staff: nothing new to them
    const bool during_stay = course.moved_in_on && *course.moved_in_on <= admission.admitted_on;
    if (recent(admission.admitted_on))
      tell(admission.admitted_on,
           "Indlagt " + admission.admitted_on.danish() + (during_stay ? " – opholdet er sat på pause" : ""));
    if (recent(admission.discharged_on) && !(citizen.died_on && citizen.died_on == admission.discharged_on))
      tell(*admission.discharged_on, "Udskrevet " + admission.discharged_on->danish() +
                                         (during_stay ? " – borgeren kan vende tilbage" : ""));
  }
  if (recent(citizen.died_on)) tell(*citizen.died_on, "Død " + citizen.died_on->danish());
  return found;
}

std::optional<Notification> authority_notification(const Course& course) {
  if (!awaits_authority(course) || !course.moved_in_on) return std::nullopt;
  return Notification{NotificationKind::authority_decision_due,
                      *course.moved_in_on,
                      course.citizen_id,
                      std::nullopt,
                      course.id,
                      course.vum.completed_on ? "Visitation mangler" : "VUM-udredning mangler"};
}

void sort_notifications(std::vector<Notification>& notifications) {
  std::stable_sort(
      notifications.begin(), notifications.end(), [](const Notification& a, const Notification& b) {
        if (a.kind != b.kind) return a.kind < b.kind;
        if (a.kind == NotificationKind::task_due || a.kind == NotificationKind::authority_decision_due)
          return a.date < b.date;
        return b.date < a.date;
      });
}

}  // namespace afk
