#include "core/login_throttle.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace afk {
namespace {

constexpr std::int64_t now = 1'800'000'000;
const LoginThrottlePolicy policy;  // the defaults users get

std::vector<std::int64_t> failures_at(std::initializer_list<std::int64_t> seconds_ago) {
  std::vector<std::int64_t> times;
  for (const auto ago : seconds_ago) times.push_back(now - ago);
  return times;
}

TEST(LoginThrottle, FourFailuresAreFreeTheFifthLocks) {
  EXPECT_FALSE(login_lock(failures_at({40, 30, 20, 10}), now, policy).locked);
  const LoginLock lock = login_lock(failures_at({40, 30, 20, 10, 0}), now, policy);
  ASSERT_TRUE(lock.locked);
  EXPECT_EQ(lock.retry_after_seconds, 30);
  EXPECT_EQ(lock.until, now + 30);
}

TEST(LoginThrottle, EachFurtherFailureDoublesTheLockUpToFifteenMinutes) {
  EXPECT_EQ(lock_seconds(4, policy), 0);
  EXPECT_EQ(lock_seconds(5, policy), 30);
  EXPECT_EQ(lock_seconds(6, policy), 60);
  EXPECT_EQ(lock_seconds(7, policy), 120);
  EXPECT_EQ(lock_seconds(10, policy), 900);
  EXPECT_EQ(lock_seconds(200, policy), 900);
}

TEST(LoginThrottle, TheLockPassesAndOldFailuresAreForgotten) {
  // Five failures, the last 31 s ago: the 30 s lock is over.
  EXPECT_FALSE(login_lock(failures_at({70, 60, 50, 40, 31}), now, policy).locked);
  // 200 failures in a row, the last just now: locked for the longest time.
  std::vector<std::int64_t> flood;
  for (int i = 0; i < 200; ++i) flood.push_back(now - i);
  EXPECT_EQ(login_lock(flood, now, policy).retry_after_seconds, 900);
  // Outside the 15-minute window nothing counts.
  EXPECT_FALSE(login_lock(failures_at({2000, 1900, 1800, 1700, 1600}), now, policy).locked);
}

TEST(LoginThrottle, TheMessageSaysHowLongToWaitInDanish) {
  EXPECT_NE(login_locked_message_da(30).find("30 sekunder"), std::string::npos);
  EXPECT_NE(login_locked_message_da(60).find("1 minut"), std::string::npos);
  EXPECT_NE(login_locked_message_da(900).find("15 minutter"), std::string::npos);
  EXPECT_NE(login_locked_message_da(900).find("administrator"), std::string::npos);
}

}  // namespace
}  // namespace afk
