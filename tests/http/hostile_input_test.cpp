// Hostile input at the edge, as an attacker would send it over a socket:
// every case is answered 4xx naming the part at fault, stores nothing, and
// the server goes on serving. Each row is a defect that was found and fixed.
#include <gmock/gmock.h>

#include "http/api_fixture.hpp"

namespace afk::test {
namespace {

class HostileInputTest : public ApiTest {
 protected:
  void expect_refused(const HttpResponse& response, int status, const std::string& code,
                      const std::string& field, const std::string& what) {
    EXPECT_EQ(response.status, status) << what << ": " << response.body;
    EXPECT_EQ(response.error_code(), code) << what;
    EXPECT_EQ(response.error_field(), field) << what;
    EXPECT_FALSE(response.error_message().empty()) << what;
    // The server survived: the next request is served.
    EXPECT_EQ(anonymous().get("/api/v1/health").status, 200) << "after " << what;
  }

  static std::string raw_get(const std::string& target, const std::string& extra_headers = {}) {
    return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra_headers + "Connection: close\r\n\r\n";
  }

  static nlohmann::json citizen(const std::string& name) {
    return {{"name", name}, {"birth_date", "1980-01-15"}, {"home_municipality_id", world::municipality_a}};
  }
};

TEST_F(HostileInputTest, BytesThatAreNotUtf8InThePathQueryOrHeaders) {
  TestClient nobody = anonymous();
  // Before the fix the request logger threw on this line and the process ended.
  expect_refused(nobody.send_raw(raw_get("/api/v1/\xff")), 400, "invalid_path", "path", "\\xff in the path");
  expect_refused(nobody.send_raw(raw_get("/api/v1/courses/1\xc3")), 400, "invalid_path", "path",
                 "a cut-off letter");
  expect_refused(nobody.send_raw(raw_get("/assets/\xff.js")), 400, "invalid_path", "path",
                 "static file path");
  expect_refused(nobody.send_raw(raw_get("/api/v1/health", "X-Note: \xff\xfe\r\n")), 400, "invalid_utf8",
                 "x-note", "a header value");

  // A query value the route echoes back in its error message (was a 500).
  TestClient evaluator = client_for(users::evaluator);
  expect_refused(evaluator.get("/api/v1/reports/flow?scope=%FF%FE"), 400, "invalid_utf8", "scope",
                 "percent-encoded invalid UTF-8");
  expect_refused(evaluator.get("/api/v1/reports/flow?scope=na%00tional"), 400, "forbidden_character", "scope",
                 "NUL in a query value");
  expect_refused(evaluator.get("/api/v1/reports/flow?scope=" + std::string(5000, 'x')), 400, "text_too_long",
                 "scope", "a long query value");
  expect_refused(evaluator.get("/api/v1/reports/flow?" + std::string(100, 'k') + "=1"), 400,
                 "invalid_field_name", "query", "a long parameter name");
}

TEST_F(HostileInputTest, BodiesThatBreakTheLimitsChangeNothing) {
  TestClient staff = client_for(users::staff_a);
  const std::int64_t citizens = server().count_rows("citizens");
  const std::string deep = std::string(100, '[') + std::string(100, ']');
  expect_refused(staff.send({"POST", "/api/v1/citizens", deep, {}, {}}), 400, "too_deep", "body",
                 "deep nesting");
  expect_refused(staff.send({"POST", "/api/v1/citizens", std::string("{\"name\": \"\xff\"}"), {}, {}}), 400,
                 "invalid_utf8", "body", "invalid UTF-8 in a JSON string");
  expect_refused(staff.post("/api/v1/citizens", citizen(std::string(300, 'x'))), 400, "text_too_long", "name",
                 "a 300-character name");
  for (const std::string& name :
       {std::string("Anna\0Berg", 9), std::string("Bent \a"), std::string("Carl\nDahl"),
        std::string("Dorte \xE2\x80\xAE"
                    "nesreteP")})
    expect_refused(staff.post("/api/v1/citizens", citizen(name)), 400, "forbidden_character", "name",
                   "control character in " + testing::PrintToString(name));
  nlohmann::json huge_id = citizen("Eva Ek");
  huge_id["home_municipality_id"] = 1e300;
  expect_refused(staff.post("/api/v1/citizens", huge_id), 400, "number_out_of_range", "home_municipality_id",
                 "a huge id");
  EXPECT_EQ(server().count_rows("citizens"), citizens) << "a refused request stored a citizen";
}

TEST_F(HostileInputTest, MoneyThatWouldOverflowIsRefusedNotWrappedAround) {
  TestClient lead = client_for(users::lead_a);
  const nlohmann::json base{{"places", 2}, {"budgeted_occupancy_percent", 80}};
  nlohmann::json huge = base;
  huge["daily_tariff"] = 1e308;  // was answered 200 with −9,223,372,036,854,775,808 øre
  expect_refused(lead.post("/api/v1/economics/tariff", huge), 400, "number_out_of_range", "daily_tariff",
                 "daily_tariff 1e308");
  // Beyond any double: the JSON reader's own overflow (found by the fuzzer; was a 500).
  expect_refused(
      lead.send({"POST",
                 "/api/v1/economics/tariff",
                 std::string(R"({"places": 2, "budgeted_occupancy_percent": 80, "daily_tariff": 2e308})"),
                 {},
                 {}}),
      400, "number_out_of_range", "body", "daily_tariff 2e308");
  nlohmann::json budget = base;
  budget["budget"] = 5e18;
  expect_refused(lead.post("/api/v1/economics/tariff", budget), 400, "number_out_of_range", "budget",
                 "budget 5e18");
  nlohmann::json result = base;
  result["daily_tariff"] = 1000;
  result["year_end_result"] = -1e30;
  expect_refused(lead.post("/api/v1/economics/tariff", result), 400, "number_out_of_range", "year_end_result",
                 "year-end result -1e30");
  // The largest accepted figures still give a positive, exact budget.
  nlohmann::json largest{{"places", 10000}, {"budgeted_occupancy_percent", 100}, {"daily_tariff", 1'000'000}};
  const HttpResponse answer = lead.post("/api/v1/economics/tariff", largest);
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(answer.json.at("budget").at("ore").get<std::int64_t>(),
            std::int64_t{10000} * 365 * 1'000'000 * 100);
}

TEST_F(HostileInputTest, MalformedHttpIsABadRequestAndTheServerGoesOn) {
  TestClient nobody = anonymous();
  for (const std::string& bytes :
       {std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11),  // a TLS hello
        std::string("GET /api/v1/health HTTP/9.9\r\n\r\n"), std::string("GET\r\n\r\n"),
        std::string("POST /api/v1/session HTTP/1.1\r\n"
                    "Content-Length: -1\r\n\r\n")}) {
    const HttpResponse response = nobody.send_raw(bytes);
    EXPECT_TRUE(response.status == 0 || (response.status >= 400 && response.status < 500))
        << testing::PrintToString(bytes) << " answered " << response.status;
    EXPECT_EQ(nobody.get("/api/v1/health").status, 200);
  }
}

}  // namespace
}  // namespace afk::test
