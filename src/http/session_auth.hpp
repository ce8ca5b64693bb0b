// Login sessions: an HttpOnly, SameSite=Strict cookie holding a random token
// (stored only as a hash) and a CSRF token the client sends back in
// X-CSRF-Token on every state-changing request. Sessions end after 30
// minutes idle or 12 hours in all (Settings).
#pragma once

#include <string>

#include "core/result.hpp"
#include "http/api_types.hpp"
#include "http/principal.hpp"
#include "http/services.hpp"
#include "service/session_service.hpp"

namespace afk::http {

inline constexpr const char* session_cookie_name = "afk_session";

struct LoginResult {
  Principal principal;
  std::string session_token;  // goes into the cookie, never stored
};

// Refused without a password check while the username or the address is
// locked (429 `login_locked` with Retry-After); a failure is recorded for
// the throttle and audited, and the failure that starts a lock is audited
// as `login_locked`.
Result<LoginResult> login(Services& services, const std::string& username, const std::string& password,
                          const std::string& client_address);
// The settings' session lengths, log-in throttle and username key, for the services.
service::SessionPolicy session_policy(const Settings& settings);
// The key the throttle knows a typed username by: a keyed hash, because
// people type a password into the username field.
std::string login_username_key(const Settings& settings, const std::string& username);
// Reads the session in `snapshot` when given (a read request's one read
// transaction); the rare write (the idle clock, an expired session) takes a
// connection of its own.
Result<Principal> authenticate(Services& services, const ApiRequest& request,
                               store::SqlConnection* snapshot = nullptr);
// The integration whose token the Authorization header carries ("Bearer …");
// 401 `integration_token_invalid` without one.
Result<Principal> authenticate_integration(Services& services, const ApiRequest& request,
                                           store::SqlConnection* snapshot);

void logout(Services& services, const Principal& principal);
bool csrf_matches(const Principal& principal, const std::string& token);

// Secure when the client's connection was HTTPS (through a trusted proxy) or the settings say always.
std::string session_cookie(const Settings& settings, const ApiRequest& request, const std::string& token);
std::string expired_session_cookie(const Settings& settings, const ApiRequest& request);

}  // namespace afk::http
