#include "service/notification_service.hpp"

#include "core/access_policy.hpp"
#include "service/unit_of_work.hpp"
#include "store/aggregates.hpp"
#include "store/consent_repository.hpp"
#include "store/course_queries.hpp"
#include "store/referral_queries.hpp"

namespace afk::service {

namespace {
// What the caller's role should notice in its own organisation.
std::vector<Notification> found_for(store::SqlConnection& sql, const Caller& caller, Date today) {
  const std::int64_t organisation = caller.organisation_id.value_or(0);
  std::vector<Notification> found;
  switch (caller.role) {
    case Role::unit_staff:
    case Role::unit_lead: {
      const store::ListScope unit{store::ListScope::Kind::unit, organisation};
      for (const Referral& referral : store::list_referrals(sql, unit, std::string("submitted")))
        if (auto notification = referral_notification(referral)) found.push_back(*notification);
      const std::vector<Course> courses = store::open_courses_of_unit(sql, organisation);
      std::vector<std::int64_t> citizen_ids;
      for (const Course& course : courses) citizen_ids.push_back(course.citizen_id);
      const auto consents = store::load_consents(sql, citizen_ids);
      const CitizenConsents none;
      for (const Course& course : courses) {
        const auto citizen_consents = consents.find(course.citizen_id);
        for (Notification& notification : course_notifications(
                 course, citizen_consents == consents.end() ? none : citizen_consents->second, today))
          found.push_back(std::move(notification));
        if (auto citizen = store::load<Citizen>(sql, course.citizen_id))
          for (Notification& notification : hospital_notifications(course, citizen.value(), today))
            found.push_back(std::move(notification));
      }
      break;
    }
    case Role::ward_staff:
      for (const Referral& referral :
           store::list_referrals(sql, {store::ListScope::Kind::ward, organisation}, std::nullopt))
        if (auto notification = referral_decision_notification(referral, today))
          found.push_back(*notification);
      break;
    case Role::authority:
      for (const Course& course : store::list_courses(
               sql, {store::ListScope::Kind::citizens_municipality, organisation}, std::string("phase_2")))
        if (auto notification = authority_notification(course)) found.push_back(*notification);
      break;
    default:
      break;
  }
  return found;
}

// The policy's decision on the record a notification is about: the list
// action for the kind of record, as the caller's lists decide it.
AccessDecision decision_on(store::SqlConnection& sql, const Caller& caller, const Notification& notification,
                           const Citizen& citizen, const CitizenConsents& consents) {
  if (notification.course_id)
    if (auto course = store::load<Course>(sql, *notification.course_id))
      return decide(caller, Action::list_courses, facts_of(course.value(), citizen, consents));
  if (notification.referral_id)
    if (auto referral = store::load<Referral>(sql, *notification.referral_id))
      return decide(caller, Action::list_referrals, facts_of(referral.value(), citizen, consents));
  return not_found_decision();
}
}  // namespace

Result<std::vector<ShownNotification>> read_notifications(Invocation& call) {
  return run_query<std::vector<ShownNotification>>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<std::vector<ShownNotification>> {
        const Caller caller = call.caller();
        std::vector<Notification> found = found_for(sql, caller, call.today());
        sort_notifications(found);
        std::vector<std::int64_t> citizen_ids;
        for (const Notification& notification : found) citizen_ids.push_back(notification.citizen_id);
        const auto consents = store::load_consents(sql, citizen_ids);
        const CitizenConsents none;

        std::vector<ShownNotification> shown;
        for (Notification& notification : found) {
          auto citizen = store::load<Citizen>(sql, notification.citizen_id);
          if (!citizen) continue;
          const auto citizen_consents = consents.find(notification.citizen_id);
          const AccessDecision decision =
              decision_on(sql, caller, notification, citizen.value(),
                          citizen_consents == consents.end() ? none : citizen_consents->second);
          if (!decision.allowed()) continue;
          ShownNotification item{std::move(notification), std::nullopt};
          if (!decision.limited_view) item.citizen_name = citizen->name;
          audit.record(
              "read", item.notification.citizen_id, "notification",
              item.notification.course_id ? item.notification.course_id : item.notification.referral_id);
          shown.push_back(std::move(item));
        }
        return shown;
      });
}

}  // namespace afk::service
