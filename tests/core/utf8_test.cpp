#include "core/utf8.hpp"

#include <gtest/gtest.h>

namespace afk {
namespace {

TEST(Utf8, AcceptsWellFormedTextInEveryLength) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("Søren Ærø Åberg"));
  EXPECT_TRUE(is_valid_utf8("\xE2\x82\xAC"));          // € (3 bytes)
  EXPECT_TRUE(is_valid_utf8("\xF0\x9F\x98\x80"));      // 😀 (4 bytes)
  EXPECT_TRUE(is_valid_utf8("\xF4\x8F\xBF\xBF"));      // U+10FFFF, the last code point
  EXPECT_TRUE(is_valid_utf8(std::string("a\0b", 3)));  // NUL is UTF-8 (refused later, as a control character)
}

TEST(Utf8, RefusesEveryKindOfIllFormedSequence) {
  for (const char* bytes : {
           "\xff",              // never a UTF-8 byte
           "\x80",              // continuation without a lead
           "\xC3",              // lead without its continuation
           "\xC0\xAF",          // overlong "/"
           "\xE0\x80\xAF",      // overlong, 3 bytes
           "\xF0\x80\x80\xAF",  // overlong, 4 bytes
           "\xED\xA0\x80",      // a UTF-16 surrogate
           "\xF4\x90\x80\x80",  // above U+10FFFF
           "ok\xE2\x82",        // truncated at the end
       })
    EXPECT_FALSE(is_valid_utf8(bytes)) << testing::PrintToString(std::string(bytes));
}

TEST(Utf8, CountsCodePointsNotBytes) {
  EXPECT_EQ(count_code_points("æøå"), 3u);
  EXPECT_EQ(count_code_points("a\xF0\x9F\x98\x80"), 2u);
}

TEST(Utf8, NamesTheCharactersFreeTextMayNotHold) {
  EXPECT_EQ(first_forbidden_character("Line 1\nLine 2\tend", true), std::nullopt);
  EXPECT_EQ(first_forbidden_character("Line 1\nLine 2", false), U'\n');
  EXPECT_EQ(first_forbidden_character(std::string("a\0b", 3), true), U'\0');
  EXPECT_EQ(first_forbidden_character("bell\a", true), U'\a');
  EXPECT_EQ(first_forbidden_character("del\x7F", true), U'\x7F');
  EXPECT_EQ(first_forbidden_character("c1 \xC2\x85", true), U'\x85');
  EXPECT_EQ(first_forbidden_character("Anna \xE2\x80\xAEnesreteP", true),
            U'\u202E');  // right-to-left override
  EXPECT_EQ(first_forbidden_character("isolate \xE2\x81\xA6", true), U'\u2066');
  EXPECT_EQ(first_forbidden_character("Ærø – “citat” 😀", false), std::nullopt);
}

}  // namespace
}  // namespace afk
