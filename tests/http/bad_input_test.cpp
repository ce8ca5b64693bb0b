// Bad requests are refused with 400/404/405/413, name the field at fault,
// and store nothing.
#include <gmock/gmock.h>

#include "http/api_fixture.hpp"

namespace afk::test {
namespace {

class BadInputTest : public ApiTest {
 protected:
  static nlohmann::json valid_citizen() {
    return {
        {"name", "Bent Fejl"}, {"birth_date", "1980-01-15"}, {"home_municipality_id", world::municipality_a}};
  }

  static void expect_bad_request(const HttpResponse& response, const std::string& code,
                                 const std::string& field) {
    EXPECT_EQ(response.status, 400) << response.body;
    EXPECT_EQ(response.error_code(), code) << response.body;
    EXPECT_EQ(response.error_field(), field) << response.body;
    EXPECT_FALSE(response.error_message().empty());
  }
};

TEST_F(BadInputTest, InvalidCitizenPayloadsNameTheFieldAndStoreNothing) {
  TestClient staff = client_for(users::staff_a);
  const std::int64_t citizens = server().count_rows("citizens");

  HttpRequest malformed{"POST", "/api/v1/citizens", std::string(R"({"name": "Bent", )"), {}, {}};
  expect_bad_request(staff.send(malformed), "malformed_json", "body");

  nlohmann::json wrong_type = valid_citizen();
  wrong_type["name"] = 42;
  expect_bad_request(staff.post("/api/v1/citizens", wrong_type), "wrong_type", "name");

  nlohmann::json wrong_id_type = valid_citizen();
  wrong_id_type["home_municipality_id"] = "1";
  expect_bad_request(staff.post("/api/v1/citizens", wrong_id_type), "wrong_type", "home_municipality_id");

  nlohmann::json unknown = valid_citizen();
  unknown["nickname"] = "Benny";
  expect_bad_request(staff.post("/api/v1/citizens", unknown), "unknown_field", "nickname");

  nlohmann::json impossible_date = valid_citizen();
  impossible_date["birth_date"] = "1980-02-30";
  expect_bad_request(staff.post("/api/v1/citizens", impossible_date), "invalid_date", "birth_date");

  nlohmann::json missing = valid_citizen();
  missing.erase("name");
  expect_bad_request(staff.post("/api/v1/citizens", missing), "missing_field", "name");

  expect_bad_request(staff.post("/api/v1/citizens", nlohmann::json::array({1, 2})), "object_expected",
                     "body");

  EXPECT_EQ(server().count_rows("citizens"), citizens) << "a refused registration stored a citizen";
  // The valid payload goes through: the refusals were about the changes.
  EXPECT_EQ(staff.post("/api/v1/citizens", valid_citizen()).status, 201);
  EXPECT_EQ(server().count_rows("citizens"), citizens + 1);
}

TEST_F(BadInputTest, InvalidCommandPayloadsLeaveTheCourseUnchanged) {
  const SeededCourse seeded =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Birte Besøg", true);
  TestClient staff = client_for(users::staff_a);
  const HttpResponse before = staff.get(course_path(seeded.course_id));
  ASSERT_EQ(before.status, 200);
  const std::string path = command_path(seeded.course_id, "record-ward-visit");

  expect_bad_request(staff.post(path, {{"date", "2023-02-30"}}, before.etag()), "invalid_date", "date");
  expect_bad_request(staff.post(path, {{"date", 20260302}}, before.etag()), "wrong_type", "date");
  expect_bad_request(staff.post(path, {{"date", today()}, {"where", "afsnit"}}, before.etag()),
                     "unknown_field", "where");
  expect_bad_request(staff.send({"POST", path, std::string("{\"date\": "), before.etag(), {}}),
                     "malformed_json", "body");
  // Nested fields are named with their path.
  const HttpResponse nested = staff.post(
      command_path(seeded.course_id, "add-discharge-agreement"),
      {{"kind", "udskrivningsaftale"}, {"date", today()}, {"parties", nlohmann::json::array({"A", 7})}},
      before.etag());
  EXPECT_EQ(nested.status, 400) << nested.body;
  EXPECT_EQ(nested.error_field(), "parties[1]");

  const HttpResponse unknown_command =
      staff.post(command_path(seeded.course_id, "teleport"), {{"date", today()}}, before.etag());
  EXPECT_EQ(unknown_command.status, 404) << unknown_command.body;
  EXPECT_EQ(unknown_command.error_code(), "unknown_command");

  const HttpResponse after = staff.get(course_path(seeded.course_id));
  EXPECT_EQ(after.json.at("version"), before.json.at("version"));
  EXPECT_EQ(after.json, before.json) << "a refused command changed the course";
}

TEST_F(BadInputTest, BodyOverTheLimitIs413AndTheServerKeepsServing) {
  TestClient staff = client_for(users::staff_a);
  nlohmann::json huge = {{"name", std::string(server().settings().body_limit_bytes + 100, 'x')},
                         {"birth_date", "1980-01-15"},
                         {"home_municipality_id", world::municipality_a}};
  const std::int64_t citizens = server().count_rows("citizens");
  const HttpResponse response = staff.post("/api/v1/citizens", huge);
  EXPECT_EQ(response.status, 413) << response.body;
  EXPECT_EQ(response.error_code(), "body_too_large");
  EXPECT_EQ(server().count_rows("citizens"), citizens);
  EXPECT_EQ(staff.get("/api/v1/health").status, 200);
  EXPECT_EQ(staff.get("/api/v1/session").status, 200);
}

TEST_F(BadInputTest, UnknownRoutesAndMethods) {
  TestClient nobody = anonymous();
  const HttpResponse unknown = nobody.get("/api/v1/no-such-thing");
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(unknown.error_code(), "unknown_route");
  EXPECT_EQ(nobody.get("/api/v2/health").error_code(), "unknown_route");
  EXPECT_EQ(nobody.get("/api/v1/courses/1/extra").error_code(), "unknown_route");

  const HttpResponse wrong_method = nobody.send({"DELETE", "/api/v1/health", {}, {}, {}});
  EXPECT_EQ(wrong_method.status, 405) << wrong_method.body;
  EXPECT_EQ(wrong_method.error_code(), "method_not_allowed");
  EXPECT_EQ(nobody.send({"PUT", "/api/v1/courses/1", std::string("{}"), {}, {}}).status, 405);
  EXPECT_EQ(nobody.send({"PATCH", "/api/v1/session", std::string("{}"), {}, {}}).status, 405);
}

TEST_F(BadInputTest, InvalidIdsInThePath) {
  TestClient staff = client_for(users::staff_a);
  for (const char* target :
       {"/api/v1/courses/abc", "/api/v1/courses/0", "/api/v1/courses/-3", "/api/v1/courses/1x"}) {
    const HttpResponse response = staff.get(target);
    EXPECT_EQ(response.status, 400) << target << " " << response.body;
    EXPECT_EQ(response.error_code(), "invalid_id") << target;
  }
  const HttpResponse missing = staff.get(course_path(999));
  EXPECT_EQ(missing.status, 404) << missing.body;
  EXPECT_EQ(missing.error_code(), "not_found");
}

}  // namespace
}  // namespace afk::test
