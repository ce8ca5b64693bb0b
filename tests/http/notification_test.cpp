// A unit's notifications through the API: a new referral, a task due and a
// consent withdrawn — the last without the citizen's name — for the unit's own
// staff only, each citizen audited as read.
#include <gmock/gmock.h>

#include "http/api_fixture.hpp"

namespace afk::test {
namespace {

class NotificationTest : public ApiTest {
 protected:
  static std::string path(std::int64_t unit_id) {
    return "/api/v1/units/" + std::to_string(unit_id) + "/notifications";
  }
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
  const HttpResponse before = staff.get(path(world::unit_a));
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
  const HttpResponse after = staff.get(path(world::unit_a));
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

TEST_F(NotificationTest, OnlyTheUnitsOwnStaffSeeThem) {
  EXPECT_EQ(client_for(users::staff_b).get(path(world::unit_a)).status, 404);
  EXPECT_EQ(client_for(users::ward_a).get(path(world::unit_a)).error_code(), "role_not_allowed");
  EXPECT_EQ(client_for(users::lead_a).get(path(world::unit_a)).status, 200);
  EXPECT_EQ(client_for(users::staff_a).get(path(999999)).status, 404);
}

}  // namespace
}  // namespace afk::test
