// The router on its own: matching, 404/405, and that a failing handler costs
// one request a 500, not the server.
#include "http/router.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace afk::http {
namespace {

class RouterTest : public ::testing::Test {
 protected:
  store::ConnectionPool pool_{[]() -> std::unique_ptr<store::SqlConnection> {
    throw std::logic_error("public routes in these tests never open the database");
  }};
  Services services_{pool_, Clock{[] { return std::int64_t{0}; }, [] { return Date(); }}, Settings{}};
  Router router_{services_};

  static ApiRequest get(const std::string& path) {
    ApiRequest request;
    request.method = "GET";
    request.path = path;
    return request;
  }
  static std::string error_code(const ApiResponse& response) {
    return nlohmann::json::parse(response.body)["error"]["code"];
  }
};

TEST_F(RouterTest, MatchesPatternsAndNamesTheParameters) {
  std::map<std::string, std::string> parameters;
  EXPECT_TRUE(match_pattern("/api/v1/courses/{courseId}/commands/{command}",
                            "/api/v1/courses/12/commands/move-in", parameters));
  EXPECT_EQ(parameters["courseId"], "12");
  EXPECT_EQ(parameters["command"], "move-in");
  EXPECT_FALSE(match_pattern("/api/v1/courses/{courseId}", "/api/v1/courses/", parameters));
  EXPECT_FALSE(match_pattern("/api/v1/courses/{courseId}", "/api/v1/courses/12/extra", parameters));
}

TEST_F(RouterTest, AThrowingHandlerAnswers500AndTheNextRequestIsServed) {
  router_.add({"GET",
               "/api/v1/broken",
               Access::public_route,
               Action::read_catalogue,
               {},
               [](RequestContext&) -> ApiResponse { throw std::runtime_error("a bug"); }});
  router_.add({"GET", "/api/v1/fine", Access::public_route, Action::read_catalogue, {}, [](RequestContext&) {
                 return ApiResponse::json({{"ok", true}});
               }});
  const ApiResponse broken = router_.handle(get("/api/v1/broken"));
  EXPECT_EQ(broken.status, 500);
  EXPECT_EQ(error_code(broken), "internal_error");
  EXPECT_EQ(router_.handle(get("/api/v1/fine")).status, 200);
}

TEST_F(RouterTest, UnknownPathIs404AndWrongMethodIs405) {
  router_.add({"GET", "/api/v1/fine", Access::public_route, Action::read_catalogue, {}, [](RequestContext&) {
                 return ApiResponse::json({{"ok", true}});
               }});
  const ApiResponse unknown = router_.handle(get("/api/v1/nothing"));
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(error_code(unknown), "unknown_route");
  ApiRequest post = get("/api/v1/fine");
  post.method = "POST";
  const ApiResponse wrong_method = router_.handle(post);
  EXPECT_EQ(wrong_method.status, 405);
  EXPECT_EQ(error_code(wrong_method), "method_not_allowed");
}

}  // namespace
}  // namespace afk::http
