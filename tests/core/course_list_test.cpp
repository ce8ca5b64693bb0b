// Forløb as staff narrow, sort and page it: the rules of each view, Danish
// name order, and pages that add up to the whole.
#include "core/course_list.hpp"

#include <gtest/gtest.h>

#include "core/domain_fixtures.hpp"

namespace afk {
namespace {
using namespace afk::testing;

struct Listed {
  std::vector<Course> courses;
  std::vector<CourseListEntry> entries;
};

Listed listed(std::vector<std::pair<Course, std::string>> rows) {
  Listed out;
  std::int64_t id = 1;
  for (auto& [course, name] : rows) {
    course.id = id++;
    out.courses.push_back(course);
  }
  for (std::size_t i = 0; i < out.courses.size(); ++i)
    out.entries.push_back({&out.courses[i], rows[i].second, static_cast<int>(i % 2)});
  return out;
}

std::vector<std::int64_t> ids(const Listed& list, const CourseListPage& page) {
  std::vector<std::int64_t> out;
  for (std::size_t i : page.shown) out.push_back(list.entries[i].course->id);
  return out;
}

TEST(CourseList, EachViewShowsWhatItsNameSays) {
  const Listed list = listed({{phase_1_course(), "Anna"},
                              {phase_2_course(), "Bo"},
                              {closed_course(), "Carl"},
                              {phase_3_course(), "Dorte"}});
  CourseListQuery query;
  query.view = CourseListView::open;
  EXPECT_EQ(ids(list, course_list_page(list.entries, query)), (std::vector<std::int64_t>{4, 2, 1}));
  query.view = CourseListView::awaiting_authority;
  EXPECT_EQ(ids(list, course_list_page(list.entries, query)), (std::vector<std::int64_t>{2}))
      << "phase 2 without VUM; phase 3 has its visitation";
  query.view = CourseListView::overdue;
  EXPECT_EQ(ids(list, course_list_page(list.entries, query)), (std::vector<std::int64_t>{4, 2}));
  query.view = CourseListView::all;
  query.state = CourseState::closed;
  EXPECT_EQ(ids(list, course_list_page(list.entries, query)), (std::vector<std::int64_t>{3}));
}

TEST(CourseList, MineMeansTheTovholderHasMyName) {
  const Listed list = listed({{phase_1_course(), "Anna"}, {phase_2_course(), "Bo"}});
  CourseListQuery query;
  query.key_worker_name = "kim  TOVHOLDER";
  EXPECT_EQ(ids(list, course_list_page(list.entries, query)), (std::vector<std::int64_t>{2}))
      << "the phase 2 course has Kim Tovholder; case and spaces do not matter";
}

TEST(CourseList, NamesSortTheDanishWayAndHiddenNamesComeLast) {
  const Listed list = listed({{phase_2_course(), "Åse"},
                              {phase_2_course(), ""},
                              {phase_2_course(), "Ørn"},
                              {phase_2_course(), "zack"},
                              {phase_2_course(), "Ægir"},
                              {phase_2_course(), "Anders"}});
  CourseListQuery query;
  query.order = CourseListOrder::name;
  EXPECT_EQ(ids(list, course_list_page(list.entries, query)), (std::vector<std::int64_t>{6, 4, 5, 3, 1, 2}));
}

TEST(CourseList, PagesAddUpToTheWholeAndTheTotalIsOnEach) {
  std::vector<std::pair<Course, std::string>> rows;
  for (int i = 0; i < 7; ++i) rows.push_back({phase_2_course(), "Borger " + std::to_string(i)});
  const Listed list = listed(rows);
  CourseListQuery query;
  query.page_size = 3;
  std::vector<std::int64_t> seen;
  for (int page = 1; page <= 3; ++page) {
    query.page = page;
    const CourseListPage shown = course_list_page(list.entries, query);
    EXPECT_EQ(shown.total, 7);
    for (std::int64_t id : ids(list, shown)) seen.push_back(id);
  }
  EXPECT_EQ(seen, (std::vector<std::int64_t>{7, 6, 5, 4, 3, 2, 1}));
  query.page = 4;
  EXPECT_TRUE(course_list_page(list.entries, query).shown.empty()) << "past the end: an empty page";
}

TEST(CourseList, MissingDatesSortLast) {
  const Listed list = listed({{phase_1_course(), "A"}, {phase_2_course(), "B"}});
  CourseListQuery query;
  query.order = CourseListOrder::moved_in;
  EXPECT_EQ(ids(list, course_list_page(list.entries, query)), (std::vector<std::int64_t>{2, 1}));
}

}  // namespace
}  // namespace afk
