// Log-ins that resist guessing: five failures for a username or from an
// address lock further attempts (429, Retry-After, a Danish message, an
// audit entry) without checking the password; each further failure doubles
// the lock; an administrator can lift it. Passwords follow the policy, and a
// first or reset password must be changed before anything else.
#include <gmock/gmock.h>

#include "http/api_fixture.hpp"

namespace afk::test {
namespace {

class LoginSecurityTest : public ApiTest {
 protected:
  static int count_audit(TestClient& admin, const std::string& action, const std::string& outcome = "ok") {
    const HttpResponse audit = admin.get("/api/v1/audit");
    EXPECT_EQ(audit.status, 200) << audit.body;
    int count = 0;
    for (const auto& item : audit.json.at("items"))
      if (item.at("action") == action && item.at("outcome") == outcome) ++count;
    return count;
  }

  static std::int64_t user_id(TestClient& admin, const std::string& username) {
    const HttpResponse users = admin.get("/api/v1/users");
    for (const auto& user : users.json.at("items"))
      if (user.at("username") == username) return user.at("id").get<std::int64_t>();
    ADD_FAILURE() << "no user " << username << " in " << users.body;
    return 0;
  }

  static constexpr const char* strong = "Grøn hest løber 7 km i regn";
  static constexpr const char* stronger = "tusch-Kamel-9-vinter-Blå";
};

TEST_F(LoginSecurityTest, FiveWrongPasswordsLockTheUsernameEvenForTheRightPassword) {
  TestClient attacker = anonymous();
  for (int i = 0; i < 5; ++i) {
    const HttpResponse wrong = attacker.try_login(users::staff_a, "guess-number-" + std::to_string(i));
    ASSERT_EQ(wrong.status, 401) << i << " " << wrong.body;
  }
  const HttpResponse locked = attacker.try_login(users::staff_a, test_password);
  EXPECT_EQ(locked.status, 429) << locked.body;
  EXPECT_EQ(locked.error_code(), "login_locked");
  EXPECT_EQ(locked.header("retry-after"), "30");
  EXPECT_THAT(locked.error_message(), testing::HasSubstr("Vent 30 sekunder"));
  EXPECT_TRUE(locked.header("set-cookie").empty());

  // The lock passes with time; then the right password works again.
  server().advance_clock(31);
  EXPECT_EQ(attacker.try_login(users::staff_a, test_password).status, 200);
  TestClient admin = client_for(users::admin);
  EXPECT_EQ(count_audit(admin, "login_locked", "refused"), 1);
}

TEST_F(LoginSecurityTest, GuessingOnDoublesTheLockAndTheAdministratorLiftsIt) {
  // Logged in before the guessing: it locks the shared address too.
  TestClient admin = client_for(users::admin);
  TestClient attacker = anonymous();
  std::vector<int> lock_seconds;
  int guess = 0;
  for (int round = 0; round < 5; ++round) {
    HttpResponse attempt;
    do attempt = attacker.try_login(users::lead_a, "guess-" + std::to_string(guess++));
    while (attempt.status == 401 && guess < 100);
    ASSERT_EQ(attempt.status, 429) << attempt.body;
    lock_seconds.push_back(std::stoi(attempt.header("retry-after")));
    if (round < 4)
      server().advance_clock(lock_seconds.back());  // the attacker waits out each lock, then guesses on
  }
  EXPECT_EQ(lock_seconds, (std::vector<int>{30, 60, 120, 240, 480}))
      << "each failure after the fifth doubles the lock";
  EXPECT_EQ(guess, 6 + 4 * 2) << "after a lock has passed, one more failure locks again";
  const HttpResponse after_guessing = attacker.try_login(users::lead_a, test_password);
  EXPECT_EQ(after_guessing.status, 429) << "the right password works straight after guessing";

  const HttpResponse locks = admin.get("/api/v1/login-locks");
  ASSERT_EQ(locks.status, 200) << locks.body;
  const std::int64_t lead_id = user_id(admin, users::lead_a);
  bool listed = false;
  for (const auto& lock : locks.json.at("items"))
    listed |=
        lock.at("kind") == "user" && lock.at("user_id") == lead_id && lock.at("username") == users::lead_a;
  EXPECT_TRUE(listed) << locks.body;
  EXPECT_EQ(admin.post("/api/v1/login-locks/lift", {{"user_id", lead_id}}).status, 204);
  EXPECT_EQ(admin.post("/api/v1/login-locks/lift", {{"address", "127.0.0.1"}}).status, 204);
  EXPECT_EQ(anonymous().try_login(users::lead_a, test_password).status, 200);
  EXPECT_EQ(count_audit(admin, "login_unlock"), 2);
  // Only the administrator lifts locks.
  TestClient lead = client_for(users::lead_a);
  EXPECT_EQ(lead.post("/api/v1/login-locks/lift", {{"user_id", lead_id}}).status, 403);
}

TEST_F(LoginSecurityTest, ALockedAttemptIsAnsweredOnlyAfterASecond) {
  // So a guessing loop costs the server next to nothing (bench/http/login_flood); a wrong
  // password before the lock is answered at once.
  http::ApiRequest attempt;
  attempt.method = "POST";
  attempt.path = "/api/v1/session";
  attempt.client_address = "198.51.100.4";
  attempt.body = nlohmann::json{{"username", users::staff_a}, {"password", "a-wrong-guess"}}.dump();
  for (int i = 0; i < 5; ++i) {
    const http::ApiResponse wrong = server().mutable_router().handle(attempt);
    ASSERT_EQ(wrong.status, 401);
    EXPECT_EQ(wrong.delay.count(), 0);
  }
  const http::ApiResponse locked = server().mutable_router().handle(attempt);
  ASSERT_EQ(locked.status, 429);
  EXPECT_EQ(locked.delay, std::chrono::milliseconds(1000));
}

TEST_F(LoginSecurityTest, FailuresFromOneAddressLockThatAddressAcrossUsernames) {
  TestClient attacker = anonymous();
  for (const char* name : {"alice", "bob", "carol", "dave", "erin"})
    ASSERT_EQ(attacker.try_login(name, "not-a-user-password").status, 401);
  const HttpResponse locked = attacker.try_login(users::staff_b, test_password);
  EXPECT_EQ(locked.status, 429) << "five failures from one address, any usernames";
}

TEST_F(LoginSecurityTest, ANewUserMustChangeTheFirstPasswordBeforeAnythingElse) {
  TestClient admin = client_for(users::admin);
  const nlohmann::json new_user{{"username", "kim"},
                                {"display_name", "Kim Hansen"},
                                {"role", "unit_staff"},
                                {"organisation_id", world::unit_a}};
  for (const char* weak : {"aaaaaaaaaaaa", "password1234", "kimkimkimkim1", "kort"}) {
    nlohmann::json attempt = new_user;
    attempt["password"] = weak;
    const HttpResponse refused = admin.post("/api/v1/users", attempt);
    EXPECT_EQ(refused.status, 400) << weak << " " << refused.body;
    EXPECT_EQ(refused.error_code(), "weak_password") << weak;
    EXPECT_EQ(refused.error_field(), "password") << weak;
  }
  nlohmann::json created = new_user;
  created["password"] = strong;
  const HttpResponse added = admin.post("/api/v1/users", created);
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(added.json.at("must_change_password"), true);

  TestClient kim = anonymous();
  const HttpResponse session = kim.try_login("kim", strong);
  ASSERT_EQ(session.status, 200) << session.body;
  EXPECT_EQ(session.json.at("user").at("must_change_password"), true);
  const HttpResponse blocked = kim.get("/api/v1/units");
  EXPECT_EQ(blocked.status, 403);
  EXPECT_EQ(blocked.error_code(), "password_change_required");
  EXPECT_EQ(kim.get("/api/v1/session").status, 200);

  const HttpResponse wrong_current = kim.post(
      "/api/v1/session/password", {{"current_password", "not it at all"}, {"new_password", stronger}});
  EXPECT_EQ(wrong_current.status, 403);
  EXPECT_EQ(wrong_current.error_field(), "current_password");
  const HttpResponse same =
      kim.post("/api/v1/session/password", {{"current_password", strong}, {"new_password", strong}});
  EXPECT_EQ(same.status, 400);
  EXPECT_EQ(same.error_code(), "weak_password");
  const HttpResponse changed =
      kim.post("/api/v1/session/password", {{"current_password", strong}, {"new_password", stronger}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json.at("must_change_password"), false);
  EXPECT_EQ(kim.get("/api/v1/units").status, 200) << "the same session goes on";
  EXPECT_EQ(anonymous().try_login("kim", strong).status, 401) << "the old password is gone";
  EXPECT_EQ(anonymous().try_login("kim", stronger).status, 200);
  EXPECT_EQ(count_audit(admin, "user_create"), 1);
  EXPECT_EQ(count_audit(admin, "password_change"), 1);
  EXPECT_EQ(count_audit(admin, "password_change", "refused"), 1);
}

TEST_F(LoginSecurityTest, DeactivatingAUserEndsTheirSessionsAtOnce) {
  TestClient admin = client_for(users::admin);
  TestClient staff = client_for(users::staff_b);
  ASSERT_EQ(staff.get("/api/v1/session").status, 200);
  const std::int64_t id = user_id(admin, users::staff_b);
  const HttpResponse deactivated = admin.post("/api/v1/users/" + std::to_string(id) + "/deactivate", {});
  ASSERT_EQ(deactivated.status, 200) << deactivated.body;
  EXPECT_EQ(deactivated.json.at("active"), false);
  EXPECT_EQ(staff.get("/api/v1/session").status, 401) << "the open session ended";
  EXPECT_EQ(server().count_rows("sessions WHERE user_id = " + std::to_string(id)), 0);
  EXPECT_EQ(anonymous().try_login(users::staff_b, test_password).status, 401);
  ASSERT_EQ(admin.post("/api/v1/users/" + std::to_string(id) + "/activate", {}).status, 200);
  EXPECT_EQ(anonymous().try_login(users::staff_b, test_password).status, 200);
  // Not on yourself, and not by anyone but the administrator.
  EXPECT_EQ(
      admin.post("/api/v1/users/" + std::to_string(user_id(admin, users::admin)) + "/deactivate", {}).status,
      409);
  EXPECT_EQ(client_for(users::lead_a).post("/api/v1/users/" + std::to_string(id) + "/deactivate", {}).status,
            403);
  EXPECT_EQ(count_audit(admin, "user_deactivate"), 1);
  EXPECT_EQ(count_audit(admin, "user_activate"), 1);
}

TEST_F(LoginSecurityTest, AResetPasswordEndsSessionsLiftsTheLockAndMustBeChanged) {
  TestClient admin = client_for(users::admin);
  TestClient staff = client_for(users::staff_a);
  for (int i = 0; i < 5; ++i) anonymous().try_login(users::staff_a, "forgot-it-" + std::to_string(i));
  const std::int64_t id = user_id(admin, users::staff_a);
  const std::string path = "/api/v1/users/" + std::to_string(id) + "/password";
  EXPECT_EQ(admin.post(path, {{"new_password", "password1234"}}).error_code(), "weak_password");
  const HttpResponse reset = admin.post(path, {{"new_password", strong}});
  ASSERT_EQ(reset.status, 200) << reset.body;
  EXPECT_EQ(reset.json.at("must_change_password"), true);
  EXPECT_EQ(staff.get("/api/v1/session").status, 401);
  admin.post("/api/v1/login-locks/lift", {{"address", "127.0.0.1"}});
  TestClient again = anonymous();
  ASSERT_EQ(again.try_login(users::staff_a, strong).status, 200) << "the username's lock was lifted";
  EXPECT_EQ(again.get("/api/v1/courses").error_code(), "password_change_required");
  EXPECT_EQ(count_audit(admin, "password_reset"), 1);
}

TEST_F(LoginSecurityTest, TheAdministratorChangesARoleWithTheVersionRead) {
  TestClient admin = client_for(users::admin);
  const std::int64_t id = user_id(admin, users::staff_a);
  const std::string path = "/api/v1/users/" + std::to_string(id) + "/role";
  const nlohmann::json lead_of_a{{"role", "unit_lead"}, {"organisation_id", world::unit_a}};
  EXPECT_EQ(admin.post(path, lead_of_a).status, 405);
  HttpRequest stale{"PUT", path, lead_of_a.dump(), std::string("\"99\""), {}};
  EXPECT_EQ(admin.send(stale).status, 412);
  HttpRequest wrong_kind{"PUT",
                         path,
                         nlohmann::json{{"role", "ward_staff"}, {"organisation_id", 999}}.dump(),
                         std::string("\"1\""),
                         {}};
  EXPECT_EQ(admin.send(wrong_kind).error_code(), "unknown_organisation");
  HttpRequest change{"PUT", path, lead_of_a.dump(), std::string("\"1\""), {}};
  const HttpResponse changed = admin.send(change);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json.at("role"), "unit_lead");
  EXPECT_EQ(changed.etag(), "\"2\"");
  EXPECT_EQ(client_for(users::staff_a).get("/api/v1/session").json.at("user").at("role"), "unit_lead");
  HttpRequest own{"PUT",
                  "/api/v1/users/" + std::to_string(user_id(admin, users::admin)) + "/role",
                  nlohmann::json{{"role", "evaluator"}}.dump(),
                  std::string("\"1\""),
                  {}};
  EXPECT_EQ(admin.send(own).status, 409);
  EXPECT_EQ(count_audit(admin, "role_change"), 1);
}

}  // namespace
}  // namespace afk::test
