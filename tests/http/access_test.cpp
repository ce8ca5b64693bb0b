// Who may see and do what: each role's allowed and refused access across
// organisations, log-in required, and the CSRF token on state changes.
// Course, referral and citizen all belong to ward A, unit A, municipality A.
#include <gmock/gmock.h>

#include "http/api_fixture.hpp"

namespace afk::test {
namespace {

class AccessTest : public ApiTest {
 protected:
  AccessTest()
      : course_(
            server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Ane Adgang", true)) {}

  std::string course() const { return course_path(course_.course_id); }
  std::string referral() const { return "/api/v1/referrals/" + std::to_string(course_.referral_id); }
  std::string citizen() const { return "/api/v1/citizens/" + std::to_string(course_.citizen_id); }
  static std::string board(std::int64_t unit_id) {
    return "/api/v1/units/" + std::to_string(unit_id) + "/board";
  }

  static void expect_refused(const HttpResponse& response, const std::string& code) {
    EXPECT_EQ(response.status, 403) << response.body;
    EXPECT_EQ(response.error_code(), code) << response.body;
    EXPECT_FALSE(response.error_message().empty());
    // A refusal must not leak the record.
    EXPECT_FALSE(response.json.contains("citizen")) << response.body;
  }

  // A record outside the caller's scope answers exactly like one that does not exist.
  static void expect_hidden(const HttpResponse& response, TestClient& client,
                            const std::string& missing_path) {
    EXPECT_EQ(response.status, 404) << response.body;
    EXPECT_EQ(response.error_code(), "not_found") << response.body;
    EXPECT_EQ(response.body, client.get(missing_path).body);
  }
  static constexpr const char* missing_course = "/api/v1/courses/999999";
  static constexpr const char* missing_referral = "/api/v1/referrals/999999";
  static constexpr const char* missing_citizen = "/api/v1/citizens/999999";
  static std::string missing_board() { return board(999999); }

  SeededCourse course_;
};

TEST_F(AccessTest, WardStaffFollowTheirReferralButNotTheCourse) {
  TestClient ward = client_for(users::ward_a);
  const HttpResponse status = ward.get(referral());
  ASSERT_EQ(status.status, 200) << status.body;
  EXPECT_EQ(status.json.at("state"), "accepted");
  EXPECT_EQ(status.json.at("course").at("id"), course_.course_id);
  expect_refused(ward.get(course()), "role_not_allowed");
  expect_refused(ward.get(board(world::unit_a)), "role_not_allowed");

  // Another ward sees neither the referral nor the citizen.
  TestClient other_ward = client_for(users::ward_b);
  expect_hidden(other_ward.get(referral()), other_ward, missing_referral);
  expect_hidden(other_ward.get(citizen()), other_ward, missing_citizen);
  const HttpResponse listed = other_ward.get("/api/v1/referrals");
  ASSERT_EQ(listed.status, 200);
  EXPECT_TRUE(listed.json.at("items").empty()) << listed.body;
}

TEST_F(AccessTest, UnitStaffSeeTheirOwnUnitOnly) {
  TestClient own = client_for(users::staff_a);
  EXPECT_EQ(own.get(course()).status, 200);
  EXPECT_EQ(own.get(board(world::unit_a)).status, 200);

  TestClient other = client_for(users::staff_b);
  expect_hidden(other.get(course()), other, missing_course);
  expect_hidden(other.get(board(world::unit_a)), other, missing_board());
  expect_hidden(other.get(citizen()), other, missing_citizen);
  EXPECT_EQ(other.get(board(world::unit_b)).status, 200);
  const HttpResponse listed = other.get("/api/v1/courses");
  ASSERT_EQ(listed.status, 200);
  EXPECT_TRUE(listed.json.at("items").empty()) << listed.body;

  // Nor may they change the other unit's course.
  const std::int64_t version = course_version(own, course_.course_id);
  const HttpResponse command = other.post(command_path(course_.course_id, "record-ward-visit"),
                                          {{"date", today()}}, "\"" + std::to_string(version) + "\"");
  expect_hidden(command, other, missing_course);
  EXPECT_EQ(course_version(own, course_.course_id), version);
}

TEST_F(AccessTest, AuthoritySeesItsOwnMunicipalitysCitizensOnly) {
  TestClient own = client_for(users::authority_a);
  EXPECT_EQ(own.get(course()).status, 200);
  EXPECT_EQ(own.get(citizen()).status, 200);
  EXPECT_EQ(own.get(referral()).status, 200);

  TestClient other = client_for(users::authority_b);
  expect_hidden(other.get(course()), other, missing_course);
  expect_hidden(other.get(citizen()), other, missing_citizen);
  expect_hidden(other.get(referral()), other, missing_referral);
}

TEST_F(AccessTest, EvaluatorAdminAndProjectLeadNeverSeeCitizenData) {
  for (const char* username : {users::evaluator, users::admin, users::project_lead}) {
    SCOPED_TRACE(username);
    TestClient client = client_for(username);
    expect_refused(client.get(course()), "role_not_allowed");
    expect_refused(client.get(citizen()), "role_not_allowed");
    expect_refused(client.get(referral()), "role_not_allowed");
    expect_refused(client.get("/api/v1/courses"), "role_not_allowed");
    // Organisations are not personal data: everyone may read them.
    EXPECT_EQ(client.get("/api/v1/units").status, 200);
  }
}

TEST_F(AccessTest, OnlyTheAdministratorListsUsersAndTheAuditLog) {
  TestClient admin = client_for(users::admin);
  const HttpResponse listed = admin.get("/api/v1/users");
  ASSERT_EQ(listed.status, 200) << listed.body;
  EXPECT_EQ(listed.json.at("items").size(), 10u);
  for (const auto& user : listed.json.at("items"))
    EXPECT_FALSE(user.contains("password_hash")) << user.dump();
  EXPECT_EQ(admin.get("/api/v1/audit").status, 200);

  TestClient lead = client_for(users::lead_a);
  expect_refused(lead.get("/api/v1/users"), "role_not_allowed");
  expect_refused(lead.get("/api/v1/audit"), "role_not_allowed");
}

TEST_F(AccessTest, EverythingButHealthOpenApiAndLogInNeedsASession) {
  TestClient nobody = anonymous();
  for (const std::string& target :
       {course(), referral(), citizen(), board(world::unit_a), std::string("/api/v1/units"),
        std::string("/api/v1/session"), std::string("/api/v1/audit")}) {
    const HttpResponse response = nobody.get(target);
    EXPECT_EQ(response.status, 401) << target;
    EXPECT_EQ(response.error_code(), "not_logged_in") << target;
  }
  const HttpResponse command =
      nobody.post(command_path(course_.course_id, "record-ward-visit"), {{"date", today()}}, "\"1\"");
  EXPECT_EQ(command.status, 401);

  // A forged cookie is no session either.
  nobody.set_cookie("afk_session=forged-token");
  EXPECT_EQ(nobody.get(course()).status, 401);

  const HttpResponse wrong_password = nobody.try_login(users::staff_a, "not-the-password");
  EXPECT_EQ(wrong_password.status, 401);
  EXPECT_EQ(wrong_password.error_code(), "login_failed");
  EXPECT_TRUE(wrong_password.header("set-cookie").empty());
}

TEST_F(AccessTest, StateChangesWithoutTheRightCsrfTokenAreRefused) {
  TestClient staff = client_for(users::staff_a);
  const HttpResponse current = staff.get(course());
  ASSERT_EQ(current.status, 200);
  const std::int64_t version = current.json.at("version");

  HttpRequest request{"POST", command_path(course_.course_id, "record-ward-visit"),
                      nlohmann::json{{"date", today()}}.dump(), current.etag(), std::string()};
  const HttpResponse missing = staff.send(request);
  EXPECT_EQ(missing.status, 403) << missing.body;
  EXPECT_EQ(missing.error_code(), "csrf_failed");

  request.csrf_override = staff.csrf_token() + "x";
  const HttpResponse wrong = staff.send(request);
  EXPECT_EQ(wrong.status, 403) << wrong.body;
  EXPECT_EQ(wrong.error_code(), "csrf_failed");

  // Another session's token is wrong too.
  TestClient lead = client_for(users::lead_a);
  request.csrf_override = lead.csrf_token();
  EXPECT_EQ(staff.send(request).error_code(), "csrf_failed");

  EXPECT_EQ(course_version(staff, course_.course_id), version) << "a refused command changed the course";

  // With the right token the same request goes through: the refusals above
  // were about the token, not the request.
  request.csrf_override.reset();
  EXPECT_EQ(staff.send(request).status, 200);

  // Logging out is a state change too.
  const HttpResponse logout = staff.send({"DELETE", "/api/v1/session", {}, {}, std::string()});
  EXPECT_EQ(logout.status, 403);
  EXPECT_EQ(staff.get("/api/v1/session").status, 200) << "the session must survive a refused log-out";
}

}  // namespace
}  // namespace afk::test
