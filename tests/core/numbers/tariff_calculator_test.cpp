// The tariff calculator as the API and the economics page ask it: the
// worked examples of the Styringsaftale, the Danish calculation, and each
// refusal naming the field at fault.
#include "core/numbers/tariff_calculator.hpp"

#include <gtest/gtest.h>

namespace afk::numbers {
namespace {

TariffRequest polaris() {  // POLARIS 2023: 2 places at 80 %, 1.243 kr. a day
  TariffRequest request;
  request.places = 2;
  request.budgeted_occupancy_percent = 80;
  request.daily_tariff_kroner = 1243;
  return request;
}

TEST(TariffCalculator, BudgetFromTheDailyTariff) {
  const TariffCalculation calculation = calculate_tariff(polaris()).value();
  EXPECT_DOUBLE_EQ(calculation.expected_place_days, 584.0);
  EXPECT_EQ(calculation.budget, Money::from_ore(72591200));
  EXPECT_TRUE(calculation.budget_computed);
  EXPECT_EQ(calculation.calculation_da,
            "2 pladser × 365 dage × 80,00 % = 584,00 forventede pladsdage; budget = pladsdage × døgntakst "
            "1.243,00 kr. = 725.912,00 kr.");
  EXPECT_TRUE(calculation.occupancy_note_da) << "80 % is below the guidance";
  EXPECT_FALSE(calculation.year_end);
}

TEST(TariffCalculator, DailyTariffFromTheBudgetAndTheYearEndSplit) {
  TariffRequest request;
  request.places = 10;
  request.budgeted_occupancy_percent = 97;
  request.budget_kroner = 8'000'000;
  request.year_end_result_kroner = 770'000;
  const TariffCalculation calculation = calculate_tariff(request).value();
  EXPECT_FALSE(calculation.budget_computed);
  EXPECT_FALSE(calculation.occupancy_note_da) << "97 % is within the guidance";
  ASSERT_TRUE(calculation.year_end);
  EXPECT_EQ(calculation.year_end->split.within_limit, Money::from_ore(40000000));
  EXPECT_EQ(calculation.year_end->explanation_da,
            "Overskud op til 5 % af takstgrundlaget (400.000,00 kr.) kan henlægges og bruges inden for 5 år; "
            "resten (370.000,00 kr.) skal nedsætte taksten inden for 2 år.");
  EXPECT_EQ(calculation.assumptions.back().code, "year_end_limit");
}

TEST(TariffCalculator, EachRefusalNamesTheField) {
  auto field_of = [](TariffRequest request) {
    auto calculation = calculate_tariff(request);
    return calculation ? std::string("accepted") : calculation.error().field;
  };
  TariffRequest request = polaris();
  request.places = 0;
  EXPECT_EQ(field_of(request), "places");
  request = polaris();
  request.places = 10'001;
  EXPECT_EQ(field_of(request), "places");
  request = polaris();
  request.budgeted_occupancy_percent = 0;
  EXPECT_EQ(field_of(request), "budgeted_occupancy_percent");
  request = polaris();
  request.budget_kroner = 1;
  EXPECT_EQ(field_of(request), "budget") << "both the tariff and the budget";
  request = polaris();
  request.daily_tariff_kroner.reset();
  EXPECT_EQ(field_of(request), "daily_tariff") << "neither";
  request = polaris();
  request.daily_tariff_kroner = 1e308;
  EXPECT_EQ(field_of(request), "daily_tariff") << "beyond the input limit, never an overflow";
  request = polaris();
  request.daily_tariff_kroner = 0;
  request.year_end_result_kroner = 100;
  EXPECT_EQ(field_of(request), "year_end_result") << "a result needs a budget above 0";
}

}  // namespace
}  // namespace afk::numbers
