#include "security/password_policy.hpp"

#include <gtest/gtest.h>

namespace afk::security {
namespace {

const PasswordContext admin{"admin", "Anne Administrator", ""};

TEST(PasswordPolicy, RefusesThePasswordsThatWereAcceptedBefore) {
  for (const char* weak :
       {"aaaaaaaaaaaa", "password1234", "adminadminadmin", "123456789012", "Password1234"}) {
    const auto problem = password_problem_da(weak, admin);
    ASSERT_TRUE(problem.has_value()) << weak << " was accepted";
    EXPECT_FALSE(problem->empty());
  }
}

TEST(PasswordPolicy, SaysWhyInDanish) {
  EXPECT_NE(password_problem_da("kort-kode", admin)->find("mindst 12 tegn"), std::string::npos);
  EXPECT_NE(password_problem_da("xyz-admin-xyz-9", admin)->find("brugernavnet"), std::string::npos);
  EXPECT_NE(password_problem_da("Xq7#tttttttLm", admin)->find("gentagelser"), std::string::npos);
  EXPECT_NE(password_problem_da("Anne-Administrator-1", admin)->find("navn"), std::string::npos);
  EXPECT_NE(password_problem_da("password1234", admin)->find("ordbog"), std::string::npos);
}

TEST(PasswordPolicy, CountsCharactersNotBytes) {
  // Eleven characters, 14 bytes: too short however it is counted in bytes.
  EXPECT_TRUE(password_problem_da("æøå-Kl8q-Zt", admin).has_value());
}

TEST(PasswordPolicy, AcceptsALongPhraseOfUnrelatedWords) {
  EXPECT_EQ(password_problem_da("Grøn hest løber 7 km i regn", admin), std::nullopt);
  EXPECT_EQ(password_problem_da("tusch-Kamel-9-vinter-Blå", admin), std::nullopt);
}

TEST(PasswordPolicy, TheNewPasswordMustDifferFromTheOld) {
  const PasswordContext changing{"kim", "Kim Hansen", "tusch-Kamel-9-vinter-Blå"};
  EXPECT_TRUE(password_problem_da("tusch-Kamel-9-vinter-Blå", changing).has_value());
  EXPECT_EQ(password_problem_da("Grøn hest løber 7 km i regn", changing), std::nullopt);
}

}  // namespace
}  // namespace afk::security
