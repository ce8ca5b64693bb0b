// Danish number formatting for screens and exports: decimal comma, "." as
// thousands separator (1.234,5), "kr." after amounts, " %" after percents.
#pragma once

#include <cstdint>
#include <string>

#include "core/numbers/money.hpp"

namespace afk::numbers {

// 1234 -> "1.234"; -1234567 -> "-1.234.567".
std::string format_danish_integer(std::int64_t value, bool thousands_separator = true);

// Rounded half away from zero to `decimals` places: (1234.56, 1) -> "1.234,6".
// A value that rounds to zero is written without a minus sign.
std::string format_danish_decimal(double value, int decimals, bool thousands_separator = true);

// (12.5, 1) -> "12,5 %".
std::string format_danish_percent(double percent, int decimals = 1);

// Money::kroner(725912) -> "725.912,00 kr."
std::string format_kroner(Money amount);

}  // namespace afk::numbers
