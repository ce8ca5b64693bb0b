// The unit board's composition is a domain rule in core: which places are
// free, who occupies which, who waits and who is on the way in.
#include "core/unit_board.hpp"

#include <gtest/gtest.h>

namespace afk {
namespace {

Date d(const char* iso) { return *Date::parse_iso(iso); }

Unit unit_with_places() {
  Unit unit;
  unit.id = 1;
  for (int number : {1, 2, 3}) unit = add_place(unit, {number, PlaceKind::regular}).value();
  unit = add_place(unit, {9, PlaceKind::guest}).value();
  unit = close_place(unit, {unit.places[2].id, d("2026-03-01"), d("2026-03-31"), "Maling"}).value();
  unit.places.push_back({99, 4, PlaceKind::regular, {}, true, d("2026-01-01")});  // retired
  return unit;
}

Course course(std::int64_t id, CourseState state, std::optional<std::int64_t> place_id,
              bool waiting_list = false) {
  Course c;
  c.id = id;
  c.unit_id = 1;
  c.state = state;
  c.place_id = place_id;
  c.waiting_list = waiting_list;
  c.accepted_on = d("2026-03-01");
  if (state == CourseState::phase_2) c.moved_in_on = d("2026-03-05");
  return c;
}

TEST(UnitBoard, PlacesOccupantsFreePlacesAndWhoWaits) {
  const Unit unit = unit_with_places();
  const std::vector<Course> courses{course(10, CourseState::phase_2, unit.places[0].id),
                                    course(11, CourseState::phase_1, std::nullopt, true),
                                    course(12, CourseState::phase_1, std::nullopt, false)};
  const UnitBoard board = unit_board(unit, courses, d("2026-03-15"));
  ASSERT_EQ(board.places.size(), 4u) << "the retired place is left out";
  ASSERT_TRUE(board.places[0].occupant.has_value());
  EXPECT_EQ(board.places[0].occupant->course->id, 10);
  EXPECT_EQ(board.places[0].occupant->days_on_place, 10);
  EXPECT_FALSE(board.places[1].occupant.has_value());
  EXPECT_TRUE(board.places[2].closed);
  EXPECT_EQ(board.free_regular, 1) << "place 2; place 3 is closed for painting";
  EXPECT_EQ(board.free_guest, 1);
  ASSERT_EQ(board.waiting_list.size(), 1u);
  EXPECT_EQ(board.waiting_list[0].course->id, 11);
  EXPECT_EQ(board.waiting_list[0].days_waiting, 14);
  ASSERT_EQ(board.incoming.size(), 1u);
  EXPECT_EQ(board.incoming[0].course->id, 12);
}

TEST(UnitBoard, TheNextFreePlaceGoesToWhoWasFaerdigmeldtLongestAgoThenWhoWaitedLongest) {
  const Unit unit = unit_with_places();
  Course accepted_today = course(20, CourseState::phase_1, std::nullopt, true);
  accepted_today.accepted_on = d("2026-03-15");
  Course ready_18_days = course(21, CourseState::phase_1, std::nullopt, true);
  ready_18_days.accepted_on = d("2026-03-10");
  ready_18_days.ready_for_discharge_on = d("2026-02-25");
  Course waited_longest = course(22, CourseState::phase_1, std::nullopt, true);
  waited_longest.accepted_on = d("2026-02-01");
  const std::vector<Course> courses{accepted_today, ready_18_days, waited_longest};
  const UnitBoard board = unit_board(unit, courses, d("2026-03-15"));
  ASSERT_NE(board.next_in_line, nullptr);
  EXPECT_EQ(board.next_in_line->id, 21);
  EXPECT_EQ(board.waiting_list[1].days_awaiting_discharge, 18);
  EXPECT_EQ(board.waiting_list[0].days_awaiting_discharge, 0);
  // Without a færdigmelding the longest wait since acceptance comes first.
  EXPECT_TRUE(goes_before_for_a_place(waited_longest, accepted_today));
  EXPECT_TRUE(goes_before_for_a_place(ready_18_days, waited_longest));

  // A citizen whose move-in is planned already has their place.
  Course planned = ready_18_days;
  planned.planned_move_in_on = d("2026-03-20");
  const std::vector<Course> later{accepted_today, planned, waited_longest};
  EXPECT_EQ(unit_board(unit, later, d("2026-03-15")).next_in_line->id, 22);
}

TEST(UnitBoard, NobodyIsNamedWhenNoPlaceIsFree) {
  Unit unit;
  unit.id = 1;
  unit = add_place(unit, {1, PlaceKind::regular}).value();
  const std::vector<Course> courses{course(10, CourseState::phase_2, unit.places[0].id),
                                    course(11, CourseState::phase_1, std::nullopt, true)};
  EXPECT_EQ(unit_board(unit, courses, d("2026-03-15")).next_in_line, nullptr);
}

TEST(UnitBoard, AClosedPlaceIsFreeAgainAfterItsClosure) {
  const Unit unit = unit_with_places();
  const UnitBoard board = unit_board(unit, {}, d("2026-04-01"));
  EXPECT_EQ(board.free_regular, 3);
  EXPECT_FALSE(board.places[2].closed);
}

}  // namespace
}  // namespace afk
