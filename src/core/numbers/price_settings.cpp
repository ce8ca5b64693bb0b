#include "core/numbers/price_settings.hpp"

#include <array>
#include <cmath>

namespace afk::numbers {

namespace {
constexpr std::array<PriceSettingKind, 7> kinds{{
    {"bed_day_cost", "price", SettingUnit::kr_per_day, "Sengedagspris i psykiatrien"},
    {"awaiting_discharge_payment", "price", SettingUnit::kr_per_day,
     "Kommunens betaling pr. færdigbehandlingsdag"},
    {"residential_day_price", "price", SettingUnit::kr_per_day, "Døgnpris i botilbud"},
    {"place_tariff", "price", SettingUnit::kr_per_day, "Døgntakst for afklaringspladsen"},
    {"awaiting_discharge_days_per_course", "baseline", SettingUnit::days_per_course,
     "Færdigbehandlingsdage pr. udskrivning før ordningen"},
    {"readmission_bed_days_per_course", "baseline", SettingUnit::days_per_course,
     "Sengedage ved genindlæggelse inden for 180 dage før ordningen"},
    {"residential_days_per_course", "baseline", SettingUnit::days_per_course,
     "Dage i botilbud pr. borger før ordningen"},
}};

Error invalid(const char* field, const char* message, const char* code = "invalid_value") {
  return make_error(ErrorKind::bad_input, code, message, field);
}
}  // namespace

std::span<const PriceSettingKind> price_setting_kinds() { return kinds; }

const PriceSettingKind* find_price_setting_kind(std::string_view code) {
  for (const auto& kind : kinds)
    if (kind.code == code) return &kind;
  return nullptr;
}

Status check_price_setting(const PriceSettingKind& kind, double value, std::int64_t year,
                           std::string_view source) {
  if (!std::isfinite(value) || value < 0 || value > 1e7)
    return invalid("value", "Værdien skal ligge mellem 0 og 10.000.000.");
  if (kind.kind == "baseline" && value > max_baseline_days_per_course)
    return invalid("value", "Et udgangspunkt skal ligge mellem 0 og 3.650 dage pr. forløb.");
  if (source.find_first_not_of(" \t") == std::string_view::npos)
    return invalid("source", "Angiv kilden til tallet.", "required");
  if (year < 1990 || year > 2100) return invalid("year", "Året skal ligge mellem 1990 og 2100.");
  return ok_status();
}

}  // namespace afk::numbers
