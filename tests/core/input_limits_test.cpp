#include "core/input_limits.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <set>

namespace afk {
namespace {

TEST(InputLimits, NotesAreFreeTextNamesOneLine) {
  EXPECT_EQ(text_limit("note").kind, TextKind::free_text);
  EXPECT_EQ(text_limit("note").max_characters, 10'000u);
  EXPECT_EQ(text_limit("name").kind, TextKind::single_line);
  EXPECT_EQ(text_limit("name").max_characters, default_text_limit);
  EXPECT_EQ(text_limit("a_field_nobody_declared").max_characters, default_text_limit);
}

TEST(InputLimits, TextTooLongIsRefusedByCharactersNotBytes) {
  EXPECT_TRUE(check_text("name", std::string(200, 'x'), "name"));
  std::string danish;
  for (int i = 0; i < 200; ++i) danish += "ø";  // 400 bytes, 200 characters
  EXPECT_TRUE(check_text("name", danish, "name"));
  const Status too_long = check_text("name", std::string(900'000, 'x'), "name");
  ASSERT_FALSE(too_long);
  EXPECT_EQ(too_long.error().code, "text_too_long");
  EXPECT_EQ(too_long.error().field, "name");
  EXPECT_NE(too_long.error().message.find("200"), std::string::npos) << too_long.error().message;
  EXPECT_NE(too_long.error().message.find("900.000"), std::string::npos) << "Danish thousands separator";
  EXPECT_FALSE(check_text("note", std::string(10'001, 'x'), "actors[0].note"));
}

TEST(InputLimits, ControlAndDirectionCharactersAreRefusedLineBreaksOnlyInFreeText) {
  EXPECT_TRUE(check_text("note", "Første linje\r\nAnden\tlinje", "note"));
  for (const std::string& name : {std::string("Anna\0", 5), std::string("Bent\a"), std::string("Carl\nDahl"),
                                  std::string("Dorte \xE2\x80\xAE"
                                              "nesreteP")}) {
    const Status refused = check_text("name", name, "name");
    ASSERT_FALSE(refused) << testing::PrintToString(name);
    EXPECT_EQ(refused.error().code, "forbidden_character");
    EXPECT_EQ(refused.error().field, "name");
  }
  const Status bad_bytes = check_text("name", "\xff", "name");
  ASSERT_FALSE(bad_bytes);
  EXPECT_EQ(bad_bytes.error().code, "invalid_utf8");
}

TEST(InputLimits, NumbersAreBoundedPerFieldAndEverywhere) {
  EXPECT_TRUE(check_number("daily_tariff", 2'350.5, "daily_tariff"));
  const Status huge = check_number("daily_tariff", 1e308, "daily_tariff");
  ASSERT_FALSE(huge);
  EXPECT_EQ(huge.error().code, "number_out_of_range");
  EXPECT_EQ(huge.error().field, "daily_tariff");
  EXPECT_NE(huge.error().message.find("1.000.000"), std::string::npos) << huge.error().message;
  EXPECT_FALSE(check_number("daily_tariff", -1, "daily_tariff"));
  EXPECT_FALSE(check_number("places", 10'001, "places"));
  // The planner adds at most 1,000 rows after the target is met (json/scenario_json reads this limit).
  EXPECT_FALSE(check_number("extra_places", 1'001, "plan.extra_places"));
  EXPECT_TRUE(check_number("extra_places", 1'000, "plan.extra_places"));
  EXPECT_FALSE(check_number("budgeted_occupancy_percent", 100.5, "budgeted_occupancy_percent"));
  // Ids of any name are whole, non-negative and exact in every JSON reader.
  EXPECT_TRUE(check_number("citizen_id", 9007199254740991.0, "citizen_id"));
  EXPECT_FALSE(check_number("citizen_id", -4, "citizen_id"));
  EXPECT_FALSE(check_number("citizen_id", 1e19, "citizen_id"));
  // A field nobody declared is still bounded, and NaN or infinity is never in range.
  EXPECT_TRUE(check_number("some_count", 1e9, "some_count"));
  EXPECT_FALSE(check_number("some_count", 1e12, "some_count"));
  EXPECT_FALSE(check_number("some_count", std::numeric_limits<double>::infinity(), "some_count"));
  EXPECT_FALSE(check_number("some_count", std::nan(""), "some_count"));
}

TEST(InputLimits, NoProductOfTwoBoundedMoneyFieldsOverflowsAnOreAmount) {
  // budget = place-days × tariff: the largest of each, in øre, stays within int64.
  const double largest_place_days = 10'000.0 * 366;
  const double ore = largest_place_days * number_limit("daily_tariff").maximum * 100;
  EXPECT_LT(ore, static_cast<double>(std::numeric_limits<std::int64_t>::max()));
  EXPECT_LT(number_limit("budget").maximum * 100,
            static_cast<double>(std::numeric_limits<std::int64_t>::max()));
}

TEST(InputLimits, EachFieldIsDeclaredOnce) {
  std::set<std::string_view> fields;
  for (const TextLimit& limit : declared_text_limits())
    EXPECT_TRUE(fields.insert(limit.field).second) << limit.field;
  fields.clear();
  for (const NumberLimit& limit : declared_number_limits()) {
    EXPECT_TRUE(fields.insert(limit.field).second) << limit.field;
    EXPECT_LT(limit.minimum, limit.maximum) << limit.field;
  }
}

TEST(InputLimits, FieldNamesAreShortPrintableText) {
  EXPECT_TRUE(check_field_name("home_municipality_id", ""));
  EXPECT_FALSE(check_field_name(std::string(65, 'k'), ""));
  EXPECT_FALSE(check_field_name("\xff", ""));
  EXPECT_FALSE(check_field_name("a\nb", ""));
  EXPECT_FALSE(check_field_name("", ""));
}

}  // namespace
}  // namespace afk
