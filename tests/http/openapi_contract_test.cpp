// The OpenAPI document is the contract: every served route is documented
// with its method, every documented operation is served, and the server
// hands out the same document it was built with.
#include <gmock/gmock.h>

#include <set>
#include <string>

#include "http/api_fixture.hpp"
#include "http/openapi_document.hpp"

namespace afk::test {
namespace {

using Operation = std::pair<std::string, std::string>;  // path, lower-case method

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::set<Operation> served_operations(const http::Router& router) {
  std::set<Operation> operations;
  for (const auto& route : router.routes()) operations.emplace(route.pattern, lower(route.method));
  return operations;
}

std::set<Operation> documented_operations() {
  static const std::set<std::string> methods{"get", "put", "post", "delete", "patch", "head", "options"};
  std::set<Operation> operations;
  for (const auto& [path, item] : http::openapi_document().at("paths").items())
    for (const auto& [key, operation] : item.items())
      if (methods.contains(key)) operations.emplace(path, key);  // skips path-level "parameters"
  return operations;
}

using OpenApiContractTest = ApiTest;

TEST_F(OpenApiContractTest, EveryServedRouteIsDocumentedAndEveryDocumentedOperationIsServed) {
  const auto served = served_operations(server().router());
  const auto documented = documented_operations();
  ASSERT_GT(served.size(), 20u) << "the router should serve the whole API";

  std::set<Operation> undocumented, unserved;
  for (const auto& operation : served)
    if (!documented.contains(operation)) undocumented.insert(operation);
  for (const auto& operation : documented)
    if (!served.contains(operation)) unserved.insert(operation);
  for (const auto& [path, method] : undocumented)
    ADD_FAILURE() << "served but not documented: " << method << " " << path;
  for (const auto& [path, method] : unserved)
    ADD_FAILURE() << "documented but not served: " << method << " " << path;
}

TEST_F(OpenApiContractTest, EveryRouteIsRegisteredOnce) {
  std::set<Operation> seen;
  for (const auto& route : server().router().routes())
    EXPECT_TRUE(seen.emplace(route.pattern, route.method).second) << route.method << " " << route.pattern;
}

TEST_F(OpenApiContractTest, ServerHandsOutTheEmbeddedDocumentWithoutLogin) {
  TestClient client = anonymous();
  const HttpResponse response = client.get("/api/v1/openapi.json");
  ASSERT_EQ(response.status, 200);
  EXPECT_THAT(response.header("content-type"), ::testing::HasSubstr("application/json"));
  EXPECT_EQ(response.json, http::openapi_document());
  EXPECT_EQ(response.json.at("openapi"), "3.0.3");
}

TEST_F(OpenApiContractTest, HealthIsPublic) {
  TestClient client = anonymous();
  const HttpResponse response = client.get("/api/v1/health");
  ASSERT_EQ(response.status, 200);
  EXPECT_EQ(response.json, nlohmann::json({{"status", "ok"}}));
}

}  // namespace
}  // namespace afk::test
