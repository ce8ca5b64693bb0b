// Courses: read one or a list as the policy allows, run any course command
// (load → core decides → save → audit, in one transaction), and a unit's
// overdue tasks.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/citizen.hpp"
#include "core/consent.hpp"
#include "core/course.hpp"
#include "core/course_list.hpp"
#include "core/course_tasks.hpp"
#include "core/result.hpp"
#include "service/invocation.hpp"

namespace afk::service {

// A course as the caller may see it (core/consent_view), with what its view needs.
struct CourseRead {
  Course course;
  Citizen citizen;
  CitizenConsents consents;
  // Without the citizen's consent to share with the unit: only what plans
  // places, not the citizen's name, and no commands.
  bool limited = false;
  // The commands the state allows now and the caller may run.
  std::vector<std::string> legal_commands;
};

Result<CourseRead> read_course(Invocation& call, std::int64_t course_id);
// One page of the caller's courses (the unit's; the authority's citizens'),
// each decided by the policy, narrowed, sorted and paged by core/course_list;
// only the courses on the page are audited as read.
struct CourseList {
  std::vector<CourseRead> items;
  int total = 0;
};
Result<CourseList> list_courses(Invocation& call, const CourseListQuery& query);
// Runs `command` with its JSON payload on the course the caller read at
// `read_version` (If-Match; only adding a record may go without). It
// conflicts only with a later edit of the same section (core/course_edit_conflict).
// The actor form's consent to share is recorded as consent records when it changes.
Result<CourseRead> run_course_command(Invocation& call, std::int64_t course_id, const std::string& command,
                                      std::optional<std::int64_t> read_version,
                                      const nlohmann::json& payload);

struct OverdueTask {
  std::int64_t course_id = 0;
  Task task;
};
// The overdue tasks of the unit's open courses.
Result<std::vector<OverdueTask>> overdue_tasks_of_unit(Invocation& call, std::int64_t unit_id);

}  // namespace afk::service
