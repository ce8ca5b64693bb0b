#include "http/session_auth.hpp"

#include "security/tokens.hpp"
#include "service/session_service.hpp"

namespace afk::http {

service::SessionPolicy session_policy(const Settings& settings) {
  return {settings.session_idle_seconds, settings.session_max_seconds, settings.login_throttle,
          settings.cpr_lookup_key};
}

namespace {

// Who acts: a user, whether by session or by an integration's token.
Principal principal_of(const store::UserRecord& user) {
  Principal principal;
  principal.user_id = user.id;
  principal.username = user.username;
  principal.display_name = user.display_name;
  principal.role = user.role;
  principal.organisation_kind = user.organisation_kind;
  principal.organisation_id = user.organisation_id;
  principal.must_change_password = user.must_change_password;
  return principal;
}

Principal principal_from(const service::OpenSession& open) {
  Principal principal = principal_of(open.user);
  principal.csrf_token = open.session.csrf_token;
  principal.session_token_hash = open.session.token_hash;
  return principal;
}
}  // namespace

std::string login_username_key(const Settings& settings, const std::string& username) {
  return service::login_username_key(session_policy(settings), username);
}

Result<LoginResult> login(Services& services, const std::string& username, const std::string& password,
                          const std::string& client_address) {
  AFK_TRY(opened, service::log_in(services.pool, session_policy(services.settings),
                                  services.clock.now_seconds(), username, password, client_address));
  return LoginResult{principal_from(opened.value()), opened->token};
}

Result<Principal> authenticate(Services& services, const ApiRequest& request,
                               store::SqlConnection* snapshot) {
  const auto token = request.cookie(session_cookie_name);
  AFK_TRY(found, service::find_session(services.pool, snapshot, session_policy(services.settings),
                                       services.clock.now_seconds(), token.value_or("")));
  return principal_from(found.value());
}

Result<Principal> authenticate_integration(Services& services, const ApiRequest& request,
                                           store::SqlConnection* snapshot) {
  const std::string header = request.header("authorization").value_or("");
  constexpr std::string_view scheme = "Bearer ";
  const std::string token = header.rfind(scheme, 0) == 0 ? header.substr(scheme.size()) : std::string();
  AFK_TRY(user, service::find_integration(services.pool, snapshot, token));
  return principal_of(user.value());
}

void logout(Services& services, const Principal& principal) {
  service::log_out(services.pool, principal.session_token_hash);
}

bool csrf_matches(const Principal& principal, const std::string& token) {
  return security::equal_in_constant_time(principal.csrf_token, token);
}

std::string session_cookie(const Settings& settings, const ApiRequest& request, const std::string& token) {
  std::string cookie = std::string(session_cookie_name) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
  if (settings.secure_cookies || request.https) cookie += "; Secure";
  return cookie;
}

std::string expired_session_cookie(const Settings& settings, const ApiRequest& request) {
  return session_cookie(settings, request, "") + "; Max-Age=0";
}

}  // namespace afk::http
