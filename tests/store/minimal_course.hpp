// The minimum a course needs, stored through the store's own templates: a
// municipality, a region with a ward, a unit with `places` regular places, a
// citizen, a referral made on 2026-01-05 and the course it opened. Each call
// makes its own organisations. Shared by the store suites on both back ends.
#pragma once

#include <optional>
#include <string>

#include "core/course.hpp"
#include "core/unit.hpp"
#include "store/sql.hpp"

namespace afk::store {

struct MinimalCourse {
  Course course;
  Unit unit;
};

MinimalCourse store_minimal_course(SqlConnection& sql, const std::string& municipality_code = "0999",
                                   int places = 1, std::optional<Date> move_in = std::nullopt);

}  // namespace afk::store
