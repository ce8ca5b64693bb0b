// Tariff rules of the Styringsaftale (numbers.md "Economics"): expected
// place-days, daily tariff, the 5 % surplus/deficit rule and the hourly rate
// for add-on support (ATA).
#pragma once

#include <optional>
#include <string>

#include "core/numbers/money.hpp"

namespace afk::numbers {

// The tariff year is 365 days, also in leap years.
inline constexpr int tariff_year_days = 365;

// places × 365 × budgeted occupancy, e.g. 2 places at 80 % -> 584.
// A double because e.g. 3 places at 95 % give 1040.25 days.
double expected_place_days(int places, BasisPoints budgeted_occupancy);

// Budget ÷ expected place-days, rounded to the øre; nullopt when there are no
// expected place-days.
std::optional<Money> daily_tariff(Money total_budget, double expected_place_days);

// Expected place-days × daily tariff, rounded to the øre (584 × 1.243 kr. = 725.912 kr.).
Money budget_from_tariff(double expected_place_days, Money daily_tariff);

enum class OfferKind { regular, short_stay_acute_or_respite };

// A Danish note when the budgeted occupancy is outside the guidance: normally
// 95–100 % (recommended 95–98 %); at least 90 % for short stays, acute or
// respite offers; a new offer may budget lower in its first year.
std::optional<std::string> budgeted_occupancy_note_da(BasisPoints occupancy, OfferKind kind, bool first_year);

// Year-end result against the tariff base. Within the limit (5 %): a surplus
// may be set aside (to be used within 5 years); a deficit may not be put into
// the tariff. Above the limit: a surplus must reduce, a deficit raise, the
// tariff within 2 years.
struct YearEndSplit {
  bool surplus = true;         // false = deficit
  Money amount;                // the size of the surplus or deficit (never negative)
  double percent_of_base = 0;  // amount ÷ base × 100
  Money limit;                 // 5 % of the base, rounded down to the øre
  Money within_limit;          // surplus: may be set aside; deficit: may not go into the tariff
  Money adjusts_next_tariff;   // surplus: reduces the tariff; deficit: raises it
};

// `result` > 0 is a surplus, < 0 a deficit (e.g. budget 8.000.000 kr., result
// +770.000 kr. -> 400.000 kr. set aside, 370.000 kr. reduces the next tariff).
YearEndSplit split_year_end_result(Money tariff_base, Money result,
                                   BasisPoints limit_share = BasisPoints::percent(5));

// Hourly rate for add-on support = hour cost × (1 + d + vfo + a), with d the
// time-of-day supplement, vfo variable overhead and a the absence correction,
// rounded to the øre. Example: 206 × (1 + 0.25 + 0.05 + 0.33) = 335,78 kr.
struct AtaRateInputs {
  Money hour_cost;
  BasisPoints time_of_day_supplement;  // d, e.g. 2500 for 0.25
  BasisPoints variable_overhead;       // vfo
  BasisPoints absence_correction;      // a
};
Money ata_hourly_rate(const AtaRateInputs& inputs);

// Price of a week of support: hourly rate × minutes a day ÷ 60 × days a week,
// rounded to the øre. Half an hour, 5 days: 5 × 335,78 ÷ 2 = 839,45 kr.
Money ata_weekly_price(Money hourly_rate, int minutes_per_day, int days_per_week);

// What a user asks the ATA calculator (kroner and percent, as typed), checked
// once for the API, the command and the page. Fields are the API's names.
struct AtaRequest {
  double hour_cost_kroner = 0.0;
  double time_of_day_supplement_percent = 0.0;
  double variable_overhead_percent = 0.0;
  double absence_correction_percent = 0.0;
  std::optional<int> minutes_per_day;  // with days_per_week: also the weekly price
  std::optional<int> days_per_week;
};
struct AtaProblem {
  std::string field;
  std::string message_da;
};
std::optional<AtaProblem> ata_request_problem(const AtaRequest& request);

// The answer to a request without problems: the hourly rate, the weekly price
// when minutes and days were given, and the calculations in Danish as the
// API, the command and the page show them:
// "206,00 kr. × (1 + 25 % + 5 % + 33 %) = 335,78 kr. i timen" and
// "335,78 kr. × 30 min. ÷ 60 × 5 dage = 839,45 kr. om ugen".
struct AtaCalculation {
  Money hourly_rate;
  std::string hourly_da;
  std::optional<Money> weekly_price;
  std::optional<std::string> weekly_da;
};
AtaCalculation calculate_ata(const AtaRequest& request);

}  // namespace afk::numbers
