#include "app/clock.hpp"

#include <chrono>
#include <cstdlib>
#include <ctime>

#include <CLI/CLI.hpp>

namespace afk::app {

http::Clock system_clock() {
  // Dates are Danish calendar dates whatever the server's own zone is.
  setenv("TZ", "Europe/Copenhagen", 1);
  tzset();
  http::Clock clock;
  clock.now_seconds = [] {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
  };
  clock.today = [] {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return *Date::from_ymd(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                           static_cast<unsigned>(local.tm_mday));
  };
  return clock;
}

http::Clock clock_for(const std::string& today_option) {
  http::Clock clock = system_clock();
  if (today_option.empty()) return clock;
  const auto today = Date::parse_iso(today_option);
  if (!today) throw CLI::ValidationError("--today", "expected YYYY-MM-DD");
  const std::int64_t shift = static_cast<std::int64_t>(today->serial() - clock.today().serial()) * 86400;
  clock.now_seconds = [real = clock.now_seconds, shift] { return real() + shift; };
  clock.today = [date = *today] { return date; };
  return clock;
}

}  // namespace afk::app
