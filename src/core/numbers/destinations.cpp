#include "core/numbers/destinations.hpp"

namespace afk::numbers {

DestinationShares destination_shares(std::span<const CourseFacts> courses,
                                     std::optional<Period> moved_out_in) {
  DestinationShares result;
  for (Destination destination : all_destinations) result.rows.push_back({destination, 0, std::nullopt});
  result.rows.push_back({std::nullopt, 0, std::nullopt});
  for (const auto& course : courses) {
    if (!course.move_out) continue;
    if (moved_out_in && !moved_out_in->contains(*course.move_out)) continue;
    ++result.closed_courses;
    const size_t row = course.destination ? static_cast<size_t>(*course.destination) : result.rows.size() - 1;
    ++result.rows[row].courses;
  }
  if (result.closed_courses > 0)
    for (auto& row : result.rows) row.percent = 100.0 * row.courses / result.closed_courses;
  return result;
}

}  // namespace afk::numbers
