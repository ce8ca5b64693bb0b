// Prices and baselines for the economics figures (table economic_settings):
// versioned configuration with source and year. A change is a new row with
// a later valid_from; the one in force on a day is the latest valid_from on
// or before it, a unit's own row winning over the general one.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "store/sql.hpp"

namespace afk::store {

struct EconomicSetting {
  std::int64_t id = 0;
  std::int64_t version = 0;
  std::string kind;  // "price" (kroner per day) or "baseline" (days per course)
  std::string code;  // e.g. "bed_day_cost"
  std::optional<std::int64_t> unit_id;
  double value = 0;
  std::string unit;  // "kr_per_day" or "days_per_course"
  std::string source;
  int year = 0;
  Date valid_from;
  std::string label_da;
  bool example = false;  // a placeholder, not a sourced figure: reports say so
};

std::vector<EconomicSetting> list_economic_settings(SqlConnection& sql);
void insert_economic_setting(SqlConnection& sql, EconomicSetting& setting);

// The version of `code` in force on `on` for `unit_id`, or nullopt.
std::optional<EconomicSetting> setting_in_force(std::span<const EconomicSetting> settings,
                                                const std::string& code, std::optional<std::int64_t> unit_id,
                                                Date on);

// One figure per `year` of `code` for `unit_id` (a price set per year, such
// as the færdigbehandling payment): in a year, a unit's own figure wins over
// the general one, then the latest valid_from. Ordered by year.
std::vector<EconomicSetting> yearly_settings(std::span<const EconomicSetting> settings,
                                             const std::string& code, std::optional<std::int64_t> unit_id);

}  // namespace afk::store
