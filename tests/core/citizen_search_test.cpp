#include "core/citizen_search.hpp"

#include <gtest/gtest.h>

namespace afk {
namespace {

using Words = std::vector<std::string>;

TEST(CitizenSearch, NameWordsAreLowerCaseAndSplitOnSpacesAndHyphens) {
  EXPECT_EQ(name_search_words("Mette  Hansen-Jensen"), (Words{"mette", "hansen", "jensen"}));
  EXPECT_EQ(name_search_words(""), Words{});
  EXPECT_EQ(name_search_words(" - , "), Words{});
}

TEST(CitizenSearch, DanishLettersMatchTheirTwoLetterSpellings) {
  EXPECT_EQ(name_search_words("Åge Ærø Søren"), (Words{"aage", "aeroe", "soeren"}));
  EXPECT_EQ(name_search_words("Aage Aerø Soeren"), (Words{"aage", "aeroe", "soeren"}));
  // The Swedish and German forms of æ and ø are the same search letters.
  EXPECT_EQ(name_search_words("Sören Bräuner"), (Words{"soeren", "braeuner"}));
}

TEST(CitizenSearch, AccentsAreIgnored) {
  EXPECT_EQ(name_search_words("José Müller Łukasz Šimić Gößling Chloë"),
            (Words{"jose", "muller", "lukasz", "simic", "goessling", "chloe"}));
  EXPECT_EQ(name_search_words("ĞÜLŞEN Œdipus"), (Words{"gulsen", "oedipus"}));
}

TEST(CitizenSearch, ApostrophesJoinAndOtherCharactersSeparate) {
  EXPECT_EQ(name_search_words("O'Brien O’Neill"), (Words{"obrien", "oneill"}));
  EXPECT_EQ(name_search_words("Anna×Bo (Li)"), (Words{"anna", "bo", "li"}));
  // Invalid UTF-8 and letters of other scripts separate; they never become search letters.
  EXPECT_EQ(name_search_words("Ib\xff\xfeLa"), (Words{"ib", "la"}));
  EXPECT_EQ(name_search_words("Анна Ib"), (Words{"ib"}));
}

TEST(CitizenSearch, AWholeCprNumberIsACprQuery) {
  EXPECT_EQ(cpr_query_digits("010190-1234"), "0101901234");
  EXPECT_EQ(cpr_query_digits(" 0101901234 "), "0101901234");
  EXPECT_EQ(cpr_query_digits("010190"), std::nullopt);       // part of a number: not a CPR query
  EXPECT_EQ(cpr_query_digits("320190-1234"), std::nullopt);  // no such birth date
  EXPECT_EQ(cpr_query_digits("Hansen"), std::nullopt);
}

}  // namespace
}  // namespace afk
