// Shared steps of the course commands (internal to core).
#pragma once

#include "core/course_commands.hpp"
#include "core/text_checks.hpp"

namespace afk {

// Checks the state guard and returns the copy the command will change.
Result<Course> begin_command(CourseCommand command, const Course& course);

// stale_version `stale_version` when the editor's version is not the current one.
Status require_version(std::int64_t given, std::int64_t current, std::string field, std::string_view what_da);

// Cancels every open task (the course ended or the stay is over).
void cancel_all_open_tasks(Course& course, Date cancelled_on);

// A place (planned or taken) for `course` while another is next in line
// (context.next_in_line_course_id) needs `reason`, which `next` keeps.
// Errors: rule_violated `reason_ahead_of_turn_required`.
Status take_turn(const Course& course, Course& next, const std::string& reason, Date decided_on,
                 const CourseCommandContext& context);

}  // namespace afk
