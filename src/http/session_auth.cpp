#include "http/session_auth.hpp"

#include "security/passwords.hpp"
#include "security/tokens.hpp"
#include "store/audit_repository.hpp"
#include "store/login_failures_repository.hpp"
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
  principal.must_change_password = user.must_change_password;
  return principal;
}

// The stricter of the username's and the address's locks.
LoginLock current_lock(store::SqlConnection& sql, const Settings& settings, const std::string& username_key,
                       const std::string& address, std::int64_t now) {
  const LoginThrottlePolicy& policy = settings.login_throttle;
  const std::int64_t since = now - policy.window_seconds;
  const LoginLock by_name =
      login_lock(store::login_failure_times_for_username(sql, username_key, since), now, policy);
  const LoginLock by_address =
      login_lock(store::login_failure_times_from_address(sql, address, since), now, policy);
  return by_name.retry_after_seconds >= by_address.retry_after_seconds ? by_name : by_address;
}

Error locked_error(const LoginLock& lock) {
  Error error =
      make_error(ErrorKind::too_many, "login_locked", login_locked_message_da(lock.retry_after_seconds));
  error.retry_after_seconds = lock.retry_after_seconds;
  return error;
}

Error not_logged_in() {
  return make_error(ErrorKind::unauthenticated, "not_logged_in",
                    "Du er ikke logget ind, eller din session er udløbet.");
}

// A password check runs even for unknown users so timing does not reveal
// which usernames exist.
const std::string& dummy_hash() {
  static const std::string hash = security::hash_password("afklaring-dummy-password");
  return hash;
}
}  // namespace

std::string login_username_key(const Settings& settings, const std::string& username) {
  return security::keyed_hash(settings.cpr_lookup_key, "login:" + username);
}

Result<LoginResult> login(Services& services, const std::string& username, const std::string& password,
                          const std::string& client_address) {
  auto connection = services.pool.acquire();
  const std::int64_t now = services.clock.now_seconds();
  const std::string username_key = login_username_key(services.settings, username);
  std::optional<store::UserRecord> user;
  LoginLock lock;
  {
    store::Transaction read(*connection, store::Transaction::Mode::read);
    user = store::find_user_by_username(*connection, username);
    lock = current_lock(*connection, services.settings, username_key, client_address, now);
    read.commit();
  }
  // A locked attempt costs neither a password check nor a write.
  if (lock.locked) return locked_error(lock);
  const bool password_ok = security::verify_password(password, user ? user->password_hash : dummy_hash());
  store::Transaction write(*connection);
  store::AuditEntry audit;
  audit.at = utc_timestamp(now);
  audit.action = "login";
  audit.entity = "session";
  audit.address = client_address;
  if (user) {
    audit.user_id = user->id;
    audit.role = std::string(role_code(user->role));
  }
  if (!user || !user->active || !password_ok) {
    store::prune_login_failures(*connection, now - services.settings.login_throttle.window_seconds);
    store::insert_login_failure(
        *connection, {now, username_key, user ? std::optional(user->id) : std::nullopt, client_address});
    audit.outcome = "refused";
    store::append_audit(*connection, audit);
    if (current_lock(*connection, services.settings, username_key, client_address, now).locked) {
      audit.action = "login_locked";
      store::append_audit(*connection, audit);
    }
    write.commit();
    return make_error(ErrorKind::unauthenticated, "login_failed", "Forkert brugernavn eller adgangskode.",
                      "password");
  }
  store::forget_login_failures_for_username(*connection, username_key);
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
  audit.outcome = "ok";
  store::append_audit(*connection, audit);
  write.commit();
  return LoginResult{principal_from(*user, session), token};
}

Result<Principal> authenticate(Services& services, const ApiRequest& request,
                               store::SqlConnection* snapshot) {
  const auto token = request.cookie(session_cookie_name);
  if (!token || token->empty()) return not_logged_in();
  const std::string hash = security::token_hash(*token);
  const std::int64_t now = services.clock.now_seconds();
  const auto [session, user] =
      store::read_consistently(services.pool, snapshot, [&](store::SqlConnection& sql) {
        auto found = store::find_session(sql, hash);
        auto owner = found ? store::find_user(sql, found->user_id) : std::nullopt;
        return std::pair{std::move(found), std::move(owner)};
      });
  if (!session || !user || !user->active) return not_logged_in();
  const bool idle_too_long = now - session->last_seen_at > services.settings.session_idle_seconds;
  const bool too_old = now - session->created_at > services.settings.session_max_seconds;
  if (!idle_too_long && !too_old && now - session->last_seen_at < 60) return principal_from(*user, *session);
  auto connection = services.pool.acquire();
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

std::string session_cookie(const Settings& settings, const ApiRequest& request, const std::string& token) {
  std::string cookie = std::string(session_cookie_name) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict";
  if (settings.secure_cookies || request.https) cookie += "; Secure";
  return cookie;
}

std::string expired_session_cookie(const Settings& settings, const ApiRequest& request) {
  return session_cookie(settings, request, "") + "; Max-Age=0";
}

}  // namespace afk::http
