#include "core/numbers/tariff.hpp"

#include <gtest/gtest.h>

namespace afk::numbers {
namespace {

TEST(NumbersTariff, ExpectedPlaceDaysWorkedExamples) {
  EXPECT_DOUBLE_EQ(expected_place_days(2, BasisPoints::percent(80)), 584.0);  // POLARIS 2023, 2 places
  EXPECT_DOUBLE_EQ(expected_place_days(1, BasisPoints::percent(60)), 219.0);  // 1 guest bed
  EXPECT_DOUBLE_EQ(expected_place_days(3, BasisPoints::percent(95)), 1040.25);
}

TEST(NumbersTariff, TariffYearIs365DaysEvenInLeapYears) {
  // No year parameter exists to get wrong: a leap year budget uses 365 as well.
  EXPECT_EQ(tariff_year_days, 365);
  EXPECT_DOUBLE_EQ(expected_place_days(1, BasisPoints::percent(100)), 365.0);
}

TEST(NumbersTariff, BudgetFromDaysAndTariffWorkedExamples) {
  EXPECT_EQ(budget_from_tariff(584, Money::kroner(1243)), Money::kroner(725912));
  EXPECT_EQ(budget_from_tariff(219, Money::kroner(431)), Money::kroner(94389));
}

TEST(NumbersTariff, DailyTariffIsBudgetOverExpectedDaysRoundedToOre) {
  EXPECT_EQ(daily_tariff(Money::kroner(725912), 584), Money::kroner(1243));
  EXPECT_EQ(daily_tariff(Money::kroner(94389), 219), Money::kroner(431));
  // 1.000.000 kr. / 1040.25 days = 961.307378... kr. -> 961,31 kr.
  EXPECT_EQ(daily_tariff(Money::kroner(1000000), 1040.25), Money::from_ore(96131));
  EXPECT_FALSE(daily_tariff(Money::kroner(1000), 0).has_value());
}

TEST(NumbersTariff, SurplusWorkedExample) {
  const auto split = split_year_end_result(Money::kroner(8000000), Money::kroner(770000));
  EXPECT_TRUE(split.surplus);
  EXPECT_EQ(split.limit, Money::kroner(400000));
  EXPECT_EQ(split.within_limit, Money::kroner(400000));         // set aside
  EXPECT_EQ(split.adjusts_next_tariff, Money::kroner(370000));  // reduces the next tariff
  EXPECT_NEAR(split.percent_of_base, 9.625, 1e-12);             // "9.6 %"
}

TEST(NumbersTariff, SmallSurplusAndDeficits) {
  const auto small = split_year_end_result(Money::kroner(8000000), Money::kroner(300000));
  EXPECT_EQ(small.within_limit, Money::kroner(300000));
  EXPECT_EQ(small.adjusts_next_tariff, Money{});
  const auto exactly_five = split_year_end_result(Money::kroner(8000000), Money::kroner(400000));
  EXPECT_EQ(exactly_five.adjusts_next_tariff, Money{});
  const auto deficit = split_year_end_result(Money::kroner(8000000), -Money::kroner(500000));
  EXPECT_FALSE(deficit.surplus);
  EXPECT_EQ(deficit.amount, Money::kroner(500000));
  EXPECT_EQ(deficit.within_limit, Money::kroner(400000));         // may not go into the tariff
  EXPECT_EQ(deficit.adjusts_next_tariff, Money::kroner(100000));  // must raise it
}

TEST(NumbersTariff, LimitIsRoundedDownToTheOre) {
  // 5 % of 0,39 kr. is 1,95 øre: the limit may not exceed 5 %, so 1 øre.
  const auto split = split_year_end_result(Money::from_ore(39), Money::from_ore(10));
  EXPECT_EQ(split.limit, Money::from_ore(1));
  EXPECT_EQ(split.adjusts_next_tariff, Money::from_ore(9));
}

TEST(NumbersTariff, AtaHourlyRateAndWeeklyPriceWorkedExample) {
  const Money rate =
      ata_hourly_rate({Money::kroner(206), BasisPoints{2500}, BasisPoints{500}, BasisPoints{3300}});
  EXPECT_EQ(rate, Money::from_ore(33578));                           // 335,78 kr.
  EXPECT_EQ(ata_weekly_price(rate, 30, 5), Money::from_ore(83945));  // 839,45 kr.
  EXPECT_EQ(ata_weekly_price(rate, 60, 1), rate);
  // As the API, the command and the page ask for it: kroner and percent as typed.
  const AtaCalculation calculation = calculate_ata({206, 25, 5, 33, 30, 5});
  EXPECT_EQ(calculation.hourly_rate, rate);
  EXPECT_EQ(calculation.weekly_price, Money::from_ore(83945));
  EXPECT_EQ(calculation.hourly_da, "206,00 kr. × (1 + 25 % + 5 % + 33 %) = 335,78 kr. i timen");
  EXPECT_EQ(calculation.weekly_da, "335,78 kr. × 30 min. ÷ 60 × 5 dage = 839,45 kr. om ugen");
  EXPECT_FALSE(calculate_ata({206, 25, 5, 33, std::nullopt, std::nullopt}).weekly_price);
}

TEST(NumbersTariff, RoundingIsHalfAwayFromZero) {
  EXPECT_EQ(divide_rounded(5, 2), 3);
  EXPECT_EQ(divide_rounded(-5, 2), -3);
  EXPECT_EQ(divide_rounded(4, 3), 1);
  EXPECT_EQ(divide_rounded(5, 3), 2);
  EXPECT_EQ(divide_rounded(5, -2), -3);
  // 1 øre hourly rate, 1 minute a day, 30 days: 0.5 øre -> 1 øre.
  EXPECT_EQ(ata_weekly_price(Money::from_ore(1), 1, 30), Money::from_ore(1));
  EXPECT_EQ(share_of(Money::from_ore(15), BasisPoints::percent(10)), Money::from_ore(2));  // 1.5 -> 2
}

TEST(NumbersTariff, BudgetedOccupancyGuidance) {
  EXPECT_FALSE(budgeted_occupancy_note_da(BasisPoints::percent(96), OfferKind::regular, false).has_value());
  EXPECT_TRUE(budgeted_occupancy_note_da(BasisPoints::percent(80), OfferKind::regular, false).has_value());
  EXPECT_FALSE(budgeted_occupancy_note_da(BasisPoints::percent(80), OfferKind::regular, true).has_value());
  EXPECT_FALSE(
      budgeted_occupancy_note_da(BasisPoints::percent(90), OfferKind::short_stay_acute_or_respite, false)
          .has_value());
  EXPECT_TRUE(
      budgeted_occupancy_note_da(BasisPoints::percent(89), OfferKind::short_stay_acute_or_respite, false)
          .has_value());
  EXPECT_TRUE(budgeted_occupancy_note_da(BasisPoints::percent(99), OfferKind::regular, false).has_value());
}

}  // namespace
}  // namespace afk::numbers
