// The OpenAPI document is the contract: every served route is documented
// with its method, every documented operation is served, and the server
// hands out the same document it was built with.
#include <gmock/gmock.h>

#include <cmath>
#include <set>
#include <string>

#include "core/input_limits.hpp"
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

// Walks a request schema (following $ref) and compares every property with
// the limit the server applies to a field of that name (core/input_limits).
class RequestLimitsCheck {
 public:
  explicit RequestLimitsCheck(const nlohmann::json& document) : document_(document) {}

  void schema(const nlohmann::json& node, const std::string& where, const std::string& field) {
    if (!node.is_object()) {
      ADD_FAILURE() << where << " is not a schema object";
      return;
    }
    if (node.contains("$ref")) {
      const std::string ref = node.at("$ref");
      const std::string name = ref.substr(ref.rfind('/') + 1);
      if (!visited_.insert(name).second) return;
      schema(document_.at("components").at("schemas").at(name), name, field);
      return;
    }
    const std::string type = node.value("type", "");
    if (type == "object") {
      const nlohmann::json properties = node.value("properties", nlohmann::json::object());
      for (const auto& [key, property] : properties.items()) schema(property, where + "." + key, key);
    } else if (type == "array") {
      schema(node.at("items"), where + "[]", field);
    } else if (type == "string" && !node.contains("enum") && node.value("format", "") != "date") {
      ++checked_;
      const auto expected = text_limit(field).max_characters;
      EXPECT_EQ(node.value("maxLength", std::size_t{0}), expected)
          << where << " needs maxLength: " << expected;
    } else if (type == "integer" || type == "number") {
      ++checked_;
      const NumberLimit limit = number_limit(field);
      EXPECT_EQ(node.value("minimum", std::nan("")), limit.minimum)
          << where << " needs minimum: " << limit.minimum;
      EXPECT_EQ(node.value("maximum", std::nan("")), limit.maximum)
          << where << " needs maximum: " << limit.maximum;
    }
  }
  int checked() const { return checked_; }

 private:
  const nlohmann::json& document_;
  std::set<std::string> visited_;
  int checked_ = 0;
};

TEST_F(OpenApiContractTest, EveryRequestFieldCarriesTheLimitTheServerApplies) {
  const nlohmann::json& document = http::openapi_document();
  RequestLimitsCheck check(document);
  for (const auto& [path, item] : document.at("paths").items())
    for (const auto& [method, operation] : item.items()) {
      if (!operation.is_object() || !operation.contains("requestBody")) continue;
      const auto& content = operation.at("requestBody").at("content");
      if (content.contains("application/json"))
        check.schema(content.at("application/json").at("schema"), method + " " + path, "");
    }
  EXPECT_GT(check.checked(), 40) << "the request schemas should declare their fields";
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
