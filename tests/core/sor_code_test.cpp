// A ward's SOR code: digits, and one ward per code, so a hospital's message finds one ward.
#include "core/sor_code.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace afk {
namespace {

TEST(SorCode, DigitsOnlyAndOneWardPerCode) {
  const std::vector<Ward> wards{{1, 0, 1, "Afsnit P1", true, "100000000000001"},
                                {2, 0, 1, "Afsnit P2", true}};
  const auto set = set_sor_code(wards[1], "100000000000002", wards);
  ASSERT_TRUE(set);
  EXPECT_EQ(set->sor_code, "100000000000002");
  EXPECT_EQ(set_sor_code(wards[1], "100000000000001", wards).error().code, "sor_code_taken");
  EXPECT_TRUE(set_sor_code(wards[0], "100000000000001", wards)) << "a ward keeps its own code";
  for (const char* bad : {"", "12a", " 123", "123456789012345678901", "१२३"})
    EXPECT_EQ(set_sor_code(wards[1], std::string(bad), wards).error().code, "invalid_sor_code") << bad;
  EXPECT_FALSE(set_sor_code(wards[0], std::nullopt, wards)->sor_code) << "a code can be taken away";
}

}  // namespace
}  // namespace afk
