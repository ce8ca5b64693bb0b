// Age in 5-year bands for the pseudonymised export: standard bands starting
// at multiples of 5 ("15-19", "20-24", …, as Danmarks Statistik publishes),
// so they line up with national statistics; ages from the open top band up
// are one band ("80+") because few citizens are that old and each would
// stand out.
#pragma once

#include <optional>
#include <string>

#include "core/date.hpp"

namespace afk::numbers {

inline constexpr int default_open_top_band_from = 80;

// Completed years on `on`. A birthday on 29 February is reached on 1 March in
// other years. nullopt when `on` is before `birth`.
std::optional<int> age_in_years(Date birth, Date on);

// "20-24" for 20–24; "80+" from `open_top_band_from` (must be a multiple of 5)
// up. nullopt for a negative age.
std::optional<std::string> age_band(int age, int open_top_band_from = default_open_top_band_from);

std::optional<std::string> age_band(Date birth, Date on, int open_top_band_from = default_open_top_band_from);

}  // namespace afk::numbers
