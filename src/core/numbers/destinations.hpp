// Destinations: count and share of closed courses per destination, including
// "unknown" for closed courses without a registered destination
// (numbers.md "Flow"). Open courses are not in the denominator.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "core/numbers/flow_facts.hpp"
#include "core/numbers/period.hpp"

namespace afk::numbers {

struct DestinationShare {
  std::optional<Destination> destination;  // nullopt = unknown
  int courses = 0;
  std::optional<double> percent;  // courses / closed_courses * 100; nullopt when none closed
};

struct DestinationShares {
  int closed_courses = 0;
  // Every destination of afk::all_destinations in that order, then "unknown";
  // zero rows are kept so tables always have the same shape.
  std::vector<DestinationShare> rows;
};

// Running shares, for reports that build every group in one pass: start
// from no_destinations(), add_destination per course, then finish sets the
// percentages.
DestinationShares no_destinations();
void add_destination(DestinationShares& shares, const CourseFacts& course,
                     std::optional<Period> moved_out_in);
void finish(DestinationShares& shares);

// Closed courses = courses with a move-out; when `moved_out_in` is given,
// only those whose move-out falls in that period.
DestinationShares destination_shares(std::span<const CourseFacts> courses,
                                     std::optional<Period> moved_out_in = std::nullopt);

}  // namespace afk::numbers
