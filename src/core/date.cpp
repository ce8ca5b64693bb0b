#include "core/date.hpp"

#include <cstdio>

namespace afk {

using namespace std::chrono;

std::optional<Date> Date::from_ymd(int y, unsigned m, unsigned d) {
  const year_month_day ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
  if (!ymd.ok() || y < 1 || y > 9999) return std::nullopt;
  return Date(std::chrono::sys_days(ymd));
}

std::optional<Date> Date::parse_iso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto digits = [&](size_t from, size_t count, int& out) {
    out = 0;
    for (size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      out = out * 10 + (text[i] - '0');
    }
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d)) return std::nullopt;
  return from_ymd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

int Date::year() const { return static_cast<int>(year_month_day(days_).year()); }
unsigned Date::month() const { return static_cast<unsigned>(year_month_day(days_).month()); }
unsigned Date::day() const { return static_cast<unsigned>(year_month_day(days_).day()); }
unsigned Date::iso_weekday() const { return std::chrono::weekday(days_).iso_encoding(); }

std::string Date::iso() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year(), month(), day());
  return buffer;
}

std::string Date::danish() const {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%02u-%02u-%04d", day(), month(), year());
  return buffer;
}

}  // namespace afk
