#include "core/medcom/danish_time.hpp"

#include <chrono>
#include <cstdio>
#include <regex>
#include <string>

namespace afk::medcom {

namespace {
// The last Sunday of `month` in `year`, at 01:00 UTC: when Denmark changes clocks.
std::chrono::sys_seconds change_at(int year, unsigned month) {
  using namespace std::chrono;
  const sys_days last{
      year_month_weekday_last{std::chrono::year{year}, std::chrono::month{month}, weekday_last{Sunday}}};
  return last + hours{1};
}

int danish_offset_minutes(std::chrono::sys_seconds instant) {
  const int year =
      static_cast<int>(std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(instant)}.year());
  const bool summer = change_at(year, 3) <= instant && instant < change_at(year, 10);
  return summer ? 120 : 60;
}
}  // namespace

std::optional<std::int64_t> instant_of(std::string_view text) {
  // FHIR dateTime: seconds required, fractions allowed, a zone required when there is a time.
  static const std::regex pattern(
      R"((\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d{1,9})?(Z|([+-])(\d{2}):([0-5]\d)))");
  std::match_results<std::string_view::const_iterator> match;
  if (text.size() > 40 || !std::regex_match(text.begin(), text.end(), match, pattern)) return std::nullopt;
  const auto day = Date::parse_iso(match[1].str());
  if (!day) return std::nullopt;
  int offset = 0;
  if (match[6].str() != "Z") {
    const int hours = std::stoi(match[8].str());
    if (hours > 14) return std::nullopt;
    offset = (hours * 60 + std::stoi(match[9].str())) * (match[7].str() == "-" ? -1 : 1);
  }
  using namespace std::chrono;
  const sys_seconds instant = sys_seconds{day->sys_days()} + hours{std::stoi(match[2].str())} +
                              minutes{std::stoi(match[3].str()) - offset} +
                              seconds{std::stoi(match[4].str())};
  return instant.time_since_epoch().count();
}

std::optional<Date> danish_date_of(std::string_view text) {
  if (text.size() == 10) return Date::parse_iso(text);
  const auto instant = instant_of(text);
  if (!instant) return std::nullopt;
  using namespace std::chrono;
  const sys_seconds at{seconds{*instant}};
  return Date(floor<days>(at + minutes{danish_offset_minutes(at)}));
}

std::string danish_date_time(std::int64_t unix_seconds) {
  using namespace std::chrono;
  const sys_seconds at{seconds{unix_seconds}};
  const int offset = danish_offset_minutes(at);
  const sys_seconds local = at + minutes{offset};
  const sys_days day = floor<days>(local);
  const hh_mm_ss<seconds> time{local - day};
  char text[32];
  std::snprintf(text, sizeof text, "%sT%02d:%02d:%02d+%02d:00", Date(day).iso().c_str(),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()), offset / 60);
  return text;
}

}  // namespace afk::medcom
