// The tariff calculator of the Styringsaftale as the API and the economics
// page use it: from places, budgeted occupancy and either the daily tariff or
// the budget, the other one, the guidance on occupancy and, with a year-end
// result, its split at 5 % — each with the calculation in Danish and the
// assumptions it rests on.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/enum_codes.hpp"
#include "core/numbers/tariff.hpp"
#include "core/result.hpp"

namespace afk::numbers {

// What a user asks, in kroner and percent as typed. Exactly one of the daily
// tariff and the budget; the field names are the API's.
struct TariffRequest {
  std::int64_t places = 0;
  double budgeted_occupancy_percent = 0.0;
  std::optional<double> daily_tariff_kroner;
  std::optional<double> budget_kroner;
  std::optional<double> year_end_result_kroner;
  OfferKind offer_kind = OfferKind::regular;
  bool first_year = false;
};

// An assumption an answer rests on, with its source (and year, when dated).
struct StatedAssumption {
  std::string code;
  std::string label_da;
  std::string value;
  std::string source;
  std::optional<int> year;
};

struct YearEndAnswer {
  YearEndSplit split;
  std::string explanation_da;
};

struct TariffCalculation {
  double expected_place_days = 0.0;
  Money daily_tariff;
  Money budget;
  bool budget_computed = true;  // false: the daily tariff was computed from the budget
  // "2 pladser × 365 dage × 80 % = 584,00 forventede pladsdage; budget = …"
  std::string calculation_da;
  std::optional<std::string> occupancy_note_da;
  std::optional<YearEndAnswer> year_end;
  std::vector<StatedAssumption> assumptions;
};

// bad_input naming the field: places outside 1–10,000, occupancy not above 0
// or above 100 %, both or neither of tariff and budget, a negative amount, a
// year-end result without a budget above 0 kr.
Result<TariffCalculation> calculate_tariff(const TariffRequest& request);

// The formula the ATA answer rests on.
StatedAssumption ata_formula_assumption();

}  // namespace afk::numbers

namespace afk {
template <>
struct EnumCodes<numbers::OfferKind> {
  static constexpr std::array<EnumText<numbers::OfferKind>, 2> table{{
      {numbers::OfferKind::regular, "regular", "Almindeligt tilbud"},
      {numbers::OfferKind::short_stay_acute_or_respite, "short_stay_acute_or_respite",
       "Korttids-, akut- eller aflastningstilbud"},
  }};
};
}  // namespace afk
