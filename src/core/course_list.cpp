#include "core/course_list.hpp"

#include <algorithm>
#include <cctype>

#include "core/course_state.hpp"

namespace afk {

namespace {
bool in_view(CourseListView view, const CourseListEntry& entry) {
  switch (view) {
    case CourseListView::open:
      return is_open(entry.course->state);
    case CourseListView::awaiting_authority:
      return awaits_authority(*entry.course);
    case CourseListView::overdue:
      return entry.overdue_tasks > 0;
    case CourseListView::all:
      return true;
  }
  return true;
}

std::string folded(const std::string& text) {
  std::string out;
  for (unsigned char c : text)
    if (!std::isspace(c)) out += static_cast<char>(std::tolower(c));
  return out;
}

bool matches(const CourseListQuery& query, const CourseListEntry& entry) {
  const Course& course = *entry.course;
  if (!in_view(query.view, entry)) return false;
  if (query.state && course.state != *query.state) return false;
  if (query.unit_id && course.unit_id != *query.unit_id) return false;
  if (query.key_worker_name &&
      (!course.key_worker || folded(course.key_worker->name) != folded(*query.key_worker_name)))
    return false;
  return true;
}

// Dates first, missing dates last; ties newest first.
bool earlier(const std::optional<Date>& a, const std::optional<Date>& b) {
  if (a.has_value() != b.has_value()) return a.has_value();
  return a && *a < *b;
}
}  // namespace

bool awaits_authority(const Course& course) {
  return course.state == CourseState::phase_2 && (!course.vum.completed_on || !course.allocation);
}

std::string danish_sort_key(const std::string& text) {
  std::string key;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xC3 && i + 1 < text.size()) {
      const unsigned char next = static_cast<unsigned char>(text[i + 1]);
      // æ/Æ, ø/Ø, å/Å sort after z, in that order; other letters keep their bytes.
      const char after_z = next == 0xA6 || next == 0x86   ? '{'
                           : next == 0xB8 || next == 0x98 ? '|'
                           : next == 0xA5 || next == 0x85 ? '}'
                                                          : '\0';
      if (after_z != '\0') {
        key += after_z;
        ++i;
        continue;
      }
    }
    key += static_cast<char>(std::tolower(c));
  }
  return key;
}

CourseListPage course_list_page(std::span<const CourseListEntry> entries, const CourseListQuery& query) {
  std::vector<std::size_t> matching;
  for (std::size_t i = 0; i < entries.size(); ++i)
    if (matches(query, entries[i])) matching.push_back(i);
  std::vector<std::string> keys(entries.size());
  if (query.order == CourseListOrder::name)
    for (std::size_t i : matching) keys[i] = danish_sort_key(entries[i].citizen_name);
  const auto newest_first = [&](std::size_t a, std::size_t b) {
    return entries[a].course->id > entries[b].course->id;
  };
  std::stable_sort(matching.begin(), matching.end(), [&](std::size_t a, std::size_t b) {
    const Course& x = *entries[a].course;
    const Course& y = *entries[b].course;
    switch (query.order) {
      case CourseListOrder::newest:
        break;
      case CourseListOrder::name:
        // Citizens shown without a name (no consent) come last.
        if (keys[a].empty() != keys[b].empty()) return keys[b].empty();
        if (keys[a] != keys[b]) return keys[a] < keys[b];
        break;
      case CourseListOrder::moved_in:
        if (x.moved_in_on != y.moved_in_on) return earlier(x.moved_in_on, y.moved_in_on);
        break;
      case CourseListOrder::planned_end:
        if (x.planned_end_on != y.planned_end_on) return earlier(x.planned_end_on, y.planned_end_on);
        break;
      case CourseListOrder::overdue:
        if (entries[a].overdue_tasks != entries[b].overdue_tasks)
          return entries[a].overdue_tasks > entries[b].overdue_tasks;
        break;
    }
    return newest_first(a, b);
  });
  CourseListPage page;
  page.total = static_cast<int>(matching.size());
  const std::size_t first = static_cast<std::size_t>(std::max(query.page - 1, 0)) * query.page_size;
  for (std::size_t i = first; i < matching.size() && i < first + query.page_size; ++i)
    page.shown.push_back(matching[i]);
  return page;
}

}  // namespace afk
