// The unit board is built once and served again while nothing it shows has
// changed (store/board_versions): a new referral, a new course or a consent
// is on the very next refresh, and every refresh — built or reused — is one
// audit entry naming every citizen the board showed.
#include <gmock/gmock.h>

#include "http/api_fixture.hpp"
#include "store/audit_repository.hpp"

namespace afk::test {
namespace {

class BoardTest : public ApiTest {
 protected:
  nlohmann::json board() {
    const HttpResponse answer = client_for(users::staff_a).get("/api/v1/units/1/board");
    EXPECT_EQ(answer.status, 200) << answer.body;
    return answer.json;
  }
  static bool shows_course(const nlohmann::json& board, std::int64_t course_id) {
    for (const char* list : {"incoming", "waiting_list"})
      for (const auto& entry : board.at(list))
        if (entry.at("course_id") == course_id) return true;
    return false;
  }
  std::vector<std::string> board_entries() {
    auto connection = server().pool().acquire();
    std::vector<std::string> subjects;
    for (const auto& row :
         connection->query("SELECT subjects FROM audit_log WHERE entity = 'board' ORDER BY id"))
      subjects.push_back(row.text(0));
    return subjects;
  }
};

TEST_F(BoardTest, WhatChangesIsOnTheNextRefresh) {
  const nlohmann::json before = board();
  EXPECT_EQ(board(), before) << "nothing changed: the same board";

  // A course added to the unit (written through the store, as every change is).
  const SeededCourse course =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Nye Nielsen", true);
  const nlohmann::json with_course = board();
  EXPECT_FALSE(shows_course(before, course.course_id));
  EXPECT_TRUE(shows_course(with_course, course.course_id));

  // A referral the ward sends: the count of new referrals.
  TestClient ward = client_for(users::ward_a);
  const HttpResponse citizen = ward.post(
      "/api/v1/citizens", {{"name", "Rita Ref"}, {"cpr", "111111-1118"}, {"home_municipality_id", 1}});
  ASSERT_EQ(citizen.status, 201) << citizen.body;
  const HttpResponse referral = ward.post("/api/v1/referrals", referral_to_unit_a(citizen.json.at("id")));
  ASSERT_EQ(referral.status, 201) << referral.body;
  EXPECT_EQ(board().at("new_referrals"), with_course.at("new_referrals").get<int>() + 1);
}

TEST_F(BoardTest, TheWardSeesFreePlacesAsCountsBeforeReferring) {
  TestClient ward = client_for(users::ward_a);
  const auto free_places = [&] {
    const HttpResponse answer = ward.get("/api/v1/units/1/free-places");
    EXPECT_EQ(answer.status, 200) << answer.body;
    return answer.json;
  };
  EXPECT_EQ(free_places(), (nlohmann::json{{"regular", 1}, {"guest", 1}, {"waiting", 0}}));
  // A citizen moves into the only regular place: the ward sees the count fall, and no name.
  const SeededCourse course =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Pia Plads", true);
  TestClient staff = client_for(users::staff_a);
  ASSERT_EQ(
      run_command(staff, course.course_id, "move-in", {{"date", today()}, {"place_kind", "regular"}}).status,
      200);
  const nlohmann::json after = free_places();
  EXPECT_EQ(after.at("regular"), 0);
  EXPECT_EQ(after.at("guest"), 1);
  EXPECT_EQ(after.dump().find("Pia"), std::string::npos);
  EXPECT_EQ(ward.get("/api/v1/units/999/free-places").status, 404);
}

TEST_F(BoardTest, TheBoardNamesWhoShouldHaveTheFreePlaceAndShowsTheirFaerdigbehandlingsdage) {
  const SeededCourse first =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Før Først", true);
  const SeededCourse ready =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Fie Færdig", true);
  TestClient staff = client_for(users::staff_a);
  ASSERT_EQ(
      run_command(staff, ready.course_id, "set-ready-for-discharge", {{"date", days_from_today(-6)}}).status,
      200);
  const nlohmann::json shown = board();
  EXPECT_EQ(shown.at("next_in_line"), ready.course_id) << "færdigmeldt six days ago goes first";
  for (const char* list : {"incoming", "waiting_list"})
    for (const auto& entry : shown.at(list)) {
      const int expected_days = entry.at("course_id") == ready.course_id ? 6 : 0;
      if (entry.at("course_id") == ready.course_id || entry.at("course_id") == first.course_id) {
        EXPECT_EQ(entry.at("days_awaiting_discharge"), expected_days);
      }
      EXPECT_EQ(entry.at("key_worker"), "Kim Tovholder") << "seeded ready to move in: a key worker";
    }
}

TEST_F(BoardTest, APlaceGivenAheadOfTheNextInLineNeedsAReasonWhichIsKept) {
  const SeededCourse first =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Finn Fortrinsret", true);
  const SeededCourse ready =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Freja Færdig", true);
  TestClient staff = client_for(users::staff_a);
  ASSERT_EQ(
      run_command(staff, ready.course_id, "set-ready-for-discharge", {{"date", days_from_today(-3)}}).status,
      200);
  ASSERT_EQ(board().at("next_in_line"), ready.course_id);
  int regular_number = 0;
  const nlohmann::json before = board();
  for (const auto& place : before.at("places"))
    if (place.at("kind") == "regular" && place.at("occupant").is_null()) regular_number = place.at("number");
  ASSERT_GT(regular_number, 0);

  const nlohmann::json move_in{
      {"date", today()}, {"place_kind", "regular"}, {"place_number", regular_number}};
  const HttpResponse unexplained = run_command(staff, first.course_id, "move-in", move_in);
  EXPECT_EQ(unexplained.status, 422) << unexplained.body;
  EXPECT_EQ(unexplained.error_field(), "reason_ahead_of_turn");
  EXPECT_EQ(staff.get(course_path(first.course_id)).json.at("state"), "phase_1") << "nothing changed";

  nlohmann::json unknown_place = move_in;
  unknown_place["place_number"] = 999;
  unknown_place["reason_ahead_of_turn"] = "Akut behov.";
  EXPECT_EQ(run_command(staff, first.course_id, "move-in", unknown_place).error_code(), "place_not_found");

  nlohmann::json explained = move_in;
  explained["reason_ahead_of_turn"] = "Freja ønsker først at flytte ind efter weekenden.";
  const HttpResponse moved = run_command(staff, first.course_id, "move-in", explained);
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json.at("ahead_of_turn").at("reason"), "Freja ønsker først at flytte ind efter weekenden.");
  EXPECT_EQ(moved.json.at("ahead_of_turn").at("author").at("name"), "Test staff_a");
  bool on_that_place = false;
  const nlohmann::json after = board();
  for (const auto& place : after.at("places"))
    if (place.at("number") == regular_number && !place.at("occupant").is_null())
      on_that_place = place.at("occupant").at("course_id") == first.course_id;
  EXPECT_TRUE(on_that_place) << "the place chosen by its number";
}

TEST_F(BoardTest, EveryRefreshIsOneAuditEntryNamingEveryCitizenShown) {
  const SeededCourse course =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Aud Audit", true);
  const std::size_t entries_before = board_entries().size();
  board();
  board();  // served from what the first built
  const auto entries = board_entries();
  ASSERT_EQ(entries.size(), entries_before + 2);
  EXPECT_EQ(entries[entries.size() - 1], entries[entries.size() - 2]);
  EXPECT_THAT(entries.back(),
              testing::HasSubstr(std::to_string(course.citizen_id) + ":" + std::to_string(course.course_id)));

  store::AuditQuery query;
  query.citizen_id = course.citizen_id;
  auto connection = server().pool().acquire();
  std::size_t board_reads = 0;
  for (const auto& entry : store::query_audit(*connection, query)) board_reads += entry.entity == "board";
  EXPECT_GE(board_reads, 2u) << "both refreshes are in the citizen's access log";
}

}  // namespace
}  // namespace afk::test
