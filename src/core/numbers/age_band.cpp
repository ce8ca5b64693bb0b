#include "core/numbers/age_band.hpp"

namespace afk::numbers {

std::optional<int> age_in_years(Date birth, Date on) {
  if (on < birth) return std::nullopt;
  int age = on.year() - birth.year();
  const bool birthday_reached =
      on.month() > birth.month() || (on.month() == birth.month() && on.day() >= birth.day());
  if (!birthday_reached) --age;
  return age;
}

std::optional<std::string> age_band(int age, int open_top_band_from) {
  if (age < 0) return std::nullopt;
  if (age >= open_top_band_from) return std::to_string(open_top_band_from) + "+";
  const int lower = age / 5 * 5;
  return std::to_string(lower) + "-" + std::to_string(lower + 4);
}

std::optional<std::string> age_band(Date birth, Date on, int open_top_band_from) {
  const auto age = age_in_years(birth, on);
  if (!age) return std::nullopt;
  return age_band(*age, open_top_band_from);
}

}  // namespace afk::numbers
