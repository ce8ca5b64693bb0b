// Forløb, the list of courses, as staff narrow, sort and page it. Which
// courses each view shows is decided here once, so the server pages the list
// and the screen copies no rule.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/course.hpp"
#include "core/enum_codes.hpp"

namespace afk {

enum class CourseListView { open, awaiting_authority, overdue, all };

template <>
struct EnumCodes<CourseListView> {
  static constexpr std::array<EnumText<CourseListView>, 4> table{{
      {CourseListView::open, "open", "Igangværende forløb"},
      {CourseListView::awaiting_authority, "awaiting_authority", "Afventer VUM eller visitation"},
      {CourseListView::overdue, "overdue", "Med forfaldne opgaver"},
      {CourseListView::all, "all", "Alle forløb"},
  }};
};

enum class CourseListOrder { newest, name, moved_in, planned_end, overdue };

template <>
struct EnumCodes<CourseListOrder> {
  static constexpr std::array<EnumText<CourseListOrder>, 5> table{{
      {CourseListOrder::newest, "newest", "Nyeste først"},
      {CourseListOrder::name, "name", "Navn"},
      {CourseListOrder::moved_in, "moved_in", "Indflyttet"},
      {CourseListOrder::planned_end, "planned_end", "Planlagt fraflytning"},
      {CourseListOrder::overdue, "overdue", "Flest forfaldne opgaver"},
  }};
};

inline constexpr int course_list_default_page_size = 50;
inline constexpr int course_list_max_page_size = 500;

struct CourseListQuery {
  CourseListView view = CourseListView::open;
  std::optional<CourseState> state;  // narrows the view to one state
  std::optional<std::int64_t> unit_id;
  std::optional<std::string> key_worker_name;  // "my citizens": the tovholder's name
  CourseListOrder order = CourseListOrder::newest;
  int page = 1;  // from 1
  int page_size = course_list_default_page_size;
};

// One course the caller may see, with what the list needs to narrow and sort.
struct CourseListEntry {
  const Course* course = nullptr;
  std::string citizen_name;  // empty when the consent does not show it
  int overdue_tasks = 0;
};

struct CourseListPage {
  std::vector<std::size_t> shown;  // indices into the entries, in order
  int total = 0;                   // entries the query matches, on every page
};

// A stay waiting for the authority: its VUM is not finished, or the visitation is not decided.
bool awaits_authority(const Course& course);

// The entries the query matches, sorted, and the page of them asked for.
CourseListPage course_list_page(std::span<const CourseListEntry> entries, const CourseListQuery& query);

// A key that sorts Danish names as a Danish reader expects: case folded, and æ, ø, å after z.
std::string danish_sort_key(const std::string& text);

}  // namespace afk
