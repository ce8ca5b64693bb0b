#include "core/numbers/questionnaire_due.hpp"

#include <algorithm>

#include "core/working_days.hpp"

namespace afk::numbers {

namespace {
// The phases in which a time point is due: before them it is upcoming, after them missed.
struct PhaseWindow {
  CourseState from, to;
};
PhaseWindow window_of(TimePoint time_point) {
  switch (time_point) {
    case TimePoint::move_in:
      // From the move-in: a citizen still on the ward is not asked about the stay yet.
      return {CourseState::phase_2, CourseState::phase_2};
    case TimePoint::move_out:
      return {CourseState::phase_3, CourseState::follow_up};
    case TimePoint::follow_up:
    case TimePoint::monthly:
      break;
  }
  return {CourseState::follow_up, CourseState::follow_up};
}

}  // namespace

std::vector<TimePointDue> time_point_statuses(CourseState state, std::span<const TimePoint> time_points,
                                              std::span<const Answered> answers, Date today) {
  std::vector<TimePointDue> statuses;
  for (TimePoint time_point : time_points) {
    TimePointDue due{time_point, DueStatus::upcoming, std::nullopt, std::nullopt};
    const Answered* latest = nullptr;
    for (const Answered& answer : answers)
      if (answer.time_point == time_point && (!latest || answer.answered_on >= latest->answered_on))
        latest = &answer;
    if (latest) due.latest_response_id = latest->response_id;
    if (time_point == TimePoint::monthly) {
      // Only during the stay; due again one month after the last answer.
      const bool in_stay = state == CourseState::phase_2 || state == CourseState::phase_3;
      if (!in_stay) {
        due.status = latest ? DueStatus::answered : DueStatus::upcoming;
      } else if (!latest) {
        due.status = DueStatus::due;
      } else {
        due.next_on = add_months(latest->answered_on, 1);
        due.status = *due.next_on <= today ? DueStatus::due : DueStatus::answered;
      }
    } else if (latest) {
      due.status = DueStatus::answered;
    } else if (!is_open(state)) {
      due.status = DueStatus::missing;
    } else {
      const PhaseWindow window = window_of(time_point);
      due.status = state < window.from  ? DueStatus::upcoming
                   : state <= window.to ? DueStatus::due
                                        : DueStatus::missing;
    }
    statuses.push_back(due);
  }
  return statuses;
}

}  // namespace afk::numbers
