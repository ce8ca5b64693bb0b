#include "core/numbers/questionnaire_due.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace afk::numbers {
namespace {

Date d(const char* iso) { return *Date::parse_iso(iso); }

const std::vector<TimePoint> who5_points{TimePoint::move_in, TimePoint::move_out, TimePoint::follow_up};

std::vector<std::string> statuses(CourseState state, const std::vector<Answered>& answers = {},
                                  const std::vector<TimePoint>& points = who5_points) {
  std::vector<std::string> shown;
  for (const TimePointDue& due : time_point_statuses(state, points, answers, d("2026-11-30")))
    shown.push_back(std::string(to_code(due.time_point)) + ":" + std::string(to_code(due.status)));
  return shown;
}

using Shown = std::vector<std::string>;

TEST(QuestionnaireDue, FollowsThePhasesMoveInFirstMoveOutFromPhase3FollowUpAfterMovingOut) {
  EXPECT_EQ(statuses(CourseState::phase_1),
            (Shown{"move_in:upcoming", "move_out:upcoming", "follow_up:upcoming"}))
      << "on the ward, nothing is asked about the stay yet";
  EXPECT_EQ(statuses(CourseState::phase_2),
            (Shown{"move_in:due", "move_out:upcoming", "follow_up:upcoming"}));
  EXPECT_EQ(statuses(CourseState::phase_3), (Shown{"move_in:missing", "move_out:due", "follow_up:upcoming"}));
  EXPECT_EQ(statuses(CourseState::follow_up), (Shown{"move_in:missing", "move_out:due", "follow_up:due"}));
  EXPECT_EQ(statuses(CourseState::closed),
            (Shown{"move_in:missing", "move_out:missing", "follow_up:missing"}));
  EXPECT_EQ(statuses(CourseState::cancelled),
            (Shown{"move_in:missing", "move_out:missing", "follow_up:missing"}));
}

TEST(QuestionnaireDue, AnAnswerAtTheTimePointCountsAndTheLatestIsNamed) {
  EXPECT_EQ(statuses(CourseState::phase_3, {{1, TimePoint::move_in, d("2026-10-02")}}),
            (Shown{"move_in:answered", "move_out:due", "follow_up:upcoming"}));
  const std::vector<Answered> twice{{7, TimePoint::move_in, d("2026-10-09")},
                                    {3, TimePoint::move_in, d("2026-10-02")}};
  const std::vector<TimePoint> move_in{TimePoint::move_in};
  EXPECT_EQ(
      time_point_statuses(CourseState::phase_2, move_in, twice, d("2026-11-30")).at(0).latest_response_id, 7);
}

TEST(QuestionnaireDue, AMonthlyScaleIsDueDuringTheStayWhenTheLastAnswerIsAMonthOld) {
  const std::vector<TimePoint> monthly{TimePoint::monthly};
  EXPECT_EQ(statuses(CourseState::phase_1, {}, monthly), Shown{"monthly:upcoming"});
  EXPECT_EQ(statuses(CourseState::phase_2, {}, monthly), Shown{"monthly:due"});
  EXPECT_EQ(statuses(CourseState::phase_2, {{1, TimePoint::monthly, d("2026-10-30")}}, monthly),
            Shown{"monthly:due"});
  const auto recent =
      time_point_statuses(CourseState::phase_3, monthly,
                          std::vector<Answered>{{2, TimePoint::monthly, d("2026-11-05")}}, d("2026-11-30"));
  EXPECT_EQ(recent.at(0).status, DueStatus::answered);
  EXPECT_EQ(recent.at(0).next_on, d("2026-12-05"));
  EXPECT_EQ(statuses(CourseState::follow_up, {{1, TimePoint::monthly, d("2026-10-30")}}, monthly),
            Shown{"monthly:answered"});
  // A month from the 31st is the month's last day.
  EXPECT_EQ(
      time_point_statuses(CourseState::phase_2, monthly,
                          std::vector<Answered>{{2, TimePoint::monthly, d("2026-01-31")}}, d("2026-02-27"))
          .at(0)
          .next_on,
      d("2026-02-28"));
}

}  // namespace
}  // namespace afk::numbers
