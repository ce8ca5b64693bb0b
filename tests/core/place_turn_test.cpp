// Who gets a free place: the board's next in line, unless the unit explains
// why another citizen goes first; and a move-in may name the place.
#include <gtest/gtest.h>

#include "core/course_commands.hpp"
#include "core/domain_fixtures.hpp"

namespace afk {
namespace {
using namespace afk::testing;

constexpr std::int64_t someone_else = 99;

CourseCommandContext with_next_in_line(Date today, std::optional<std::int64_t> next) {
  CourseCommandContext context = course_context(today);
  context.author = Author{"Lise Leder", Role::unit_lead};
  context.next_in_line_course_id = next;
  return context;
}

TEST(PlaceTurn, MovingInAheadOfTheNextInLineNeedsAReasonWhichIsKept) {
  const Course course = with_key_worker(phase_1_course());
  MoveIn command{d("2024-03-18"), PlaceKind::regular, std::nullopt};
  const auto refused = move_in(course, command, with_next_in_line(d("2024-03-18"), someone_else));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "reason_ahead_of_turn_required");
  EXPECT_EQ(refused.error().field, "reason_ahead_of_turn");

  command.reason_ahead_of_turn = "Aftalt med afsnittet: akut behov.";
  const Course moved = ok(move_in(course, command, with_next_in_line(d("2024-03-18"), someone_else)));
  ASSERT_TRUE(moved.ahead_of_turn);
  EXPECT_EQ(moved.ahead_of_turn->reason, "Aftalt med afsnittet: akut behov.");
  EXPECT_EQ(moved.ahead_of_turn->decided_on, d("2024-03-18"));
  EXPECT_EQ(moved.ahead_of_turn->author->name, "Lise Leder");
}

TEST(PlaceTurn, TheNextInLineOrNobodyWaitingNeedsNoReason) {
  const Course course = with_key_worker(phase_1_course());
  const MoveIn command{d("2024-03-18"), PlaceKind::regular, std::nullopt};
  EXPECT_FALSE(ok(move_in(course, command, with_next_in_line(d("2024-03-18"), course.id))).ahead_of_turn);
  EXPECT_FALSE(ok(move_in(course, command, with_next_in_line(d("2024-03-18"), std::nullopt))).ahead_of_turn);
}

TEST(PlaceTurn, APlannedMoveInWasTheChoiceAndIsExplainedWhenPlanned) {
  const Course course = with_key_worker(phase_1_course());
  EXPECT_EQ(
      plan_move_in(course, {d("2024-03-20")}, with_next_in_line(d("2024-03-10"), someone_else)).error().code,
      "reason_ahead_of_turn_required");
  const Course planned = ok(plan_move_in(course, {d("2024-03-20"), "Borgeren er klar først."},
                                         with_next_in_line(d("2024-03-10"), someone_else)));
  ASSERT_TRUE(planned.ahead_of_turn);
  // At the move-in the choice is made already.
  EXPECT_TRUE(move_in(planned, {d("2024-03-20"), PlaceKind::regular, std::nullopt},
                      with_next_in_line(d("2024-03-20"), someone_else)));
}

TEST(PlaceTurn, AMoveInMayNameAFreeOpenPlace) {
  const Course course = with_key_worker(phase_1_course());
  const Unit unit = sample_unit();
  ASSERT_FALSE(unit.places.empty());
  const Place& second = unit.places[0];  // number 3, not the lowest free
  MoveIn command{d("2024-03-18"), PlaceKind::regular, std::nullopt, second.number};
  const Course moved = ok(move_in(course, command, course_context(d("2024-03-18"))));
  EXPECT_EQ(moved.place_id, second.id);
  EXPECT_EQ(moved.place_kind, second.kind);

  EXPECT_EQ(move_in(course, command, course_context(d("2024-03-18"), {second.id})).error().code,
            "place_taken");
  command.place_number = 4711;
  EXPECT_EQ(move_in(course, command, course_context(d("2024-03-18"))).error().code, "place_not_found");
}

}  // namespace
}  // namespace afk
