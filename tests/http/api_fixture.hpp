// The GoogleTest fixture shared by the HTTP tests: a fresh server per test
// and helpers that keep the tests about behaviour, not plumbing.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "http/test_client.hpp"
#include "http/test_server.hpp"

namespace afk::test {

class ApiTest : public ::testing::Test {
 protected:
  ApiTest() : server_(std::make_unique<TestServer>()) {}

  TestServer& server() { return *server_; }
  TestClient anonymous() { return TestClient(server_->port()); }
  // A client logged in as `username` (one argon2id check per call).
  TestClient client_for(const std::string& username) {
    TestClient client(server_->port());
    client.login(username, test_password);
    return client;
  }

  static std::string today() { return TestServer::today().iso(); }
  static std::string days_from_today(int days) { return TestServer::today().plus_days(days).iso(); }

  // A ward A referral of `citizen_id` to unit A, consented, with the fields every referral needs.
  static nlohmann::json referral_to_unit_a(const nlohmann::json& citizen_id) {
    return {{"unit_id", world::unit_a},          {"citizen_id", citizen_id},
            {"ward_id", world::ward_a},          {"referred_on", today()},
            {"reason", "Udskrives uden bolig."}, {"support_situation", "none_needs_support"},
            {"substance_use", "none"},           {"consent_to_share_with_unit", true}};
  }

  // Reads the course, then runs `command` with the ETag just read.
  HttpResponse run_command(TestClient& client, std::int64_t course_id, const std::string& command,
                           const nlohmann::json& payload) {
    const HttpResponse current = client.get(course_path(course_id));
    EXPECT_EQ(current.status, 200) << current.body;
    return client.post(command_path(course_id, command), payload, current.etag());
  }

  // The course's version as the owning unit's staff sees it.
  std::int64_t course_version(TestClient& client, std::int64_t course_id) {
    const HttpResponse current = client.get(course_path(course_id));
    EXPECT_EQ(current.status, 200) << current.body;
    return current.json.value("version", std::int64_t{-1});
  }

 private:
  std::unique_ptr<TestServer> server_;
};

// True if `commands` (a JSON array of names) contains `name`.
inline bool offers(const nlohmann::json& commands, const std::string& name) {
  for (const auto& item : commands)
    if (item == name) return true;
  return false;
}

}  // namespace afk::test
