#include "core/course_command_support.hpp"

#include "core/course_tasks.hpp"

namespace afk {

Result<Course> begin_command(CourseCommand command, const Course& course) {
  AFK_CHECK(check_command_allowed(command, course));
  return course;
}

Status require_version(std::int64_t given, std::int64_t current, std::string field,
                       std::string_view what_da) {
  if (given == current) return ok_status();
  return make_error(
      ErrorKind::stale_version, "stale_version",
      std::string(what_da) + " er blevet ændret af en anden, siden du åbnede den. Hent den igen.",
      std::move(field));
}

void cancel_all_open_tasks(Course& course, Date cancelled_on) {
  for (auto& task : course.tasks)
    if (is_task_open(task)) task.cancelled_on = cancelled_on;
}

}  // namespace afk
