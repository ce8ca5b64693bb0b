// Notifications through the API, each role its own organisation's: for the
// unit a new referral, a task due and a consent withdrawn (the last without
// the citizen's name); for the ward the decision on its referral; for the
// authority a stay waiting for its VUM assessment. Each citizen is audited.
#include <gmock/gmock.h>

#include "http/api_fixture.hpp"

namespace afk::test {
namespace {

class NotificationTest : public ApiTest {
 protected:
  static constexpr const char* path = "/api/v1/notifications";
  static const nlohmann::json* find(const nlohmann::json& items, const std::string& kind) {
    for (const auto& item : items)
      if (item.at("kind") == kind) return &item;
    return nullptr;
  }
};

TEST_F(NotificationTest, NewReferralTaskDueAndConsentWithdrawn) {
  // Without a key worker: the task to appoint one is due within two working days.
  const SeededCourse waiting =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Nora Notits", false);
  TestClient ward = client_for(users::ward_a);
  const HttpResponse citizen = ward.post(
      "/api/v1/citizens", {{"name", "Rita Ref"}, {"cpr", "111111-1118"}, {"home_municipality_id", 1}});
  ASSERT_EQ(citizen.status, 201) << citizen.body;
  const HttpResponse referral = ward.post("/api/v1/referrals", referral_to_unit_a(citizen.json.at("id")));
  ASSERT_EQ(referral.status, 201) << referral.body;

  TestClient staff = client_for(users::staff_a);
  const HttpResponse before = staff.get(path);
  ASSERT_EQ(before.status, 200) << before.body;
  const nlohmann::json& items = before.json.at("items");
  ASSERT_FALSE(items.empty());
  EXPECT_EQ(items[0].at("kind"), "new_referral") << "new referrals first";
  EXPECT_EQ(items[0].at("citizen_name"), "Rita Ref");
  EXPECT_EQ(items[0].at("referral_id"), referral.json.at("id"));
  const nlohmann::json* task = find(items, "task_due");
  ASSERT_NE(task, nullptr) << before.body;
  EXPECT_EQ(task->at("course_id"), waiting.course_id);
  EXPECT_THAT(task->at("text").get<std::string>(), ::testing::StartsWith("Udpeg tovholder, frist"));

  // The citizen withdraws the consent to share with the unit: noticed, now without the name.
  ASSERT_EQ(staff
                .post("/api/v1/citizens/" + std::to_string(waiting.citizen_id) + "/consents",
                      {{"purpose", "share_with_unit"}, {"status", "withdrawn"}, {"form", "oral"}})
                .status,
            201);
  const HttpResponse after = staff.get(path);
  const nlohmann::json* withdrawn = find(after.json.at("items"), "consent_withdrawn");
  ASSERT_NE(withdrawn, nullptr) << after.body;
  EXPECT_TRUE(withdrawn->at("citizen_name").is_null());
  EXPECT_EQ(withdrawn->at("course_id"), waiting.course_id);
  EXPECT_EQ(after.body.find("Nora Notits"), std::string::npos) << "no name anywhere without consent";

  // Each citizen listed is audited as read.
  auto connection = server().pool().acquire();
  EXPECT_GE(
      connection->query("SELECT COUNT(*) FROM audit_log WHERE entity = 'notification'").front().integer(0),
      2);
}

TEST_F(NotificationTest, TheWardHearsTheDecisionAndTheAuthorityTheStayWaitingForIt) {
  TestClient ward = client_for(users::ward_a);
  const HttpResponse citizen = ward.post(
      "/api/v1/citizens", {{"name", "Otto Optaget"}, {"cpr", "111280-1235"}, {"home_municipality_id", 1}});
  ASSERT_EQ(citizen.status, 201) << citizen.body;
  const HttpResponse referral = ward.post("/api/v1/referrals", referral_to_unit_a(citizen.json.at("id")));
  ASSERT_EQ(referral.status, 201) << referral.body;
  const std::string referral_path =
      "/api/v1/referrals/" + std::to_string(referral.json.at("id").get<std::int64_t>());
  EXPECT_EQ(find(ward.get(path).json.at("items"), "referral_decided"), nullptr) << "not decided yet";

  TestClient lead = client_for(users::lead_a);
  const HttpResponse accepted =
      lead.post(referral_path + "/commands/accept", {{"decided_on", today()}}, referral.etag());
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  const HttpResponse told = ward.get(path);
  ASSERT_EQ(told.status, 200) << told.body;
  const nlohmann::json* decided = find(told.json.at("items"), "referral_decided");
  ASSERT_NE(decided, nullptr) << told.body;
  EXPECT_EQ(decided->at("text"), "Optaget");
  EXPECT_EQ(decided->at("citizen_name"), "Otto Optaget");
  EXPECT_EQ(decided->at("referral_id"), referral.json.at("id"));
  EXPECT_EQ(client_for(users::ward_b).get(path).body.find("Otto Optaget"), std::string::npos);

  // Moved in: the stay waits for the authority's VUM assessment — in the citizen's municipality only.
  const std::int64_t course_id = accepted.json.at("course").at("id");
  ASSERT_EQ(run_command(lead, course_id, "appoint-key-worker",
                        {{"name", "Kim"}, {"contact", "1234"}, {"appointed_on", today()}})
                .status,
            200);
  ASSERT_EQ(run_command(lead, course_id, "move-in", {{"date", today()}, {"place_kind", "regular"}}).status,
            200);
  const HttpResponse authority = client_for(users::authority_a).get(path);
  ASSERT_EQ(authority.status, 200) << authority.body;
  const nlohmann::json* due = find(authority.json.at("items"), "authority_decision_due");
  ASSERT_NE(due, nullptr) << authority.body;
  EXPECT_EQ(due->at("course_id"), course_id);
  EXPECT_EQ(due->at("text"), "VUM-udredning mangler");
  EXPECT_EQ(client_for(users::authority_b).get(path).body.find("Otto Optaget"), std::string::npos);
}

TEST_F(NotificationTest, EachSeesItsOwnOrganisationsAndRolesWithoutANeedSeeNone) {
  // Without a key worker: the task to appoint one is due.
  server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Ulla Ueget", false);
  const HttpResponse own = client_for(users::staff_a).get(path);
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_NE(own.body.find("Ulla Ueget"), std::string::npos);
  const HttpResponse other = client_for(users::staff_b).get(path);
  ASSERT_EQ(other.status, 200) << other.body;
  EXPECT_EQ(other.body.find("Ulla Ueget"), std::string::npos) << "another unit's citizen";
  for (const char* user : {users::project_lead, users::evaluator, users::admin})
    EXPECT_EQ(client_for(user).get(path).error_code(), "role_not_allowed") << user;
}

}  // namespace
}  // namespace afk::test
