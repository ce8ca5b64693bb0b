// The catalogue of prices and baselines and what a new version must satisfy
// live in core; the settings route only reads the request.
#include "core/numbers/price_settings.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace afk::numbers {
namespace {

TEST(PriceSettings, EveryCodeHasAKindAUnitAndADanishLabel) {
  ASSERT_EQ(price_setting_kinds().size(), 7u);
  for (const auto& kind : price_setting_kinds()) {
    EXPECT_EQ(find_price_setting_kind(kind.code), &kind);
    EXPECT_TRUE(kind.kind == "price" ? kind.unit == SettingUnit::kr_per_day
                                     : kind.unit == SettingUnit::days_per_course)
        << kind.code;
    EXPECT_FALSE(kind.label_da.empty());
  }
  EXPECT_EQ(find_price_setting_kind("coffee"), nullptr);
  EXPECT_EQ(find_price_setting_kind("awaiting_discharge_payment")->kind, "price");
}

TEST(PriceSettings, ANewVersionNeedsAValueInRangeAYearAndASource) {
  const PriceSettingKind& price = *find_price_setting_kind("awaiting_discharge_payment");
  EXPECT_TRUE(check_price_setting(price, 1976, 2016, "Sundhedsloven §238").ok());
  EXPECT_TRUE(check_price_setting(price, 0, 1990, "x").ok());
  EXPECT_TRUE(check_price_setting(price, 1e7, 2100, "x").ok());
  EXPECT_EQ(check_price_setting(price, -1, 2026, "x").error().field, "value");
  EXPECT_EQ(check_price_setting(price, 1e7 + 1, 2026, "x").error().field, "value");
  EXPECT_EQ(check_price_setting(price, std::nan(""), 2026, "x").error().field, "value");
  EXPECT_EQ(check_price_setting(price, 100, 1989, "x").error().field, "year");
  EXPECT_EQ(check_price_setting(price, 100, 2101, "x").error().field, "year");
  EXPECT_EQ(check_price_setting(price, 100, 2026, " \t").error().code, "required");
  const PriceSettingKind& baseline = *find_price_setting_kind("awaiting_discharge_days_per_course");
  EXPECT_TRUE(check_price_setting(baseline, 3650, 2026, "x").ok());
  EXPECT_EQ(check_price_setting(baseline, 3651, 2026, "x").error().field, "value")
      << "more than ten years per course is a typing error";
}

}  // namespace
}  // namespace afk::numbers
