// The audit log: reads and commands on a citizen's data are logged with
// user, action, citizen and client address; refused reads as "refused".
#include <gmock/gmock.h>

#include <optional>

#include "http/api_fixture.hpp"

namespace afk::test {
namespace {

using AuditTest = ApiTest;

std::int64_t user_id_of(TestClient& client) {
  const HttpResponse session = client.get("/api/v1/session");
  EXPECT_EQ(session.status, 200) << session.body;
  return session.json.at("user").at("id");
}

// The first entry matching all given fields, if any.
std::optional<nlohmann::json> find_entry(const nlohmann::json& items, std::int64_t user_id,
                                         const std::string& action, const std::string& outcome) {
  for (const auto& item : items)
    if (item.at("user_id") == user_id && item.at("action") == action && item.at("outcome") == outcome)
      return item;
  return std::nullopt;
}

TEST_F(AuditTest, ReadsCommandsAndRefusalsAreLoggedPerCitizen) {
  const SeededCourse seeded =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Aud Itsen", true);
  const SeededCourse other =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Oda Anden", true);
  TestClient staff = client_for(users::staff_a);
  TestClient outsider = client_for(users::staff_b);
  TestClient admin = client_for(users::admin);
  const std::int64_t staff_id = user_id_of(staff);
  const std::int64_t outsider_id = user_id_of(outsider);

  // run_command reads the course, then records a ward visit.
  ASSERT_EQ(run_command(staff, seeded.course_id, "record-ward-visit", {{"date", today()}}).status, 200);
  ASSERT_EQ(outsider.get(course_path(seeded.course_id)).status, 404);
  ASSERT_EQ(staff.get(course_path(other.course_id)).status, 200);

  const HttpResponse audit = admin.get("/api/v1/audit?citizen_id=" + std::to_string(seeded.citizen_id));
  ASSERT_EQ(audit.status, 200) << audit.body;
  const nlohmann::json& items = audit.json.at("items");

  const auto read = find_entry(items, staff_id, "read", "ok");
  ASSERT_TRUE(read) << items.dump(2);
  EXPECT_EQ(read->at("citizen_id"), seeded.citizen_id);
  EXPECT_EQ(read->at("entity"), "course");
  EXPECT_EQ(read->at("entity_id"), seeded.course_id);
  EXPECT_EQ(read->at("role"), "unit_staff");
  EXPECT_EQ(read->at("address"), "127.0.0.1");
  EXPECT_FALSE(read->at("at").get<std::string>().empty());

  const auto command = find_entry(items, staff_id, "command:record-ward-visit", "ok");
  ASSERT_TRUE(command) << items.dump(2);
  EXPECT_EQ(command->at("citizen_id"), seeded.citizen_id);
  EXPECT_EQ(command->at("entity_id"), seeded.course_id);
  EXPECT_EQ(command->at("address"), "127.0.0.1");

  // The router's refusal names the action and why, and which citizen it concerned.
  const auto refused = find_entry(items, outsider_id, "read_course", "refused");
  ASSERT_TRUE(refused) << items.dump(2);
  EXPECT_EQ(refused->at("citizen_id"), seeded.citizen_id);
  EXPECT_EQ(refused->at("reason"), "not_found");
  EXPECT_EQ(refused->at("address"), "127.0.0.1");
  EXPECT_FALSE(find_entry(items, outsider_id, "read", "ok")) << "a refused read was logged as ok";

  // The filter keeps the other citizen's entries out.
  for (const auto& item : items) EXPECT_EQ(item.at("citizen_id"), seeded.citizen_id) << item.dump();
  const HttpResponse other_audit = admin.get("/api/v1/audit?citizen_id=" + std::to_string(other.citizen_id));
  ASSERT_EQ(other_audit.status, 200);
  EXPECT_TRUE(find_entry(other_audit.json.at("items"), staff_id, "read", "ok"));
  EXPECT_FALSE(find_entry(other_audit.json.at("items"), staff_id, "command:record-ward-visit", "ok"));
}

TEST_F(AuditTest, LogInsAreLoggedAndFailedLogInsRefused) {
  TestClient admin = client_for(users::admin);
  TestClient stranger = anonymous();
  ASSERT_EQ(stranger.try_login(users::staff_a, "wrong-password-123").status, 401);
  const HttpResponse audit = admin.get("/api/v1/audit");
  ASSERT_EQ(audit.status, 200);
  bool saw_ok = false, saw_refused = false;
  for (const auto& item : audit.json.at("items")) {
    if (item.at("action") != "login") continue;
    saw_ok |= item.at("outcome") == "ok";
    saw_refused |= item.at("outcome") == "refused" && item.at("address") == "127.0.0.1";
  }
  EXPECT_TRUE(saw_ok);
  EXPECT_TRUE(saw_refused);
}

TEST_F(AuditTest, InvalidCitizenFilterIsABadRequest) {
  TestClient admin = client_for(users::admin);
  const HttpResponse audit = admin.get("/api/v1/audit?citizen_id=abc");
  EXPECT_EQ(audit.status, 400);
  EXPECT_EQ(audit.error_field(), "citizen_id");
}

}  // namespace
}  // namespace afk::test
