// Sessions: the cookie, log-out invalidating it on the server, and expiry
// after Settings::session_idle_seconds without requests (fixed clock).
#include <gmock/gmock.h>

#include "http/api_fixture.hpp"

namespace afk::test {
namespace {

using ::testing::HasSubstr;
using SessionTest = ApiTest;

TEST_F(SessionTest, LogInSetsAHardenedCookieAndReturnsTheUser) {
  TestClient nobody = anonymous();
  const HttpResponse response = nobody.try_login(users::lead_a, test_password);
  ASSERT_EQ(response.status, 200) << response.body;
  const std::string cookie = response.header("set-cookie");
  EXPECT_THAT(cookie, HasSubstr("afk_session="));
  EXPECT_THAT(cookie, HasSubstr("HttpOnly"));
  EXPECT_THAT(cookie, HasSubstr("SameSite=Strict"));
  EXPECT_EQ(response.json.at("user").at("username"), users::lead_a);
  EXPECT_EQ(response.json.at("user").at("role"), "unit_lead");
  EXPECT_EQ(response.json.at("user").at("organisation_id"), world::unit_a);
  EXPECT_FALSE(response.json.at("csrf_token").get<std::string>().empty());
  EXPECT_EQ(response.header("cache-control"), "no-store");

  const HttpResponse session = nobody.get("/api/v1/session");
  ASSERT_EQ(session.status, 200);
  EXPECT_EQ(session.json.at("csrf_token"), response.json.at("csrf_token"));
}

// The screens offer what the role may do from the server's list, not from a copy of the policy.
TEST_F(SessionTest, TheSessionListsTheActionsTheRoleMayRun) {
  auto actions_of = [&](const std::string& user) {
    TestClient client = client_for(user);
    return client.get("/api/v1/session")
        .json.at("user")
        .at("allowed_actions")
        .get<std::vector<std::string>>();
  };
  using ::testing::Contains;
  using ::testing::Not;
  const auto lead = actions_of(users::lead_a);
  EXPECT_THAT(lead, Contains("record_response"));
  EXPECT_THAT(lead, Contains("read_citizen_access_log"));
  EXPECT_THAT(lead, Not(Contains("submit_referral")));
  const auto ward = actions_of(users::ward_a);
  EXPECT_THAT(ward, Contains("submit_referral"));
  EXPECT_THAT(ward, Not(Contains("record_response")));
  EXPECT_THAT(ward, Not(Contains("read_citizen_access_log")));
}

TEST_F(SessionTest, LogOutInvalidatesTheCookieOnTheServer) {
  TestClient staff = client_for(users::staff_a);
  const std::string cookie = staff.cookie();
  ASSERT_EQ(staff.get("/api/v1/session").status, 200);

  const HttpResponse logout = staff.remove("/api/v1/session");
  EXPECT_EQ(logout.status, 204) << logout.body;
  EXPECT_THAT(logout.header("set-cookie"), HasSubstr("Max-Age=0"));

  // Replaying the old cookie must not work: the session is gone, not just forgotten by the browser.
  staff.set_cookie(cookie);
  const HttpResponse after = staff.get("/api/v1/session");
  EXPECT_EQ(after.status, 401);
  EXPECT_EQ(after.error_code(), "not_logged_in");
  EXPECT_EQ(staff.get("/api/v1/units").status, 401);
}

TEST_F(SessionTest, LogOutEndsOnlyThatSession) {
  TestClient first = client_for(users::staff_a);
  TestClient second = client_for(users::staff_a);
  ASSERT_EQ(first.remove("/api/v1/session").status, 204);
  EXPECT_EQ(second.get("/api/v1/session").status, 200);
}

TEST_F(SessionTest, IdleSessionsExpireButActiveOnesSlide) {
  TestClient staff = client_for(users::staff_a);
  const std::int64_t idle = server().settings().session_idle_seconds;
  ASSERT_GT(idle, 120);

  // Active use keeps the session alive well past one idle period in total.
  server().advance_clock(idle - 60);
  EXPECT_EQ(staff.get("/api/v1/session").status, 200);
  server().advance_clock(idle - 60);
  EXPECT_EQ(staff.get("/api/v1/session").status, 200);

  // One idle period plus a second without requests ends it.
  server().advance_clock(idle + 1);
  const HttpResponse expired = staff.get("/api/v1/session");
  EXPECT_EQ(expired.status, 401) << expired.body;
  EXPECT_EQ(expired.error_code(), "not_logged_in");
  // It stays ended, even though the last attempt "used" it.
  EXPECT_EQ(staff.get("/api/v1/session").status, 401);
}

TEST_F(SessionTest, SessionsEndAfterTheMaximumLifetimeEvenWhenActive) {
  TestClient staff = client_for(users::staff_a);
  const std::int64_t idle = server().settings().session_idle_seconds;
  const std::int64_t lifetime = server().settings().session_max_seconds;
  std::int64_t elapsed = 0;
  while (elapsed + idle - 60 <= lifetime) {
    server().advance_clock(idle - 60);
    elapsed += idle - 60;
    ASSERT_EQ(staff.get("/api/v1/session").status, 200) << "after " << elapsed << " s";
  }
  server().advance_clock(lifetime - elapsed + 1);
  EXPECT_EQ(staff.get("/api/v1/session").status, 401);
}

}  // namespace
}  // namespace afk::test
