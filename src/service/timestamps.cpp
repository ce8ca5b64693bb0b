#include "service/timestamps.hpp"

#include <ctime>

namespace afk::service {

std::string utc_timestamp(std::int64_t unix_seconds) {
  const std::time_t time = static_cast<std::time_t>(unix_seconds);
  std::tm parts{};
  gmtime_r(&time, &parts);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return buffer;
}

std::string danish_local_time(const std::string& utc) {
  std::tm parts{};
  if (!strptime(utc.c_str(), "%Y-%m-%dT%H:%M:%SZ", &parts)) return utc;
  const std::time_t time = timegm(&parts);
  std::tm local{};
  localtime_r(&time, &local);  // the program runs with TZ=Europe/Copenhagen (app/clock.cpp)
  char buffer[40];
  std::strftime(buffer, sizeof buffer, "den %d-%m-%Y kl. %H.%M", &local);
  return buffer;
}

}  // namespace afk::service
