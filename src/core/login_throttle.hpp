// When a login may be tried: after `free_failures` failed logins within the
// window — for one username, or from one address — further attempts are
// refused without checking the password until a lock has passed, and each
// further failure doubles the lock, up to `longest_lock_seconds`. Failures
// older than the window are forgotten; an administrator can lift a lock by
// forgetting them at once.
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace afk {

struct LoginThrottlePolicy {
  int free_failures = 5;
  std::int64_t window_seconds = 15 * 60;
  std::int64_t first_lock_seconds = 30;
  std::int64_t longest_lock_seconds = 15 * 60;
};

struct LoginLock {
  bool locked = false;
  std::int64_t until = 0;                // Unix seconds; meaningful when locked
  std::int64_t retry_after_seconds = 0;  // from now, rounded up; 0 when not locked
};

// How long the lock after `failures` failures in the window lasts (0 below the threshold).
std::int64_t lock_seconds(int failures, const LoginThrottlePolicy& policy);

// The lock that `failure_times` (Unix seconds, any order) put on one username
// or one address at `now`.
LoginLock login_lock(std::span<const std::int64_t> failure_times, std::int64_t now,
                     const LoginThrottlePolicy& policy);

// The Danish message for a refused attempt: how long to wait, and who can help.
std::string login_locked_message_da(std::int64_t retry_after_seconds);

}  // namespace afk
