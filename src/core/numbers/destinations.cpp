#include "core/numbers/destinations.hpp"

namespace afk::numbers {

DestinationShares no_destinations() {
  DestinationShares shares;
  for (Destination destination : all_destinations) shares.rows.push_back({destination, 0, std::nullopt});
  shares.rows.push_back({std::nullopt, 0, std::nullopt});
  return shares;
}

void add_destination(DestinationShares& shares, const CourseFacts& course,
                     std::optional<Period> moved_out_in) {
  if (!course.move_out) return;
  if (moved_out_in && !moved_out_in->contains(*course.move_out)) return;
  ++shares.closed_courses;
  const size_t row = course.destination ? static_cast<size_t>(*course.destination) : shares.rows.size() - 1;
  ++shares.rows[row].courses;
}

void finish(DestinationShares& shares) {
  if (shares.closed_courses > 0)
    for (auto& row : shares.rows) row.percent = 100.0 * row.courses / shares.closed_courses;
}

DestinationShares destination_shares(std::span<const CourseFacts> courses,
                                     std::optional<Period> moved_out_in) {
  DestinationShares shares = no_destinations();
  for (const auto& course : courses) add_destination(shares, course, moved_out_in);
  finish(shares);
  return shares;
}

}  // namespace afk::numbers
