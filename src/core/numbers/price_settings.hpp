// The prices and baselines the economics figures use (numbers.md
// "Economics"): which codes exist, their kind and unit, and what a new
// version must satisfy. Stored versions live in store/economics_repository.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/enum_codes.hpp"
#include "core/result.hpp"

// What a setting's value counts: prices are kroner per day, baselines days per course.
namespace afk::numbers {
enum class SettingUnit { kr_per_day, days_per_course };
}  // namespace afk::numbers

template <>
struct afk::EnumCodes<afk::numbers::SettingUnit> {
  static constexpr std::array<EnumText<numbers::SettingUnit>, 2> table{{
      {numbers::SettingUnit::kr_per_day, "kr_per_day", "kr. pr. dag"},
      {numbers::SettingUnit::days_per_course, "days_per_course", "dage pr. forløb"},
  }};
};

namespace afk::numbers {

struct PriceSettingKind {
  std::string_view code;  // e.g. "bed_day_cost"
  std::string_view kind;  // "price" (kroner per day) or "baseline" (days per course)
  SettingUnit unit;
  std::string_view label_da;  // the default label
};

// Every code a setting may have, in the order the economics page lists them.
std::span<const PriceSettingKind> price_setting_kinds();
// The kind of `code`, or nullptr for an unknown code.
const PriceSettingKind* find_price_setting_kind(std::string_view code);

// Baselines are days per course: more than ten years per course is a typing
// error, and who-gains puts every avoided day on the calendar.
inline constexpr double max_baseline_days_per_course = 3650;

// A new version's value, year and source: bad_input naming the field when a
// price is outside 0–10,000,000 kr., a baseline outside 0–3,650 days, the
// year outside 1990–2100 or the source blank.
Status check_price_setting(const PriceSettingKind& kind, double value, std::int64_t year,
                           std::string_view source);

// A new version of a price or baseline as a user asks for it.
struct NewPriceSetting {
  std::string code;
  double value = 0;
  std::string source;
  std::int64_t year = 0;
  std::optional<Date> valid_from;       // none: 1 January of `year`
  std::optional<std::int64_t> unit_id;  // none: national (the administrator's)
  std::optional<std::string> label_da;  // none: the catalogue's
};

}  // namespace afk::numbers
