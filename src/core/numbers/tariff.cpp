#include "core/numbers/tariff.hpp"

#include <algorithm>
#include <cmath>

#include "core/numbers/danish_format.hpp"

namespace afk::numbers {

double expected_place_days(int places, BasisPoints budgeted_occupancy) {
  // One division of an exact integer product: 2 × 365 × 8000 / 10000 is exactly 584.
  return static_cast<double>(static_cast<std::int64_t>(places) * tariff_year_days *
                             budgeted_occupancy.value) /
         10000.0;
}

std::optional<Money> daily_tariff(Money total_budget, double expected_place_days) {
  if (!(expected_place_days > 0)) return std::nullopt;
  return Money{
      static_cast<std::int64_t>(std::llround(static_cast<double>(total_budget.ore) / expected_place_days))};
}

Money budget_from_tariff(double expected_place_days, Money daily_tariff) {
  return times_rounded(daily_tariff, expected_place_days);
}

std::optional<std::string> budgeted_occupancy_note_da(BasisPoints occupancy, OfferKind kind,
                                                      bool first_year) {
  if (occupancy > BasisPoints::percent(100)) return "Budgetteret belægning over 100 % er ikke mulig.";
  const BasisPoints floor =
      kind == OfferKind::short_stay_acute_or_respite ? BasisPoints::percent(90) : BasisPoints::percent(95);
  if (occupancy < floor) {
    if (first_year) return std::nullopt;  // a new offer may budget lower in year 1
    return kind == OfferKind::short_stay_acute_or_respite
               ? "Korttids-, akut- og aflastningstilbud budgetteres normalt med mindst 90 % belægning."
               : "Budgetteret belægning er normalt 95–100 % (anbefalet 95–98 %).";
  }
  if (kind == OfferKind::regular && occupancy > BasisPoints::percent(98))
    return "Over den anbefalede budgetterede belægning på 95–98 %.";
  return std::nullopt;
}

YearEndSplit split_year_end_result(Money tariff_base, Money result, BasisPoints limit_share) {
  YearEndSplit split;
  split.surplus = result.ore >= 0;
  split.amount = Money{result.ore >= 0 ? result.ore : -result.ore};
  if (tariff_base.ore != 0)
    split.percent_of_base =
        100.0 * static_cast<double>(split.amount.ore) / static_cast<double>(tariff_base.ore);
  // "Up to 5 %": round the limit down so it never exceeds 5 %.
  split.limit = Money{tariff_base.ore * limit_share.value / 10000};
  split.within_limit = std::min(split.amount, split.limit);
  split.adjusts_next_tariff = split.amount - split.within_limit;
  return split;
}

Money ata_hourly_rate(const AtaRateInputs& inputs) {
  const std::int64_t factor = 10000 + inputs.time_of_day_supplement.value + inputs.variable_overhead.value +
                              inputs.absence_correction.value;
  return Money{divide_rounded(inputs.hour_cost.ore * factor, 10000)};
}

Money ata_weekly_price(Money hourly_rate, int minutes_per_day, int days_per_week) {
  return Money{divide_rounded(hourly_rate.ore * minutes_per_day * days_per_week, 60)};
}

std::optional<AtaProblem> ata_request_problem(const AtaRequest& request) {
  if (!(request.hour_cost_kroner > 0.0) || request.hour_cost_kroner > 100000.0)
    return AtaProblem{"hour_cost", "Timeprisen skal være over 0 og højst 100.000 kr."};
  for (const auto& [field, value] :
       {std::pair{"time_of_day_supplement_percent", request.time_of_day_supplement_percent},
        {"variable_overhead_percent", request.variable_overhead_percent},
        {"absence_correction_percent", request.absence_correction_percent}})
    if (!(value >= 0.0) || value > 100.0)
      return AtaProblem{field, "Procentsatsen skal være mellem 0 og 100."};
  if (request.minutes_per_day.has_value() != request.days_per_week.has_value())
    return AtaProblem{request.minutes_per_day ? "days_per_week" : "minutes_per_day",
                      "Angiv både minutter om dagen og dage om ugen for at få ugeprisen."};
  if (request.minutes_per_day && (*request.minutes_per_day < 1 || *request.minutes_per_day > 1440))
    return AtaProblem{"minutes_per_day", "Minutter om dagen skal være mellem 1 og 1.440."};
  if (request.days_per_week && (*request.days_per_week < 1 || *request.days_per_week > 7))
    return AtaProblem{"days_per_week", "Dage om ugen skal være mellem 1 og 7."};
  return std::nullopt;
}

namespace {
AtaRateInputs ata_inputs(const AtaRequest& request) {
  auto basis_points = [](double percent) { return BasisPoints{std::llround(percent * 100.0)}; };
  return {Money::from_kroner(request.hour_cost_kroner), basis_points(request.time_of_day_supplement_percent),
          basis_points(request.variable_overhead_percent), basis_points(request.absence_correction_percent)};
}

std::string percent_da(BasisPoints share) {
  return format_danish_percent(share.value / 100.0, share.value % 100 ? 2 : 0);
}
}  // namespace

AtaCalculation calculate_ata(const AtaRequest& request) {
  const AtaRateInputs inputs = ata_inputs(request);
  AtaCalculation calculation;
  calculation.hourly_rate = ata_hourly_rate(inputs);
  calculation.hourly_da =
      format_kroner(inputs.hour_cost) + " × (1 + " + percent_da(inputs.time_of_day_supplement) + " + " +
      percent_da(inputs.variable_overhead) + " + " + percent_da(inputs.absence_correction) +
      ") = " + format_kroner(calculation.hourly_rate) + " i timen";
  if (request.minutes_per_day && request.days_per_week) {
    const int minutes = *request.minutes_per_day, days = *request.days_per_week;
    calculation.weekly_price = ata_weekly_price(calculation.hourly_rate, minutes, days);
    calculation.weekly_da = format_kroner(calculation.hourly_rate) + " × " + std::to_string(minutes) +
                            " min. ÷ 60 × " + std::to_string(days) + (days == 1 ? " dag" : " dage") + " = " +
                            format_kroner(*calculation.weekly_price) + " om ugen";
  }
  return calculation;
}

}  // namespace afk::numbers
