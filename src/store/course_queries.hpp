// Named queries over courses that routes use: the lists, the board, who-gains
// and the capacity planner's history.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/course.hpp"
#include "core/date.hpp"
#include "store/list_scope.hpp"
#include "store/sql.hpp"

namespace afk::store {

// The unit's courses that are not closed or cancelled, in id order. Listed as
// the open states so the (unit_id, state) index seeks instead of scanning a
// decade of closed courses.
std::vector<Course> open_courses_of_unit(SqlConnection& sql, std::int64_t unit_id);

// The courses in `scope` (by ward: those referred from it), optionally only
// those in `state` (a state code).
std::vector<Course> list_courses(SqlConnection& sql, const ListScope& scope,
                                 const std::optional<std::string>& state);

// The citizen's courses, in id order.
std::vector<Course> courses_of_citizen(SqlConnection& sql, std::int64_t citizen_id);

// The course a referral led to, as the referral's view shows it.
std::optional<CourseSummary> course_summary_of_referral(SqlConnection& sql, std::int64_t referral_id);

// Courses that moved in within [from, to], in one unit or in the units of one
// municipality (neither: all).
std::vector<Course> courses_moved_in(SqlConnection& sql, Date from, Date to,
                                     std::optional<std::int64_t> unit_id,
                                     std::optional<std::int64_t> municipality_id);

// A unit's finished stays (follow-up or closed) and all its courses but the
// cancelled ones: the capacity planner's empirical stays and referral history.
std::vector<Course> finished_courses_of_unit(SqlConnection& sql, std::int64_t unit_id);
std::vector<Course> courses_of_unit_not_cancelled(SqlConnection& sql, std::int64_t unit_id);

}  // namespace afk::store
