#include "store/course_queries.hpp"

#include "store/aggregates.hpp"
#include "store/date_columns.hpp"
#include "store/list_scope_condition.hpp"

namespace afk::store {

std::vector<Course> open_courses_of_unit(SqlConnection& sql, std::int64_t unit_id) {
  std::vector<SqlValue> params{unit_id};
  std::string states;
  for (const auto& text : EnumCodes<CourseState>::table) {
    if (!is_open(text.value)) continue;
    states += states.empty() ? "?" : ", ?";
    params.emplace_back(std::string(text.code));
  }
  return select<Course>(sql, "unit_id = ? AND state IN (" + states + ")", params);
}

std::vector<Course> courses_of_citizen(SqlConnection& sql, std::int64_t citizen_id) {
  return select<Course>(sql, "citizen_id = ?", {citizen_id});
}

std::vector<Course> list_courses(SqlConnection& sql, const ListScope& scope,
                                 const std::optional<std::string>& state) {
  std::vector<SqlValue> params;
  std::string where;
  if (scope.kind == ListScope::Kind::ward) {  // a course's ward is its referral's
    where = "referral_id IN (SELECT id FROM referrals WHERE ward_id = ?)";
    params.emplace_back(scope.id);
  } else {
    where = list_scope_condition(scope, params);
  }
  if (state) {
    where += " AND state = ?";
    params.emplace_back(*state);
  }
  return select<Course>(sql, where, params);
}

std::optional<CourseSummary> course_summary_of_referral(SqlConnection& sql, std::int64_t referral_id) {
  const auto rows =
      sql.query("SELECT id, state, move_in, move_out FROM courses WHERE referral_id = ?", {referral_id});
  if (rows.empty()) return std::nullopt;
  const auto& row = rows.front();
  // The column is written from the course's state code only.
  CourseSummary summary{row.integer(0), from_code<CourseState>(row.text(1)).value_or(CourseState::phase_1),
                        std::nullopt, std::nullopt};
  summary.moved_in_on = optional_date_in(row, 2);
  summary.moved_out_on = optional_date_in(row, 3);
  return summary;
}

std::vector<Course> courses_moved_in(SqlConnection& sql, Date from, Date to,
                                     std::optional<std::int64_t> unit_id,
                                     std::optional<std::int64_t> municipality_id) {
  std::string where = "move_in IS NOT NULL AND move_in >= ? AND move_in <= ?";
  std::vector<SqlValue> params{date_value(from), date_value(to)};
  if (unit_id) {
    where += " AND unit_id = ?";
    params.emplace_back(*unit_id);
  } else if (municipality_id) {
    where += " AND unit_id IN (SELECT id FROM units WHERE municipality_id = ?)";
    params.emplace_back(*municipality_id);
  }
  return select<Course>(sql, where, params);
}

std::vector<Course> finished_courses_of_unit(SqlConnection& sql, std::int64_t unit_id) {
  return select<Course>(sql, "unit_id = ? AND state IN ('follow_up','closed')", {unit_id});
}

std::vector<Course> courses_of_unit_not_cancelled(SqlConnection& sql, std::int64_t unit_id) {
  return select<Course>(sql, "unit_id = ? AND state <> 'cancelled'", {unit_id});
}

}  // namespace afk::store
