// The payloads of the economics routes: the tariff and ATA calculators and a
// new version of a price or baseline. The rules on the values are core's.
#pragma once

#include "core/numbers/price_settings.hpp"
#include "core/numbers/tariff.hpp"
#include "core/numbers/tariff_calculator.hpp"
#include "json/fields.hpp"

namespace afk::json {

AFK_FIELDS(numbers::TariffRequest, "TariffRequest", field("places", &T::places),
           field("budgeted_occupancy_percent", &T::budgeted_occupancy_percent),
           field("daily_tariff", &T::daily_tariff_kroner), field("budget", &T::budget_kroner),
           field("year_end_result", &T::year_end_result_kroner), omissible("offer_kind", &T::offer_kind),
           omissible("first_year", &T::first_year))

AFK_FIELDS(numbers::AtaRequest, "AtaRequest", field("hour_cost", &T::hour_cost_kroner),
           field("time_of_day_supplement_percent", &T::time_of_day_supplement_percent),
           field("variable_overhead_percent", &T::variable_overhead_percent),
           field("absence_correction_percent", &T::absence_correction_percent),
           field("minutes_per_day", &T::minutes_per_day), field("days_per_week", &T::days_per_week))

AFK_FIELDS(numbers::NewPriceSetting, "NewPriceSetting", field("code", &T::code), field("value", &T::value),
           field("source", &T::source), field("year", &T::year), field("valid_from", &T::valid_from),
           field("unit_id", &T::unit_id), field("label_da", &T::label_da))

}  // namespace afk::json
