#include "core/course_edit_conflict.hpp"

#include <algorithm>
#include <string>

namespace afk {

namespace {
const SectionChange* last_change_of(const Course& course, CourseSection section) {
  const auto found = std::find_if(course.section_changes.begin(), course.section_changes.end(),
                                  [&](const SectionChange& change) { return change.section == section; });
  return found == course.section_changes.end() ? nullptr : &*found;
}

Error section_changed(const SectionChange& change) {
  std::string who = "en kollega";
  if (change.author) who = change.author->name + " (" + std::string(label_da(change.author->role)) + ")";
  return make_error(ErrorKind::stale_version, "section_changed",
                    std::string(label_da(change.section)) + " er ændret af " + who + " den " +
                        change.changed_on.danish() +
                        ", efter du åbnede forløbet, så din ændring er ikke gemt.");
}
}  // namespace

std::optional<CourseSection> edited_section(CourseCommand command) {
  for (const auto& info : course_command_infos)
    if (info.command == command) return info.section;
  return std::nullopt;
}

Status check_edit_fresh(const Course& current, CourseCommand command,
                        std::optional<std::int64_t> read_version) {
  const std::optional<CourseSection> section = edited_section(command);
  if (!read_version) {
    if (!section) return ok_status();
    return make_error(ErrorKind::bad_input, "version_required",
                      "Ændringen mangler versionen af det, du har læst (If-Match).", "If-Match");
  }
  if (*read_version > current.version)
    return make_error(ErrorKind::stale_version, "stale_version",
                      "Forløbet findes ikke i den udgave, du henviser til. Genindlæs og prøv igen.");
  if (!section) return ok_status();
  if (const SectionChange* change = last_change_of(current, *section);
      change && change->course_version > *read_version)
    return section_changed(*change);
  return ok_status();
}

void stamp_section_change(const Course& before, Course& after, CourseCommand command,
                          const std::optional<Author>& author, Date today) {
  const std::optional<CourseSection> section = edited_section(command);
  if (!section) return;
  SectionChange change{*section, before.version + 1, author, today};
  auto& changes = after.section_changes;
  const auto found = std::find_if(changes.begin(), changes.end(), [&](const SectionChange& existing) {
    return existing.section == *section;
  });
  if (found == changes.end())
    changes.push_back(std::move(change));
  else
    *found = std::move(change);
}

}  // namespace afk
