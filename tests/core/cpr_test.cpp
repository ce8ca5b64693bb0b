#include "core/cpr.hpp"

#include <gtest/gtest.h>

namespace afk {
namespace {

TEST(Cpr, ParsesTheMedComTestCitizen) {
  auto cpr = parse_cpr("250947-9989");
  ASSERT_TRUE(cpr.ok());
  EXPECT_EQ(cpr->digits, "2509479989");
  EXPECT_EQ(cpr->birth_date, *Date::parse_iso("1947-09-25"));
  EXPECT_EQ(format_cpr(cpr.value()), "250947-9989");
  EXPECT_EQ(parse_cpr("2509479989").value(), cpr.value());
}

TEST(Cpr, DoesNotRequireModulus11) {
  // 250947-9989 itself fails modulus 11; numbers issued since 2007 may too.
  EXPECT_TRUE(parse_cpr("250947-9989").ok());
}

TEST(Cpr, RefusesBadFormats) {
  for (const char* text :
       {"", "250947", "25094-79989", "250947 9989", "25O947-9989", "250947-99890", "2509479-989"}) {
    auto cpr = parse_cpr(text);
    ASSERT_FALSE(cpr.ok()) << text;
    EXPECT_EQ(cpr.error().code, "cpr_format") << text;
    EXPECT_EQ(cpr.error().kind, ErrorKind::bad_input);
    EXPECT_EQ(cpr.error().field, "cpr");
  }
}

TEST(Cpr, RefusesImpossibleBirthDates) {
  for (const char* text : {"300247-9989", "320147-9989", "251347-9989", "000147-9989", "290223-4000"}) {
    auto cpr = parse_cpr(text);
    ASSERT_FALSE(cpr.ok()) << text;
    EXPECT_EQ(cpr.error().code, "cpr_date") << text;
  }
}

TEST(Cpr, AppliesTheCenturyRuleOfTheSeventhDigit) {
  EXPECT_EQ(cpr_birth_year(10, 0), 1910);
  EXPECT_EQ(cpr_birth_year(99, 3), 1999);
  EXPECT_EQ(cpr_birth_year(36, 4), 2036);
  EXPECT_EQ(cpr_birth_year(37, 4), 1937);
  EXPECT_EQ(cpr_birth_year(36, 9), 2036);
  EXPECT_EQ(cpr_birth_year(37, 9), 1937);
  EXPECT_EQ(cpr_birth_year(57, 5), 2057);
  EXPECT_EQ(cpr_birth_year(58, 5), 1858);
  EXPECT_EQ(cpr_birth_year(0, 8), 2000);
  EXPECT_EQ(cpr_birth_year(99, 8), 1899);
}

TEST(Cpr, LeapDayDependsOnTheCentury) {
  // 29 Feb 1900 does not exist (7th digit 0–3 → 1900); 2000 (digit 5–8) does.
  EXPECT_EQ(parse_cpr("290200-1000").error().code, "cpr_date");
  EXPECT_TRUE(Date::from_ymd(cpr_birth_year(0, 5), 2, 29).has_value());
}

}  // namespace
}  // namespace afk
