// Economics: the versioned prices and baselines, and "who gains" per
// stakeholder for a unit or a municipality and a period. Every answer lists
// the assumptions it used with source and year; values marked as examples
// say so in the notes. (The tariff and ATA calculators read no data: the
// HTTP layer calls core for them.)
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/numbers/period.hpp"
#include "core/numbers/price_settings.hpp"
#include "core/numbers/who_gains.hpp"
#include "core/result.hpp"
#include "core/unit.hpp"
#include "service/invocation.hpp"
#include "store/economics_repository.hpp"

namespace afk::service {

using store::EconomicSetting;

Result<std::vector<EconomicSetting>> list_price_settings(Invocation& call);

// A new version of a price or baseline; the catalogue and its bounds are core's.
using numbers::NewPriceSetting;
Result<EconomicSetting> add_price_setting(Invocation& call, const NewPriceSetting& setting);

struct WhoGainsRead {
  numbers::WhoGains result;
  std::optional<Unit> unit;
  std::optional<std::int64_t> municipality_id;
  std::vector<std::string> notes_da;
  // A cohort of 1–4 citizens is not shown to roles without access to them.
  bool small_cohort_hidden = false;
};
// The cohort of courses that moved in within `period`, in `unit_id` or the
// caller's area, priced with the settings in force.
Result<WhoGainsRead> who_gains(Invocation& call, std::optional<std::int64_t> unit_id,
                               const numbers::Period& period);

}  // namespace afk::service
