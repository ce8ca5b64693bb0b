// Two people at once: adding never conflicts, an edit conflicts only with a
// later edit of its section (If-Match), and two move-ins race for the last
// free place.
#include <gmock/gmock.h>

#include <algorithm>

#include "http/api_fixture.hpp"

namespace afk::test {
namespace {

using ConcurrencyTest = ApiTest;

TEST_F(ConcurrencyTest, AddingARecordNeverConflictsAndNeedsNoIfMatch) {
  const SeededCourse seeded =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Sten Samtidig", true);
  TestClient first = client_for(users::staff_a);
  TestClient second = client_for(users::lead_a);

  const HttpResponse first_read = first.get(course_path(seeded.course_id));
  const HttpResponse second_read = second.get(course_path(seeded.course_id));
  ASSERT_EQ(first_read.status, 200);
  ASSERT_EQ(first_read.etag(), second_read.etag());
  const std::int64_t version = first_read.json.at("version");
  EXPECT_EQ(first_read.etag(), "\"" + std::to_string(version) + "\"");

  const HttpResponse won = first.post(command_path(seeded.course_id, "record-ward-visit"),
                                      {{"date", today()}, {"note", "Først."}}, first_read.etag());
  ASSERT_EQ(won.status, 200) << won.body;
  EXPECT_EQ(won.etag(), "\"" + std::to_string(version + 1) + "\"");
  // The colleague read the course before the first visit: both visits are kept.
  const HttpResponse also = second.post(command_path(seeded.course_id, "record-ward-visit"),
                                        {{"date", today()}, {"note", "Anden."}}, second_read.etag());
  EXPECT_EQ(also.status, 200) << also.body;
  const HttpResponse without_if_match = second.post(command_path(seeded.course_id, "record-ward-visit"),
                                                    {{"date", today()}, {"note", "Tredje."}});
  EXPECT_EQ(without_if_match.status, 200) << without_if_match.body;

  const HttpResponse after = first.get(course_path(seeded.course_id));
  EXPECT_EQ(after.json.at("version"), version + 3);
  ASSERT_EQ(after.json.at("transition_events").size(), 3u) << after.body;
  EXPECT_EQ(after.json.at("transition_events")[0].at("note"), "Først.");
  EXPECT_EQ(after.json.at("transition_events")[1].at("note"), "Anden.");
}

TEST_F(ConcurrencyTest, AnEditConflictsOnlyWithALaterEditOfTheSameSection) {
  const SeededCourse seeded =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Sara Sektion", true);
  TestClient staff = client_for(users::staff_a);
  TestClient lead = client_for(users::lead_a);
  const HttpResponse staff_read = staff.get(course_path(seeded.course_id));
  const HttpResponse lead_read = lead.get(course_path(seeded.course_id));
  ASSERT_EQ(staff_read.etag(), lead_read.etag());
  const std::int64_t version = staff_read.json.at("version");

  // The lead writes a visit note, then sets the approach to substance use.
  ASSERT_EQ(lead.post(command_path(seeded.course_id, "record-ward-visit"),
                      {{"date", today()}, {"note", "Set."}}, lead_read.etag())
                .status,
            200);
  const HttpResponse lead_approach =
      lead.post(command_path(seeded.course_id, "set-substance-use-approach"),
                {{"approach", "Skadesreduktion, aftalt med borgeren."}}, lead_read.etag());
  ASSERT_EQ(lead_approach.status, 200)
      << "a note added meanwhile does not block an edit: " << lead_approach.body;

  // The staff member, still on the first read, edits another section: saved.
  const HttpResponse crisis_plan = staff.post(command_path(seeded.course_id, "save-crisis-plan"),
                                              {{"version", 0},
                                               {"warning_signs", "Trækker sig."},
                                               {"what_to_do", "Ring til tovholder."},
                                               {"who_to_call", "Tovholder."},
                                               {"medication_responsible", "Egen læge."},
                                               {"on_readmission", "Ring til afsnittet."}},
                                              staff_read.etag());
  EXPECT_EQ(crisis_plan.status, 200) << crisis_plan.body;

  // ... and the same section: refused, naming who, what and when, and nothing changes.
  const HttpResponse clash = staff.post(command_path(seeded.course_id, "set-substance-use-approach"),
                                        {{"approach", "Stoffri."}}, staff_read.etag());
  EXPECT_EQ(clash.status, 412) << clash.body;
  EXPECT_EQ(clash.error_code(), "section_changed");
  EXPECT_THAT(clash.error_message(),
              ::testing::HasSubstr("Tilgangen til rusmidler er ændret af Test lead_a ("));
  EXPECT_THAT(clash.error_message(), ::testing::HasSubstr(test_today().danish()));
  const HttpResponse after = staff.get(course_path(seeded.course_id));
  EXPECT_EQ(after.json.at("version"), version + 3);
  EXPECT_EQ(after.json.at("substance_use_approach"), "Skadesreduktion, aftalt med borgeren.");

  // Having read the colleague's change, the staff member may edit it.
  const HttpResponse again = staff.post(command_path(seeded.course_id, "set-substance-use-approach"),
                                        {{"approach", "Stoffri."}}, after.etag());
  EXPECT_EQ(again.status, 200) << again.body;
}

TEST_F(ConcurrencyTest, EditsWithoutOrWithAnInvalidIfMatchAreRefused) {
  const SeededCourse seeded =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Ivar Ifmatch", true);
  TestClient staff = client_for(users::staff_a);
  const std::int64_t version = course_version(staff, seeded.course_id);
  const std::string path = command_path(seeded.course_id, "set-substance-use-approach");
  const nlohmann::json payload{{"approach", "Stoffri."}};
  const HttpResponse missing = staff.post(path, payload);
  EXPECT_EQ(missing.status, 400) << missing.body;
  EXPECT_EQ(missing.error_code(), "version_required");
  const HttpResponse garbage = staff.post(path, payload, "\"abc\"");
  EXPECT_EQ(garbage.status, 400) << garbage.body;
  EXPECT_EQ(garbage.error_field(), "If-Match");
  const HttpResponse garbage_on_add =
      staff.post(command_path(seeded.course_id, "record-ward-visit"), {{"date", today()}}, "\"abc\"");
  EXPECT_EQ(garbage_on_add.status, 400) << "a given If-Match is read even where none is needed";
  const HttpResponse future = staff.post(path, payload, "\"" + std::to_string(version + 1) + "\"");
  EXPECT_EQ(future.status, 412) << future.body;
  EXPECT_EQ(course_version(staff, seeded.course_id), version);
}

TEST_F(ConcurrencyTest, TwoMoveInsRaceForTheLastRegularPlace) {
  // Unit A has one regular place; both courses have a key worker.
  const SeededCourse first =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Rita Racer", true);
  const SeededCourse second =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Rune Racer", true);
  TestClient staff = client_for(users::staff_a);
  TestClient lead = client_for(users::lead_a);
  const std::string first_etag = staff.get(course_path(first.course_id)).etag();
  const std::string second_etag = lead.get(course_path(second.course_id)).etag();
  const nlohmann::json move_in{{"date", today()},
                               {"place_kind", "regular"},
                               // The race is for the place; the turn is explained.
                               {"reason_ahead_of_turn", "Aftalt på tavlemødet."}};

  const auto [first_answer, second_answer] = at_the_same_moment(
      [&] { return staff.post(command_path(first.course_id, "move-in"), move_in, first_etag); },
      [&] { return lead.post(command_path(second.course_id, "move-in"), move_in, second_etag); });

  std::vector<int> statuses{first_answer.status, second_answer.status};
  std::sort(statuses.begin(), statuses.end());
  EXPECT_EQ(statuses, (std::vector<int>{200, 409})) << first_answer.body << "\n" << second_answer.body;
  const HttpResponse& loser = first_answer.status == 409 ? first_answer : second_answer;
  EXPECT_THAT(loser.error_code(), ::testing::AnyOf("no_free_place", "conflict"));
  EXPECT_FALSE(loser.error_message().empty());

  const HttpResponse board = staff.get("/api/v1/units/" + std::to_string(world::unit_a) + "/board");
  ASSERT_EQ(board.status, 200);
  int occupants = 0;
  for (const auto& place : board.json.at("places"))
    if (!place.at("occupant").is_null()) {
      ++occupants;
      EXPECT_EQ(place.at("kind"), "regular") << "a regular move-in must not take the guest place";
    }
  EXPECT_EQ(occupants, 1) << board.body;
  EXPECT_EQ(board.json.at("free_places").at("regular"), 0);
  EXPECT_EQ(board.json.at("free_places").at("guest"), 1);
  // The loser is still waiting in phase 1.
  const std::int64_t loser_id = &loser == &first_answer ? first.course_id : second.course_id;
  EXPECT_EQ(staff.get(course_path(loser_id)).json.at("state"), "phase_1");
}

}  // namespace
}  // namespace afk::test
