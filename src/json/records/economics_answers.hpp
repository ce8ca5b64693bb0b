// The answers of the economics routes that are not a report table: money as
// øre, kroner and Danish text, the assumptions an answer used, and "who
// gains" per stakeholder. Hidden figures (a cohort of 1-4 citizens for a role
// that may not see them) are null.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/numbers/period.hpp"
#include "core/numbers/tariff_calculator.hpp"
#include "json/fields.hpp"

namespace afk::json {

struct MoneyView {
  std::int64_t ore = 0;
  double kroner = 0;
  std::string text_da;  // "725.912,00 kr."
};

struct StakeholderLineView {
  std::string label_da;
  std::optional<double> days;
  MoneyView price_per_day;
  std::optional<MoneyView> amount;
};

struct StakeholderView {
  std::string stakeholder;
  std::vector<StakeholderLineView> lines;
  std::optional<MoneyView> net;
};

struct UnitNameView {
  std::int64_t id = 0;
  std::string name;
};

struct WhoGainsView {
  numbers::Period period;
  std::optional<UnitNameView> unit;
  std::optional<std::int64_t> municipality_id;
  std::optional<std::int64_t> courses;
  std::optional<double> observed_awaiting_discharge_days;
  std::optional<std::int64_t> courses_followed_for_readmission;
  std::optional<double> observed_readmission_bed_days;
  std::optional<std::int64_t> stay_days;
  std::vector<StakeholderView> stakeholders;
  std::vector<numbers::StatedAssumption> assumptions;
  bool small_cells_suppressed = false;
  std::vector<std::string> notes;
};

AFK_FIELDS(MoneyView, "Money", field("ore", &T::ore), field("kroner", &T::kroner),
           field("text_da", &T::text_da))

AFK_FIELDS(numbers::StatedAssumption, "Assumption", field("code", &T::code), field("label_da", &T::label_da),
           field("value", &T::value, "With its unit, e.g. \"3959.00 kr./dag\""), field("source", &T::source),
           field("year", &T::year))

AFK_FIELDS(StakeholderLineView, "StakeholderLine", field("label_da", &T::label_da),
           field("days", &T::days, "Days avoided, or stay days for a cost; null when hidden"),
           field("price_per_day", &T::price_per_day),
           field("amount", &T::amount, "Signed: a gain above 0, a cost below; null when hidden"))

AFK_FIELDS(StakeholderView, "Stakeholder", field("stakeholder", &T::stakeholder, "kommune or region"),
           field("lines", &T::lines), field("net", &T::net, "Null when hidden"))

AFK_FIELDS(UnitNameView, "UnitName", field("id", &T::id), field("name", &T::name))

AFK_FIELDS(WhoGainsView, "WhoGains", field("period", &T::period, "Courses that moved in within it"),
           field("unit", &T::unit, "Null for a whole municipality"),
           field("municipality_id", &T::municipality_id), field("courses", &T::courses),
           field("observed_awaiting_discharge_days", &T::observed_awaiting_discharge_days),
           field("courses_followed_for_readmission", &T::courses_followed_for_readmission),
           field("observed_readmission_bed_days", &T::observed_readmission_bed_days),
           field("stay_days", &T::stay_days), field("stakeholders", &T::stakeholders),
           field("assumptions", &T::assumptions), field("small_cells_suppressed", &T::small_cells_suppressed),
           field("notes", &T::notes))

}  // namespace afk::json
