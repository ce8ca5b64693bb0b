// The request log holds route templates and numeric ids — never the path,
// the query or anything else a client wrote, so a CPR number put in a URL
// cannot reach a log line — and writing it never stops the server.
#include <gmock/gmock.h>

#include <iostream>
#include <mutex>
#include <regex>
#include <sstream>

#include "http/test_client.hpp"
#include "http/test_server.hpp"

namespace afk::test {
namespace {

// Collects what the server writes to std::cerr while it lives.
class CapturedStderr {
 public:
  CapturedStderr() : previous_(std::cerr.rdbuf(captured_.rdbuf())) {}
  ~CapturedStderr() { std::cerr.rdbuf(previous_); }
  std::string text() const { return captured_.str(); }

 private:
  std::ostringstream captured_;
  std::streambuf* previous_;
};

TEST(RequestLog, NamesTheRouteTemplateAndIdsAndNothingTheClientWrote) {
  CapturedStderr log;
  {
    TestServerOptions options;
    options.log_requests = true;
    TestServer server(options);
    TestClient staff(server.port());
    staff.login(users::staff_a, test_password);
    EXPECT_EQ(staff.get("/api/v1/courses/424242").status, 404);
    // A CPR number in the path and in the query, and bytes no logger can write as JSON.
    EXPECT_EQ(staff.get("/api/v1/citizens/0101901234?cpr=010190-1234").status, 404);
    EXPECT_EQ(staff.get("/api/v1/citizens/3112901234").status, 404);
    EXPECT_EQ(staff.get("/api/v1/search/0101901234").status, 404);
    EXPECT_EQ(staff.send_raw("GET /api/v1/\xff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").status,
              400);
    EXPECT_EQ(staff.get("/api/v1/health").status, 200) << "the server survived its own log line";
  }
  const std::string text = log.text();
  EXPECT_THAT(text, testing::HasSubstr(R"("route":"/api/v1/courses/{courseId}")"));
  EXPECT_THAT(text, testing::HasSubstr(R"("ids":{"courseId":424242})"));
  EXPECT_THAT(text, testing::HasSubstr(R"("route":"unmatched")"));
  EXPECT_THAT(text, testing::Not(testing::HasSubstr("0101901234")));
  EXPECT_THAT(text, testing::Not(testing::HasSubstr("1234")));
  EXPECT_THAT(text, testing::HasSubstr(R"("route":"/api/v1/citizens/{citizenId}")"));
  EXPECT_THAT(text, testing::Not(testing::HasSubstr("search")));
  EXPECT_THAT(text, testing::Not(testing::HasSubstr("\xff")));
  // Every line is JSON.
  std::istringstream lines(text);
  int count = 0;
  for (std::string line; std::getline(lines, line); ++count)
    EXPECT_FALSE(nlohmann::json::parse(line, nullptr, false).is_discarded()) << line;
  EXPECT_GE(count, 6);
}

}  // namespace
}  // namespace afk::test
