// Failed log-ins, for the login throttle: when, under which username key
// (a keyed hash of the name typed), which user that was if any, and from
// which address. Rows older than the throttle's window are pruned.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/sql.hpp"

namespace afk::store {

struct LoginFailure {
  std::int64_t at = 0;  // Unix seconds
  std::string username_key;
  std::optional<std::int64_t> user_id;
  std::string address;
};

void insert_login_failure(SqlConnection& sql, const LoginFailure& failure);
// Failure times since `since` for one username key / one address.
std::vector<std::int64_t> login_failure_times_for_username(SqlConnection& sql,
                                                           const std::string& username_key,
                                                           std::int64_t since);
std::vector<std::int64_t> login_failure_times_from_address(SqlConnection& sql, const std::string& address,
                                                           std::int64_t since);
// Every failure since `since`, oldest first (the administrator's list of locks).
std::vector<LoginFailure> login_failures_since(SqlConnection& sql, std::int64_t since);
// Lifting a lock: the failures of a username key or of an address are forgotten.
std::int64_t forget_login_failures_for_username(SqlConnection& sql, const std::string& username_key);
std::int64_t forget_login_failures_from_address(SqlConnection& sql, const std::string& address);
std::int64_t prune_login_failures(SqlConnection& sql, std::int64_t before);

}  // namespace afk::store
