#include "core/numbers/tariff_calculator.hpp"

#include <cmath>

#include "core/input_limits.hpp"
#include "core/numbers/danish_format.hpp"

namespace afk::numbers {

namespace {
const char* const agreement_source = "Styringsaftale 2022 for de nordjyske kommuner, takstregler §5";

Error field_error(std::string field, std::string message_da, std::string code = "invalid_value") {
  return make_error(ErrorKind::bad_input, std::move(code), std::move(message_da), std::move(field));
}

// The bounds of every amount are the input limits' (core/input_limits), so
// a caller without the JSON edge gets the same refusal.
Status check_request(const TariffRequest& request) {
  if (auto checked = check_number("places", static_cast<double>(request.places), "places"); !checked)
    return checked;
  if (request.places < 1) return field_error("places", "Antal pladser skal være mindst 1.");
  if (auto checked = check_number("budgeted_occupancy_percent", request.budgeted_occupancy_percent,
                                  "budgeted_occupancy_percent");
      !checked)
    return checked;
  if (!(request.budgeted_occupancy_percent > 0))
    return field_error("budgeted_occupancy_percent", "Belægningen skal være over 0 og højst 100 %.");
  const bool has_tariff = request.daily_tariff_kroner.has_value();
  if (has_tariff == request.budget_kroner.has_value())
    return field_error(has_tariff ? "budget" : "daily_tariff",
                       "Angiv enten døgntaksten (daily_tariff) eller budgettet (budget), ikke begge.",
                       "one_of");
  for (const auto& [field, amount] : {std::pair{"daily_tariff", request.daily_tariff_kroner},
                                      {"budget", request.budget_kroner},
                                      {"year_end_result", request.year_end_result_kroner}})
    if (amount)
      if (auto checked = check_number(field, *amount, field); !checked) return checked;
  return ok_status();
}

YearEndAnswer year_end_answer(Money budget, Money result) {
  YearEndAnswer answer{split_year_end_result(budget, result), {}};
  const YearEndSplit& split = answer.split;
  answer.explanation_da =
      split.surplus ? "Overskud op til 5 % af takstgrundlaget (" + format_kroner(split.within_limit) +
                          ") kan henlægges og bruges inden for 5 år; resten (" +
                          format_kroner(split.adjusts_next_tariff) + ") skal nedsætte taksten inden for 2 år."
                    : "Underskud op til 5 % af takstgrundlaget (" + format_kroner(split.within_limit) +
                          ") må ikke indregnes i taksten; resten (" +
                          format_kroner(split.adjusts_next_tariff) + ") skal forhøje taksten inden for 2 år.";
  return answer;
}
}  // namespace

Result<TariffCalculation> calculate_tariff(const TariffRequest& request) {
  AFK_CHECK(check_request(request));
  const int places = static_cast<int>(request.places);
  const BasisPoints occupancy{std::llround(request.budgeted_occupancy_percent * 100.0)};
  TariffCalculation calculation;
  calculation.expected_place_days = expected_place_days(places, occupancy);
  calculation.budget_computed = request.daily_tariff_kroner.has_value();
  if (calculation.budget_computed) {
    calculation.daily_tariff = Money::from_kroner(*request.daily_tariff_kroner);
    calculation.budget = budget_from_tariff(calculation.expected_place_days, calculation.daily_tariff);
  } else {
    calculation.budget = Money::from_kroner(*request.budget_kroner);
    calculation.daily_tariff =
        daily_tariff(calculation.budget, calculation.expected_place_days).value_or(Money{});
  }
  const std::string occupancy_da = format_danish_percent(request.budgeted_occupancy_percent, 2);
  calculation.calculation_da =
      std::to_string(places) + " pladser × 365 dage × " + occupancy_da + " = " +
      format_danish_decimal(calculation.expected_place_days, 2) + " forventede pladsdage; " +
      (calculation.budget_computed
           ? "budget = pladsdage × døgntakst " + format_kroner(calculation.daily_tariff) + " = " +
                 format_kroner(calculation.budget)
           : "døgntakst = budget " + format_kroner(calculation.budget) +
                 " ÷ pladsdage = " + format_kroner(calculation.daily_tariff));
  calculation.occupancy_note_da =
      budgeted_occupancy_note_da(occupancy, request.offer_kind, request.first_year);
  calculation.assumptions = {
      {"tariff_year_days", "Dage i takståret", "365 dage (også i skudår)", agreement_source, std::nullopt},
      {"budgeted_occupancy", "Budgetteret belægning", occupancy_da, "Indtastet", std::nullopt},
      {"occupancy_guidance", "Vejledende belægning",
       "95–100 % (anbefalet 95–98 %); mindst 90 % for korttids-, akut- og aflastningstilbud; lavere i et nyt "
       "tilbuds første år",
       agreement_source, std::nullopt}};
  if (request.year_end_result_kroner) {
    if (calculation.budget.ore <= 0)
      return field_error("year_end_result", "Et årsresultat kræver et budget over 0 kr.");
    calculation.year_end =
        year_end_answer(calculation.budget, Money::from_kroner(*request.year_end_result_kroner));
    calculation.assumptions.push_back({"year_end_limit", "Grænse for over-/underskud",
                                       "5 % af takstgrundlaget", agreement_source, std::nullopt});
  }
  return calculation;
}

StatedAssumption ata_formula_assumption() {
  return {"ata_formula", "Timepris for ATA",
          "timepris × (1 + tidspunktstillæg + variabel overhead + fraværskorrektion), afrundet til øre",
          "Styringsaftale 2022 for de nordjyske kommuner, takstregler", std::nullopt};
}

}  // namespace afk::numbers
