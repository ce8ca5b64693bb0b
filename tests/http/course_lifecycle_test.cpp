// One citizen's whole course through the real API, role by role: the ward
// refers, the unit lead accepts, the unit staff run phases 1–3 and the
// follow-up, the authority records VUM and the allocation. Illegal steps on
// the way are refused with a stable code and a Danish message and change
// nothing.
#include <gmock/gmock.h>

#include <stdexcept>

#include "http/api_fixture.hpp"

namespace afk::test {
namespace {

using ::testing::HasSubstr;

class CourseLifecycleTest : public ApiTest {
 protected:
  // Runs a command that must succeed; stops the test (by throwing) if not,
  // since every later step depends on it.
  nlohmann::json step(TestClient& client, std::int64_t course_id, const std::string& command,
                      const nlohmann::json& payload) {
    const HttpResponse response = run_command(client, course_id, command, payload);
    if (response.status != 200) {
      ADD_FAILURE() << command << " → " << response.status << " " << response.body;
      throw std::runtime_error("course step failed: " + command);
    }
    return response.json;
  }

  nlohmann::json board(TestClient& client) {
    const HttpResponse response = client.get("/api/v1/units/" + std::to_string(world::unit_a) + "/board");
    EXPECT_EQ(response.status, 200) << response.body;
    return response.json;
  }

  // The board entry of place number 1, the unit's only regular place.
  static nlohmann::json regular_place(const nlohmann::json& board) {
    for (const auto& place : board.at("places"))
      if (place.at("number") == 1) return place;
    throw std::runtime_error("place 1 missing from the board");
  }

  // An illegal step: refused with `status` and `code`, a Danish message,
  // and the course version untouched.
  void expect_refused(TestClient& client, std::int64_t course_id, const std::string& command,
                      const nlohmann::json& payload, int status, const std::string& code,
                      const std::string& danish_text) {
    const std::int64_t before = course_version(client, course_id);
    const HttpResponse response = run_command(client, course_id, command, payload);
    EXPECT_EQ(response.status, status) << command << ": " << response.body;
    EXPECT_EQ(response.error_code(), code) << command;
    EXPECT_THAT(response.error_message(), HasSubstr(danish_text)) << command;
    EXPECT_EQ(course_version(client, course_id), before) << command << " must not change the course";
  }
};

TEST_F(CourseLifecycleTest, NotesAndTheBoardSayWhoWroteThemAndWhetherThereIsACrisisPlan) {
  const SeededCourse seeded =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Jo Journal", true);
  TestClient staff = client_for(users::staff_a);
  step(staff, seeded.course_id, "move-in", {{"date", today()}, {"place_kind", "regular"}});
  const nlohmann::json noted =
      step(staff, seeded.course_id, "add-status-note", {{"date", today()}, {"text", "Godt"}});
  EXPECT_EQ(noted.at("status_notes").at(0).at("author"),
            (nlohmann::json{{"name", "Test staff_a"}, {"role", "unit_staff"}}));
  EXPECT_FALSE(regular_place(board(staff)).at("occupant").at("has_crisis_plan"));
  step(staff, seeded.course_id, "save-crisis-plan",
       {{"version", 0},
        {"warning_signs", "Sover dårligt"},
        {"what_to_do", "Ring til tovholderen"},
        {"who_to_call", "Tovholderen"},
        {"medication_responsible", "Egen læge"},
        {"on_readmission", "Kontakt"}});
  EXPECT_TRUE(regular_place(board(staff)).at("occupant").at("has_crisis_plan"));
}

TEST_F(CourseLifecycleTest, AWaitListedReferralSaysAcceptedOnceItsCourseHasAPlace) {
  TestClient ward = client_for(users::ward_a);
  TestClient lead = client_for(users::lead_a);
  const HttpResponse citizen = ward.post(
      "/api/v1/citizens", {{"name", "Vera Venter"}, {"cpr", "111280-1235"}, {"home_municipality_id", 1}});
  ASSERT_EQ(citizen.status, 201) << citizen.body;
  const HttpResponse referral = ward.post("/api/v1/referrals", {{"unit_id", world::unit_a},
                                                                {"citizen_id", citizen.json.at("id")},
                                                                {"ward_id", world::ward_a},
                                                                {"referred_on", today()},
                                                                {"reason", "Færdigbehandlet uden bolig."},
                                                                {"support_situation", "none_needs_support"},
                                                                {"substance_use", "none"},
                                                                {"consent_to_share_with_unit", true}});
  ASSERT_EQ(referral.status, 201) << referral.body;
  const std::string referral_path =
      "/api/v1/referrals/" + std::to_string(referral.json.at("id").get<std::int64_t>());
  const HttpResponse waitlisted =
      lead.post(referral_path + "/commands/waitlist", {{"decided_on", today()}}, referral.etag());
  ASSERT_EQ(waitlisted.status, 200) << waitlisted.body;
  EXPECT_EQ(waitlisted.json.at("referral").at("state"), "waiting_list");
  const std::int64_t course_id = waitlisted.json.at("course").at("id");

  step(lead, course_id, "plan-move-in", {{"date", today()}});
  const HttpResponse followed = ward.get(referral_path);
  ASSERT_EQ(followed.status, 200) << followed.body;
  EXPECT_EQ(followed.json.at("state"), "accepted") << "the ward sees the place found, not the waiting list";
  EXPECT_EQ(followed.json.at("decided_on"), today());
}

TEST_F(CourseLifecycleTest, WholeCourseFromReferralToClose) {
  TestClient ward = client_for(users::ward_a);
  TestClient staff = client_for(users::staff_a);
  TestClient lead = client_for(users::lead_a);
  TestClient authority = client_for(users::authority_a);

  // ---- the ward registers the citizen and refers from its own ward ----
  const HttpResponse citizen = ward.post(
      "/api/v1/citizens", {{"name", "Jens Testesen"}, {"cpr", "250947-9989"}, {"home_municipality_id", 1}});
  ASSERT_EQ(citizen.status, 201) << citizen.body;
  const std::int64_t citizen_id = citizen.json.at("id");
  EXPECT_EQ(citizen.json.at("birth_date"), "1947-09-25");

  const HttpResponse referral = ward.post("/api/v1/referrals", {{"unit_id", world::unit_a},
                                                                {"citizen_id", citizen_id},
                                                                {"ward_id", world::ward_a},
                                                                {"referred_on", today()},
                                                                {"reason", "Færdigbehandlet uden bolig."},
                                                                {"support_situation", "none_needs_support"},
                                                                {"substance_use", "none"},
                                                                {"consent_to_share_with_unit", true},
                                                                {"consent_to_share_back_with_ward", true}});
  ASSERT_EQ(referral.status, 201) << referral.body;
  const std::int64_t referral_id = referral.json.at("id");
  const std::string referral_path = "/api/v1/referrals/" + std::to_string(referral_id);
  EXPECT_EQ(referral.json.at("state"), "submitted");
  // The ward is offered what the ward may do: withdraw; the unit decides.
  EXPECT_TRUE(offers(referral.json.at("legal_commands"), "withdraw")) << referral.body;
  EXPECT_FALSE(offers(referral.json.at("legal_commands"), "accept")) << referral.body;
  EXPECT_TRUE(offers(lead.get(referral_path).json.at("legal_commands"), "accept"));
  EXPECT_TRUE(referral.json.at("course").is_null());
  EXPECT_EQ(board(staff).at("new_referrals"), 1);

  // ---- the unit lead accepts: the course opens in phase 1 ----
  const HttpResponse accepted =
      lead.post(referral_path + "/commands/accept", {{"decided_on", today()}}, referral.etag());
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  const std::int64_t course_id = accepted.json.at("course").at("id");
  ASSERT_GT(course_id, 0);
  EXPECT_EQ(accepted.json.at("referral").at("state"), "accepted");

  // Deciding twice is refused: the referral is no longer `submitted`.
  const HttpResponse again =
      lead.post(referral_path + "/commands/accept", {{"decided_on", today()}}, accepted.etag());
  EXPECT_EQ(again.status, 409) << again.body;

  // The ward follows the status (not the course itself).
  const HttpResponse followed = ward.get(referral_path);
  ASSERT_EQ(followed.status, 200) << followed.body;
  EXPECT_EQ(followed.json.at("state"), "accepted");
  EXPECT_EQ(followed.json.at("course").at("state"), "phase_1");

  // ---- phase 1 ----
  const HttpResponse phase_1 = staff.get(course_path(course_id));
  ASSERT_EQ(phase_1.status, 200) << phase_1.body;
  EXPECT_EQ(phase_1.json.at("state"), "phase_1");
  EXPECT_EQ(phase_1.json.at("citizen").at("id"), citizen_id);
  const auto& phase_1_commands = phase_1.json.at("legal_commands");
  EXPECT_TRUE(offers(phase_1_commands, "appoint-key-worker"));
  EXPECT_TRUE(offers(phase_1_commands, "move-in"));
  EXPECT_FALSE(offers(phase_1_commands, "move-out"));
  EXPECT_FALSE(offers(phase_1_commands, "save-plan"));
  EXPECT_FALSE(offers(phase_1_commands, "close"));

  expect_refused(staff, course_id, "move-out", {{"date", today()}}, 409, "wrong_state", "kan ikke bruges");
  // Moving in without a key worker breaks a rule of the model.
  expect_refused(staff, course_id, "move-in", {{"date", today()}, {"place_kind", "regular"}}, 422,
                 "key_worker_missing", "tovholder");

  step(staff, course_id, "appoint-key-worker",
       {{"name", "Kim Tovholder"}, {"contact", "12345678"}, {"appointed_on", today()}});
  step(staff, course_id, "record-ward-visit", {{"date", today()}, {"note", "Første møde på afsnittet."}});
  step(staff, course_id, "add-discharge-agreement",
       {{"kind", "udskrivningsaftale"},
        {"date", today()},
        {"parties", nlohmann::json::array({"Testafsnit A", "Testtilbud A"})}});
  step(staff, course_id, "set-ready-for-discharge", {{"date", today()}});
  const nlohmann::json planned = step(staff, course_id, "plan-move-in", {{"date", today()}});
  EXPECT_EQ(planned.at("key_worker").at("name"), "Kim Tovholder");
  EXPECT_EQ(planned.at("transition_events").size(), 1u);
  EXPECT_EQ(planned.at("discharge_agreements").size(), 1u);
  EXPECT_EQ(planned.at("planned_move_in_on"), today());

  const nlohmann::json before_move_in = board(staff);
  EXPECT_TRUE(regular_place(before_move_in).at("occupant").is_null());
  ASSERT_EQ(before_move_in.at("incoming").size(), 1u) << before_move_in.dump();
  EXPECT_EQ(before_move_in.at("incoming")[0].at("course_id"), course_id);

  // ---- move-in: the only regular place is assigned ----
  const nlohmann::json moved_in =
      step(staff, course_id, "move-in",
           {{"date", today()}, {"place_kind", "regular"}, {"planned_end_on", days_from_today(90)}});
  EXPECT_EQ(moved_in.at("state"), "phase_2");
  EXPECT_EQ(moved_in.at("place_kind"), "regular");
  EXPECT_TRUE(offers(moved_in.at("legal_commands"), "save-plan"));
  EXPECT_FALSE(offers(moved_in.at("legal_commands"), "move-in"));
  EXPECT_FALSE(offers(moved_in.at("legal_commands"), "move-out"));

  const nlohmann::json occupied = board(staff);
  const nlohmann::json place = regular_place(occupied);
  ASSERT_FALSE(place.at("occupant").is_null()) << occupied.dump();
  EXPECT_EQ(place.at("place_id"), moved_in.at("place_id"));
  EXPECT_EQ(place.at("occupant").at("course_id"), course_id);
  EXPECT_EQ(place.at("occupant").at("citizen_name"), "Jens Testesen");
  EXPECT_EQ(occupied.at("free_places").at("regular"), 0);
  EXPECT_TRUE(occupied.at("incoming").empty());

  // ---- phase 2 ----
  const nlohmann::json planned_stay =
      step(staff, course_id, "save-plan",
           {{"plan_version", 0},
            {"hopes", "Egen lejlighed."},
            {"wishes", "Tæt på familien."},
            {"goals_in_own_words", "Klare mig selv."},
            {"goals", nlohmann::json::array({{{"text", "Finde bolig"}, {"status", "in_progress"}}})}});
  EXPECT_EQ(planned_stay.at("plan").at("version"), 1);
  step(staff, course_id, "add-status-note", {{"date", today()}, {"text", "God første uge."}});
  step(staff, course_id, "add-actor",
       {{"kind", "jobcenter"}, {"name", "Jobcenter Test"}, {"consent_to_share", true}});
  step(staff, course_id, "save-crisis-plan",
       {{"version", 0},
        {"warning_signs", "Søvnløshed."},
        {"what_to_do", "Ring til tovholder."},
        {"who_to_call", "Kim Tovholder"},
        {"medication_responsible", "Egen læge"},
        {"on_readmission", "Kontakt afsnittet."}});

  const nlohmann::json paused = step(staff, course_id, "pause-for-admission", {{"admitted_on", today()}});
  EXPECT_TRUE(offers(paused.at("legal_commands"), "resume-after-admission"));
  EXPECT_FALSE(offers(paused.at("legal_commands"), "pause-for-admission"));
  expect_refused(staff, course_id, "pause-for-admission", {{"admitted_on", today()}}, 409, "course_paused",
                 "pause");
  step(staff, course_id, "resume-after-admission", {{"resumed_on", today()}});

  // An extension is the lead's decision, not the staff's.
  const nlohmann::json extension{{"decided_on", today()},
                                 {"new_planned_end_on", days_from_today(120)},
                                 {"reason", "Bolig først klar senere."}};
  expect_refused(staff, course_id, "extend-stay", extension, 403, "role_not_allowed", "lederen");
  const nlohmann::json extended = step(lead, course_id, "extend-stay", extension);
  EXPECT_EQ(extended.at("planned_end_on"), days_from_today(120));
  EXPECT_EQ(extended.at("extensions").size(), 1u);

  // ---- the authority: VUM and the allocation decision ----
  step(authority, course_id, "record-vum", {{"started_on", today()}, {"completed_on", today()}});
  const nlohmann::json allocated =
      step(authority, course_id, "decide-allocation",
           {{"decided_on", today()}, {"destination", "own_home_without_support"}});
  EXPECT_EQ(allocated.at("state"), "phase_3");
  // Each role is offered only what it may run: the authority may revise its
  // decision, the unit moves the citizen out.
  EXPECT_TRUE(offers(allocated.at("legal_commands"), "decide-allocation"));
  EXPECT_FALSE(offers(allocated.at("legal_commands"), "move-out"));
  const HttpResponse unit_view = staff.get("/api/v1/courses/" + std::to_string(course_id));
  EXPECT_TRUE(offers(unit_view.json.at("legal_commands"), "move-out"));
  EXPECT_FALSE(offers(unit_view.json.at("legal_commands"), "extend-stay")) << "extensions are the lead's";
  // The authority runs only its own part of the course.
  expect_refused(authority, course_id, "add-handover-note", {{"date", today()}, {"text", "Overlevering."}},
                 403, "role_not_allowed", "Myndigheden");

  // ---- phase 3: handover and move-out frees the place ----
  step(staff, course_id, "add-handover-note",
       {{"date", today()}, {"recipient", "Hjemmevejleder"}, {"text", "Overlevering af plan og kriseplan."}});
  const nlohmann::json moved_out = step(staff, course_id, "move-out", {{"date", today()}});
  EXPECT_EQ(moved_out.at("state"), "follow_up");
  EXPECT_EQ(moved_out.at("moved_out_on"), today());
  const nlohmann::json freed = board(staff);
  EXPECT_TRUE(regular_place(freed).at("occupant").is_null()) << freed.dump();
  EXPECT_EQ(freed.at("free_places").at("regular"), 1);

  // ---- follow-up and close ----
  EXPECT_TRUE(offers(moved_out.at("legal_commands"), "close"));
  expect_refused(staff, course_id, "close", {{"date", today()}}, 422, "follow_up_required", "Opfølgning");
  step(staff, course_id, "add-follow-up-contact",
       {{"date", today()}, {"note", "Telefonsamtale; det går godt."}});
  const nlohmann::json closed = step(staff, course_id, "close", {{"date", today()}});
  EXPECT_EQ(closed.at("state"), "closed");
  EXPECT_EQ(closed.at("legal_commands"), nlohmann::json::array({"correct-note"}))
      << "after closing, only a note can still be corrected";

  // A note is corrected, never deleted: the old text stays with who corrected it.
  ASSERT_FALSE(closed.at("status_notes").empty());
  const nlohmann::json& note = closed.at("status_notes").at(0);
  const nlohmann::json corrected = step(staff, course_id, "correct-note",
                                        {{"note", "status_note"},
                                         {"note_id", note.at("id")},
                                         {"text", "Rettet: borgeren har fået ro."},
                                         {"corrections_seen", 0}});
  const nlohmann::json& after = corrected.at("status_notes").at(0);
  EXPECT_EQ(after.at("text"), "Rettet: borgeren har fået ro.");
  ASSERT_EQ(after.at("corrections").size(), 1u);
  EXPECT_EQ(after.at("corrections")[0].at("replaced_text"), note.at("text"));
  EXPECT_EQ(after.at("corrections")[0].at("corrected_by").at("name"), "Test staff_a");
  expect_refused(
      staff, course_id, "correct-note",
      {{"note", "status_note"}, {"note_id", note.at("id")}, {"text", "Igen."}, {"corrections_seen", 0}}, 412,
      "note_corrected_meanwhile", "rettet af Test staff_a");

  // The ward sees how it ended, still through the referral only.
  const HttpResponse ended = ward.get(referral_path);
  ASSERT_EQ(ended.status, 200);
  EXPECT_EQ(ended.json.at("course").at("state"), "closed");
  EXPECT_EQ(ended.json.at("course").at("moved_out_on"), today());
}

}  // namespace
}  // namespace afk::test
