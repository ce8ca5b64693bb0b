#include "service/notification_service.hpp"

#include "service/unit_of_work.hpp"
#include "store/aggregates.hpp"
#include "store/consent_repository.hpp"
#include "store/course_queries.hpp"
#include "store/referral_queries.hpp"

namespace afk::service {

Result<std::vector<ShownNotification>> read_notifications(Invocation& call, std::int64_t unit_id) {
  return run_query<std::vector<ShownNotification>>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<std::vector<ShownNotification>> {
        const Date today = call.today();
        std::vector<Notification> found;
        for (const Referral& referral :
             store::list_referrals(sql, {store::ListScope::Kind::unit, unit_id}, std::string("submitted")))
          if (auto notification = referral_notification(referral)) found.push_back(*notification);
        const std::vector<Course> courses = store::open_courses_of_unit(sql, unit_id);
        std::vector<std::int64_t> citizen_ids;
        for (const Notification& notification : found) citizen_ids.push_back(notification.citizen_id);
        for (const Course& course : courses) citizen_ids.push_back(course.citizen_id);
        const auto consents = store::load_consents(sql, citizen_ids);
        for (const Course& course : courses) {
          const auto citizen_consents = consents.find(course.citizen_id);
          const CitizenConsents none;
          for (Notification& notification : course_notifications(
                   course, citizen_consents == consents.end() ? none : citizen_consents->second, today))
            found.push_back(std::move(notification));
        }
        sort_notifications(found);

        std::vector<ShownNotification> shown;
        for (Notification& notification : found) {
          ShownNotification item{std::move(notification), std::nullopt};
          const auto citizen_consents = consents.find(item.notification.citizen_id);
          if (citizen_consents != consents.end() &&
              covers(citizen_consents->second, ConsentPurpose::share_with_unit))
            if (auto citizen = store::load<Citizen>(sql, item.notification.citizen_id))
              item.citizen_name = citizen->name;
          audit.record(
              "read", item.notification.citizen_id, "notification",
              item.notification.course_id ? item.notification.course_id : item.notification.referral_id);
          shown.push_back(std::move(item));
        }
        return shown;
      });
}

}  // namespace afk::service
