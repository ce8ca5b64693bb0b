// When two people work on one course at once. Adding a record (a note, a
// visit, an admission, a task done) never conflicts with anything: it is
// applied to the course as it is now. Editing a section in place (the plan,
// the crisis plan, the dates, the stay) conflicts only when a colleague
// edited the same section after the editor read the course, and the refusal
// names who, what and when. The store raises the course version by one per
// write, so a section change is stamped with the version its write makes.
#pragma once

#include <cstdint>
#include <optional>

#include "core/course.hpp"
#include "core/course_commands.hpp"
#include "core/result.hpp"

namespace afk {

// The section `command` edits in place; none when it only adds a record.
std::optional<CourseSection> edited_section(CourseCommand command);

// Whether `command` may run on `current` for an editor who read the course at
// `read_version` (absent: the editor named none, which only adding allows).
// Errors: bad_input `version_required`; stale_version `section_changed` when
// the section changed after the read, naming the colleague, the section and
// the day; stale_version `stale_version` for a read version the course never had.
Status check_edit_fresh(const Course& current, CourseCommand command,
                        std::optional<std::int64_t> read_version);

// Stamps the section `command` edits as changed by `author` on `today` in the
// write that turns `before` into `after` (version before.version + 1).
void stamp_section_change(const Course& before, Course& after, CourseCommand command,
                          const std::optional<Author>& author, Date today);

}  // namespace afk
