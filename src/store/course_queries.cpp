#include "store/course_queries.hpp"

#include "store/aggregates.hpp"

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

}  // namespace afk::store
