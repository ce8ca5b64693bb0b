// SOR codes: digits, and one ward or unit per code, so a hospital's message finds one.
#include "core/sor_code.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace afk {
namespace {

TEST(SorCode, DigitsOnlyAndOneWardPerCode) {
  const std::vector<Ward> wards{{1, 0, 1, "Afsnit P1", true, "100000000000001"},
                                {2, 0, 1, "Afsnit P2", true}};
  const auto holders = sor_code_holders(wards, {});
  const auto set = set_sor_code(wards[1], "100000000000002", holders);
  ASSERT_TRUE(set);
  EXPECT_EQ(set->sor_code, "100000000000002");
  EXPECT_EQ(set_sor_code(wards[1], "100000000000001", holders).error().code, "sor_code_taken");
  EXPECT_TRUE(set_sor_code(wards[0], "100000000000001", holders)) << "a ward keeps its own code";
  for (const char* bad : {"", "12a", " 123", "123456789012345678901", "१२३"})
    EXPECT_EQ(set_sor_code(wards[1], std::string(bad), holders).error().code, "invalid_sor_code") << bad;
  EXPECT_FALSE(set_sor_code(wards[0], std::nullopt, holders)->sor_code) << "a code can be taken away";
}

TEST(SorCode, WardsAndUnitsShareOneRegister) {
  const std::vector<Ward> wards{{1, 0, 1, "Afsnit P1", true, "100000000000001"}};
  Unit unit;
  unit.id = 1;  // the same id as the ward: still another organisation
  unit.name = "Afklaringspladsen";
  unit.sor_code = "200000000000001";
  const std::vector<Unit> units{unit};
  const auto holders = sor_code_holders(wards, units);
  EXPECT_EQ(set_sor_code(unit, "100000000000001", holders).error().code, "sor_code_taken")
      << "a unit cannot take a ward's code";
  EXPECT_EQ(set_sor_code(wards[0], "200000000000001", holders).error().code, "sor_code_taken")
      << "nor a ward a unit's";
  const auto kept = set_sor_code(unit, "200000000000001", holders);
  ASSERT_TRUE(kept) << "the unit keeps its own code";
  EXPECT_EQ(kept->sor_code, "200000000000001");
}

}  // namespace
}  // namespace afk
