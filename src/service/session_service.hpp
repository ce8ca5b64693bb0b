// Log-in sessions: the session token is stored only as a hash; sessions end
// after a time idle or a time in all. Log-in is throttled per typed username
// and per address (core/login_throttle), and every attempt is audited.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/login_throttle.hpp"
#include "core/result.hpp"
#include "store/connection_pool.hpp"
#include "store/sessions_repository.hpp"
#include "store/users_repository.hpp"

namespace afk::service {

struct SessionPolicy {
  std::int64_t idle_seconds = 30 * 60;
  std::int64_t max_seconds = 12 * 60 * 60;
  LoginThrottlePolicy throttle;
  std::string username_key_secret;  // the installation secret the throttle's username keys are hashed with
};

// The key the throttle knows a typed username by: a keyed hash, because
// people type a password into the username field.
std::string login_username_key(const SessionPolicy& policy, const std::string& username);

struct OpenSession {
  store::UserRecord user;
  store::SessionRecord session;
  std::string token;  // goes into the cookie, never stored (empty when the session was found, not opened)
};

// Refused without a password check while the username or the address is
// locked (429 `login_locked` with Retry-After); a failure is recorded for
// the throttle and audited, and the failure that starts a lock is audited
// as `login_locked`.
Result<OpenSession> log_in(store::ConnectionPool& pool, const SessionPolicy& policy, std::int64_t now,
                           const std::string& username, const std::string& password,
                           const std::string& client_address);
// The session of `token`, read in `snapshot` when given (a read request's
// one read transaction); the rare write (the idle clock, an expired session)
// takes a connection of its own.
Result<OpenSession> find_session(store::ConnectionPool& pool, store::SqlConnection* snapshot,
                                 const SessionPolicy& policy, std::int64_t now, const std::string& token);
void log_out(store::ConnectionPool& pool, const std::string& session_token_hash);

// The integration (role `integration`, active) whose token this is; 401
// `integration_token_invalid` otherwise. Read like a session: in `snapshot` when given.
Result<store::UserRecord> find_integration(store::ConnectionPool& pool, store::SqlConnection* snapshot,
                                           const std::string& token);

}  // namespace afk::service
