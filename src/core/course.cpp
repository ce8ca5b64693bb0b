#include "core/course.hpp"

namespace afk {

bool is_paused(const Course& course) {
  return !course.admission_pauses.empty() && !course.admission_pauses.back().resumed_on;
}

std::optional<Destination> destination(const Course& course) {
  if (!course.allocation) return std::nullopt;
  return course.allocation->destination;
}

}  // namespace afk
