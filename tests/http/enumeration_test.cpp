// Nothing to enumerate: the leak paths found by trying each role against
// other organisations' ids, kept as regression tests. A ward refers only
// citizens it knows; registering a known CPR is no oracle; the ward sees
// neither other wards' admissions nor the unit's notes unless shared; a
// project lead cannot set a national price; refusals by role are audited.
#include <gmock/gmock.h>

#include "http/api_fixture.hpp"

namespace afk::test {
namespace {

class EnumerationTest : public ApiTest {
 protected:
  nlohmann::json referral_body(std::int64_t citizen_id, std::int64_t ward_id) {
    return {{"unit_id", world::unit_a},
            {"citizen_id", citizen_id},
            {"ward_id", ward_id},
            {"referred_on", today()},
            {"reason", "Færdigbehandlet uden bolig."},
            {"support_situation", "none_needs_support"},
            {"substance_use", "none"},
            {"consent_to_share_with_unit", true}};
  }
  std::int64_t audit_rows(const std::string& action, const std::string& reason) {
    auto connection = server().pool().acquire();
    return connection
        ->query("SELECT COUNT(*) FROM audit_log WHERE action = ? AND reason = ? AND outcome = 'refused'",
                {action, reason})
        .front()
        .integer(0);
  }
};

TEST_F(EnumerationTest, AWardCannotReferACitizenItHasNeverSeen) {
  const SeededCourse elsewhere =
      server().seed_course(world::unit_b, world::ward_b, world::municipality_b, "Ulla Ukendt", false);
  TestClient ward = client_for(users::ward_a);
  const std::int64_t referrals_before = server().count_rows("referrals");
  const HttpResponse refused =
      ward.post("/api/v1/referrals", referral_body(elsewhere.citizen_id, world::ward_a));
  const HttpResponse unknown = ward.post("/api/v1/referrals", referral_body(999999, world::ward_a));
  EXPECT_EQ(refused.status, 404) << refused.body;
  EXPECT_EQ(refused.error_field(), "citizen_id");
  EXPECT_EQ(refused.body, unknown.body) << "another ward's citizen answers like one that does not exist";
  EXPECT_FALSE(refused.body.find("Ulla") != std::string::npos) << refused.body;
  EXPECT_EQ(server().count_rows("referrals"), referrals_before);
  EXPECT_EQ(ward.get("/api/v1/citizens/" + std::to_string(elsewhere.citizen_id)).status, 404);
  EXPECT_EQ(audit_rows("submit_referral", "not_found"), 2);
}

TEST_F(EnumerationTest, RegisteringAKnownCprAnswersLikeANewOneAndRevealsNothing) {
  TestClient ward_a = client_for(users::ward_a);
  TestClient ward_b = client_for(users::ward_b);
  const HttpResponse first = ward_a.post(
      "/api/v1/citizens", {{"name", "Karen Kendt"}, {"cpr", "250947-9989"}, {"home_municipality_id", 1}});
  ASSERT_EQ(first.status, 201) << first.body;
  const std::int64_t citizen_id = first.json.at("id");
  const HttpResponse citizen = ward_a.get("/api/v1/citizens/" + std::to_string(citizen_id));
  ASSERT_EQ(ward_a
                .post("/api/v1/citizens/" + std::to_string(citizen_id) + "/admissions",
                      {{"ward_id", world::ward_a}, {"admitted_on", days_from_today(-10)}}, citizen.etag())
                .status,
            200);

  // Ward B types the same CPR with another name: the same kind of answer, with what it sent.
  const HttpResponse known = ward_b.post(
      "/api/v1/citizens", {{"name", "K. Kendt"}, {"cpr", "250947-9989"}, {"home_municipality_id", 1}});
  const HttpResponse fresh = ward_b.post(
      "/api/v1/citizens", {{"name", "Nina Ny"}, {"cpr", "010203-4005"}, {"home_municipality_id", 1}});
  EXPECT_EQ(known.status, fresh.status);
  EXPECT_EQ(known.status, 201);
  EXPECT_EQ(known.json.at("name"), "K. Kendt") << "the stored name is not revealed";
  std::vector<std::string> known_keys, fresh_keys;
  for (const auto& [key, value] : known.json.items()) known_keys.push_back(key);
  for (const auto& [key, value] : fresh.json.items()) fresh_keys.push_back(key);
  EXPECT_EQ(known_keys, fresh_keys);
  EXPECT_EQ(known.etag(), fresh.etag());
  EXPECT_EQ(known.json.at("id"), citizen_id);

  // Ward B is now linked, and sees the citizen without ward A's admission.
  const HttpResponse seen = ward_b.get("/api/v1/citizens/" + std::to_string(citizen_id));
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_TRUE(seen.json.at("admissions").empty()) << seen.body;
  EXPECT_EQ(ward_a.get("/api/v1/citizens/" + std::to_string(citizen_id)).json.at("admissions").size(), 1u);

  auto connection = server().pool().acquire();
  EXPECT_EQ(connection
                ->query("SELECT COUNT(*) FROM audit_log WHERE action = 'link' AND (',' || subjects) LIKE ?",
                        {"%," + std::to_string(citizen_id) + ":%"})
                .front()
                .integer(0),
            1)
      << "the probe is audited";
}

TEST_F(EnumerationTest, TheWardSeesTheUnitsNoteOnlyWhenShared) {
  TestClient ward = client_for(users::ward_a);
  TestClient lead = client_for(users::lead_a);
  const auto refer = [&](const std::string& name, const std::string& cpr) {
    const HttpResponse citizen =
        ward.post("/api/v1/citizens", {{"name", name}, {"cpr", cpr}, {"home_municipality_id", 1}});
    const HttpResponse referral =
        ward.post("/api/v1/referrals", referral_body(citizen.json.at("id"), world::ward_a));
    EXPECT_EQ(referral.status, 201) << referral.body;
    return referral;
  };
  const HttpResponse kept = refer("Pia Privat", "250947-9989");
  const HttpResponse shared = refer("Sif Delt", "010203-4005");
  const std::string kept_path = "/api/v1/referrals/" + std::to_string(kept.json.at("id").get<std::int64_t>());
  const std::string shared_path =
      "/api/v1/referrals/" + std::to_string(shared.json.at("id").get<std::int64_t>());
  ASSERT_EQ(lead.post(kept_path + "/commands/decline",
                      {{"decided_on", today()}, {"reason", "Intern vurdering: uro."}}, kept.etag())
                .status,
            200);
  ASSERT_EQ(lead.post(shared_path + "/commands/decline",
                      {{"decided_on", today()},
                       {"reason", "Målgruppen passer ikke."},
                       {"share_note_with_ward", true}},
                      shared.etag())
                .status,
            200);
  const HttpResponse ward_view = ward.get(kept_path);
  EXPECT_EQ(ward_view.json.at("state"), "declined");
  EXPECT_EQ(ward_view.json.at("decision_note"), "") << ward_view.body;
  EXPECT_EQ(ward.get(shared_path).json.at("decision_note"), "Målgruppen passer ikke.");
  const HttpResponse listed = ward.get("/api/v1/referrals");  // kept: the loop reads into it
  for (const auto& item : listed.json.at("items"))
    EXPECT_NE(item.at("decision_note"), "Intern vurdering: uro.") << item.dump();
  EXPECT_EQ(lead.get(kept_path).json.at("decision_note"), "Intern vurdering: uro.")
      << "the unit keeps its note";
}

TEST_F(EnumerationTest, TheUnitRecordsThatTheCitizenDeclinesAndTheWardSeesTheStatusNotTheNote) {
  TestClient ward = client_for(users::ward_a);
  TestClient staff = client_for(users::staff_a);
  const HttpResponse citizen = ward.post(
      "/api/v1/citizens", {{"name", "Vera Vil Ikke"}, {"cpr", "250947-9989"}, {"home_municipality_id", 1}});
  const HttpResponse referral =
      ward.post("/api/v1/referrals", referral_body(citizen.json.at("id"), world::ward_a));
  ASSERT_EQ(referral.status, 201) << referral.body;
  const std::string path = "/api/v1/referrals/" + std::to_string(referral.json.at("id").get<std::int64_t>());
  EXPECT_EQ(ward.post(path + "/commands/citizen-declines", {{"decided_on", today()}}, referral.etag()).status,
            403)
      << "the unit records it, in the joint assessment";
  const HttpResponse unit_view = staff.get(path);
  ASSERT_THAT(unit_view.json.at("legal_commands").get<std::vector<std::string>>(),
              ::testing::Contains("citizen-declines"));
  const HttpResponse declined =
      staff.post(path + "/commands/citizen-declines",
                 {{"decided_on", today()}, {"note", "Vil hellere bo hos sin søster."}}, unit_view.etag());
  ASSERT_EQ(declined.status, 200) << declined.body;
  const HttpResponse ward_view = ward.get(path);
  EXPECT_EQ(ward_view.json.at("state"), "withdrawn");
  EXPECT_EQ(ward_view.json.at("withdrawn_by_citizen"), true);
  EXPECT_EQ(ward_view.json.at("decision_note"), "") << "the unit's note is not shared unless ticked";
  EXPECT_EQ(staff.get(path).json.at("decision_note"), "Vil hellere bo hos sin søster.");
}

TEST_F(EnumerationTest, RefusalsByRoleAreAudited) {
  const SeededCourse course =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Rolf Rolle", false);
  TestClient evaluator = client_for(users::evaluator);
  TestClient ward = client_for(users::ward_a);
  EXPECT_EQ(evaluator.get("/api/v1/citizens/" + std::to_string(course.citizen_id)).status, 403);
  EXPECT_EQ(ward.get(course_path(course.course_id)).status, 403);
  auto connection = server().pool().acquire();
  const auto rows = connection->query(
      "SELECT action, role, subjects FROM audit_log WHERE outcome = 'refused' AND reason = "
      "'role_not_allowed' "
      "ORDER BY id");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].text(0), "read_citizen");
  EXPECT_EQ(rows[0].text(1), "evaluator");
  EXPECT_EQ(rows[0].text(2), std::to_string(course.citizen_id) + ":" + std::to_string(course.citizen_id));
  EXPECT_EQ(rows[1].text(0), "read_course");
  EXPECT_EQ(rows[1].text(2), std::to_string(course.citizen_id) + ":" + std::to_string(course.course_id));
}

}  // namespace
}  // namespace afk::test
