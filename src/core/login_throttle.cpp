#include "core/login_throttle.hpp"

#include <algorithm>

namespace afk {

std::int64_t lock_seconds(int failures, const LoginThrottlePolicy& policy) {
  if (failures < policy.free_failures) return 0;
  std::int64_t seconds = policy.first_lock_seconds;
  for (int extra = failures - policy.free_failures; extra > 0 && seconds < policy.longest_lock_seconds;
       --extra)
    seconds *= 2;
  return std::min(seconds, policy.longest_lock_seconds);
}

LoginLock login_lock(std::span<const std::int64_t> failure_times, std::int64_t now,
                     const LoginThrottlePolicy& policy) {
  int failures = 0;
  std::int64_t latest = 0;
  for (const std::int64_t at : failure_times)
    if (at > now - policy.window_seconds && at <= now) {
      ++failures;
      latest = std::max(latest, at);
    }
  const std::int64_t until = latest + lock_seconds(failures, policy);
  if (failures < policy.free_failures || until <= now) return {};
  return {true, until, until - now};
}

std::string login_locked_message_da(std::int64_t retry_after_seconds) {
  const std::int64_t minutes = (retry_after_seconds + 59) / 60;
  const std::string wait = retry_after_seconds < 60 ? std::to_string(retry_after_seconds) + " sekunder"
                           : minutes == 1           ? "1 minut"
                                                    : std::to_string(minutes) + " minutter";
  return "Der er forsøgt logget ind med forkert adgangskode for mange gange. Vent " + wait +
         ", og prøv igen — eller bed en administrator om at låse op.";
}

}  // namespace afk
