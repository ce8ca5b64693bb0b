// Queries on courses that several routes share.
#pragma once

#include <cstdint>
#include <vector>

#include "core/course.hpp"
#include "store/sql.hpp"

namespace afk::store {

// The unit's courses that are not closed or cancelled, in id order. Listed as
// the open states so the (unit_id, state) index seeks instead of scanning a
// decade of closed courses.
std::vector<Course> open_courses_of_unit(SqlConnection& sql, std::int64_t unit_id);

}  // namespace afk::store
