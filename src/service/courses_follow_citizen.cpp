#include "service/courses_follow_citizen.hpp"

#include "core/admission_follow_up.hpp"
#include "service/command_contexts.hpp"
#include "store/aggregates.hpp"
#include "store/course_queries.hpp"

namespace afk::service {

Status courses_follow_citizen(Invocation& call, store::SqlConnection& sql, AuditTrail& audit,
                              const Citizen& before, const Citizen& after, const std::string& action) {
  for (const Course& course : store::courses_of_citizen(sql, after.id)) {
    if (!is_open(course.state)) continue;
    CourseCommandContext context = load_course_context(sql, course, call.today());
    context.author = Author{call.user_display_name(), call.caller().role};
    AFK_TRY(followed, course_following_admissions(course, before, after, context));
    if (!followed.value()) continue;
    AFK_CHECK(store::update(sql, *followed.value(), course.version));
    audit.record("follow:" + action, after.id, "course", course.id);
  }
  return ok_status();
}

}  // namespace afk::service
