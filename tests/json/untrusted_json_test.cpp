#include "json/untrusted_json.hpp"

#include <gtest/gtest.h>

namespace afk::json {
namespace {

std::string nested(int depth) { return std::string(depth, '[') + std::string(depth, ']'); }

TEST(UntrustedJson, DeepNestingIsRefusedWhileParsingNotByCrashing) {
  // ~300 KB nested 150,000 levels: well under the body limit, and deep enough
  // to overflow the stack of a recursive reader.
  const auto deep = parse_untrusted(nested(150'000));
  ASSERT_FALSE(deep);
  EXPECT_EQ(deep.error().code, "too_deep");
  EXPECT_EQ(deep.error().field, "body");
  std::string objects;
  for (int i = 0; i < 100'000; ++i) objects += "{\"a\":";
  const auto deep_objects = parse_untrusted(objects);
  ASSERT_FALSE(deep_objects);
  EXPECT_EQ(deep_objects.error().code, "too_deep");
  EXPECT_TRUE(parse_untrusted(nested(64)));
  EXPECT_FALSE(parse_untrusted(nested(65)));
}

TEST(UntrustedJson, InvalidUtf8AndMalformedTextAreNamed) {
  const auto bad_bytes = parse_untrusted("{\"name\": \"\xff\"}");
  ASSERT_FALSE(bad_bytes);
  EXPECT_EQ(bad_bytes.error().code, "invalid_utf8");
  const auto malformed = parse_untrusted("{\"name\": ");
  ASSERT_FALSE(malformed);
  EXPECT_EQ(malformed.error().code, "malformed_json");
  EXPECT_EQ(parse_untrusted("", "scenario").error().field, "scenario");
  // Beyond any double: nlohmann throws out_of_range, not parse_error (found by fuzz_http_request).
  const auto overflow = parse_untrusted(R"({"daily_tariff": 2e308})");
  ASSERT_FALSE(overflow);
  EXPECT_EQ(overflow.error().code, "number_out_of_range");
}

TEST(UntrustedJson, EveryStringAndNumberIsCheckedByItsPath) {
  const auto control = parse_untrusted(R"({"actors": [{"name": "Ok"}, {"name": "Bent\u0007"}]})");
  ASSERT_FALSE(control);
  EXPECT_EQ(control.error().code, "forbidden_character");
  EXPECT_EQ(control.error().field, "actors[1].name");
  const auto long_part = parse_untrusted(R"({"parties": ["A", ")" + std::string(201, 'x') + R"("]})");
  ASSERT_FALSE(long_part);
  EXPECT_EQ(long_part.error().field, "parties[1]");
  const auto money = parse_untrusted(R"({"daily_tariff": 1e308})");
  ASSERT_FALSE(money);
  EXPECT_EQ(money.error().code, "number_out_of_range");
  EXPECT_EQ(money.error().field, "daily_tariff");
  const auto huge_integer = parse_untrusted(R"({"citizen_id": 18446744073709551615})");
  ASSERT_FALSE(huge_integer);
  EXPECT_EQ(huge_integer.error().field, "citizen_id");
  const auto long_key = parse_untrusted("{\"" + std::string(100, 'k') + "\": 1}");
  ASSERT_FALSE(long_key);
  EXPECT_EQ(long_key.error().code, "invalid_field_name");
  const auto bare = parse_untrusted("\"" + std::string(300, 'x') + "\"");
  ASSERT_FALSE(bare);
  EXPECT_EQ(bare.error().field, "body");
}

TEST(UntrustedJson, OrdinaryPayloadsPassUnchanged) {
  const auto payload = parse_untrusted(R"({"name": "Søren Ærø", "note": "Linje 1\nLinje 2", "places": 8})");
  ASSERT_TRUE(payload);
  EXPECT_EQ(payload->at("note"), "Linje 1\nLinje 2");
  EXPECT_EQ(payload->at("places"), 8);
}

}  // namespace
}  // namespace afk::json
