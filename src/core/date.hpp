// A local Danish calendar date (no time, no zone). All day counts in the
// product are differences of these (numbers.md "Days and dates").
#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace afk {

class Date {
 public:
  constexpr Date() = default;
  constexpr explicit Date(std::chrono::sys_days days) : days_(days) {}

  // Returns nullopt unless `year`-`month`-`day` is a real calendar date.
  static std::optional<Date> from_ymd(int year, unsigned month, unsigned day);
  // Strict ISO 8601 calendar date "YYYY-MM-DD"; nullopt for anything else.
  static std::optional<Date> parse_iso(std::string_view text);

  int year() const;
  unsigned month() const;
  unsigned day() const;
  // ISO weekday: Monday = 1 … Sunday = 7.
  unsigned iso_weekday() const;
  bool is_weekend() const { return iso_weekday() >= 6; }

  Date plus_days(int days) const { return Date(days_ + std::chrono::days(days)); }
  // `later - earlier` in calendar days (negative when `later` is before).
  friend int days_between(Date earlier, Date later) {
    return static_cast<int>((later.days_ - earlier.days_).count());
  }
  std::chrono::sys_days sys_days() const { return days_; }
  // Days since 1970-01-01, for compact storage and hashing.
  int serial() const { return static_cast<int>(days_.time_since_epoch().count()); }
  static Date from_serial(int serial) { return Date(std::chrono::sys_days(std::chrono::days(serial))); }

  std::string iso() const;     // 2024-04-01
  std::string danish() const;  // 01-04-2024

  friend constexpr auto operator<=>(const Date&, const Date&) = default;

 private:
  std::chrono::sys_days days_{};
};

}  // namespace afk
