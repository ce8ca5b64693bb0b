#include "core/numbers/danish_format.hpp"

#include <cmath>
#include <cstdio>

namespace afk::numbers {

namespace {
std::string group_thousands(std::string digits) {
  for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
    digits.insert(static_cast<std::size_t>(i), ".");
  return digits;
}

// Writes |whole|,|fraction| with the sign in front: the integer part and the
// fraction digits come from one integer so rounding never gives "0,10" for 0.0999.
std::string format_scaled(std::int64_t scaled, int decimals, bool thousands_separator) {
  const bool negative = scaled < 0;
  const std::uint64_t magnitude = negative ? static_cast<std::uint64_t>(-(scaled + 1)) + 1 : scaled;
  std::uint64_t divisor = 1;
  for (int i = 0; i < decimals; ++i) divisor *= 10;
  std::string whole = std::to_string(magnitude / divisor);
  if (thousands_separator) whole = group_thousands(whole);
  std::string text = negative ? "-" + whole : whole;
  if (decimals > 0) {
    std::string fraction = std::to_string(magnitude % divisor);
    text += "," + std::string(static_cast<std::size_t>(decimals) - fraction.size(), '0') + fraction;
  }
  return text;
}
}  // namespace

std::string format_danish_integer(std::int64_t value, bool thousands_separator) {
  return format_scaled(value, 0, thousands_separator);
}

std::string format_danish_decimal(double value, int decimals, bool thousands_separator) {
  if (std::isnan(value)) return "";
  if (decimals < 0) decimals = 0;
  const double scaled = std::round(value * std::pow(10.0, decimals));  // std::round: halves away from zero
  return format_scaled(static_cast<std::int64_t>(scaled), decimals, thousands_separator);
}

std::string format_danish_percent(double percent, int decimals) {
  return format_danish_decimal(percent, decimals) + " %";
}

std::string format_kroner(Money amount) { return format_scaled(amount.ore, 2, true) + " kr."; }

}  // namespace afk::numbers
