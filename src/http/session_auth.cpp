#include "http/session_auth.hpp"

#include "security/passwords.hpp"
#include "security/tokens.hpp"
#include "store/audit_repository.hpp"
#include "store/sessions_repository.hpp"
#include "store/users_repository.hpp"

namespace afk::http {

namespace {
Principal principal_from(const store::UserRecord& user, const store::SessionRecord& session) {
  Principal principal;
  principal.user_id = user.id;
  principal.username = user.username;
  principal.display_name = user.display_name;
  principal.role = user.role;
  principal.organisation_kind = user.organisation_kind;
  principal.organisation_id = user.organisation_id;
  principal.csrf_token = session.csrf_token;
  principal.session_token_hash = session.token_hash;
  return principal;
}

Error not_logged_in() {
  return make_error(ErrorKind::unauthenticated, "not_logged_in", "Du er ikke logget ind, eller din session er udløbet.");
}

// A password check runs even for unknown users so timing does not reveal
// which usernames exist.
const std::string& dummy_hash() {
  static const std::string hash = security::hash_password("afklaring-dummy-password");
  return hash;
}
}  // namespace

Result<LoginResult> login(Services& services, const std::string& username, const std::string& password,
                          const std::string& client_address) {
  auto connection = services.pool.acquire();
  std::optional<store::UserRecord> user;
  {
    store::Transaction read(*connection, store::Transaction::Mode::read);
    user = store::find_user_by_username(*connection, username);
    read.commit();
  }
  const bool password_ok = security::verify_password(password, user ? user->password_hash : dummy_hash());
  const std::int64_t now = services.clock.now_seconds();
  store::Transaction write(*connection);
  store::AuditEntry audit;
  audit.at = utc_timestamp(now);
  audit.action = "login";
  audit.entity = "session";
  audit.address = client_address;
  if (!user || !user->active || !password_ok) {
    audit.outcome = "refused";
    store::append_audit(*connection, audit);
    write.commit();
    return make_error(ErrorKind::unauthenticated, "login_failed", "Forkert brugernavn eller adgangskode.", "password");
  }
  store::SessionRecord session;
  const std::string token = security::random_token();
  session.token_hash = security::token_hash(token);
  session.user_id = user->id;
  session.csrf_token = security::random_token();
  session.created_at = now;
  session.last_seen_at = now;
  store::delete_expired_sessions(*connection, now - services.settings.session_idle_seconds,
                                 now - services.settings.session_max_seconds);
  store::insert_session(*connection, session);
  audit.user_id = user->id;
  audit.role = std::string(role_code(user->role));
  audit.outcome = "ok";
  store::append_audit(*connection, audit);
  write.commit();
  return LoginResult{principal_from(*user, session), token};
}

Result<Principal> authenticate(Services& services, const ApiRequest& request) {
  const auto token = request.cookie(session_cookie_name);
  if (!token || token->empty()) return not_logged_in();
  const std::string hash = security::token_hash(*token);
  const std::int64_t now = services.clock.now_seconds();
  auto connection = services.pool.acquire();
  std::optional<store::SessionRecord> session;
  std::optional<store::UserRecord> user;
  {
    store::Transaction read(*connection, store::Transaction::Mode::read);
    session = store::find_session(*connection, hash);
    if (session) user = store::find_user(*connection, session->user_id);
    read.commit();
  }
  if (!session || !user || !user->active) return not_logged_in();
  const bool idle_too_long = now - session->last_seen_at > services.settings.session_idle_seconds;
  const bool too_old = now - session->created_at > services.settings.session_max_seconds;
  if (idle_too_long || too_old) {
    store::Transaction write(*connection);
    store::delete_session(*connection, hash);
    write.commit();
    return not_logged_in();
  }
  // Refresh the idle clock at most once a minute, so reads stay reads.
  if (now - session->last_seen_at >= 60) {
    store::Transaction write(*connection);
    store::touch_session(*connection, hash, now);
    write.commit();
  }
  return principal_from(*user, *session);
}

void logout(Services& services, const Principal& principal) {
  auto connection = services.pool.acquire();
  store::Transaction write(*connection);
  store::delete_session(*connection, principal.session_token_hash);
  write.commit();
}

bool csrf_matches(const Principal& principal, const std::string& token) {
  return security::equal_in_constant_time(principal.csrf_token, token);
}

std::string session_cookie(const Settings& settings, const std::string& token) {
  std::string cookie = std::string(session_cookie_name) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
  if (settings.secure_cookies) cookie += "; Secure";
  return cookie;
}

std::string expired_session_cookie(const Settings& settings) {
  std::string cookie = std::string(session_cookie_name) + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0";
  if (settings.secure_cookies) cookie += "; Secure";
  return cookie;
}

}  // namespace afk::http
