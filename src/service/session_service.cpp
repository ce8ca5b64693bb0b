#include "service/session_service.hpp"

#include "core/role.hpp"
#include "security/passwords.hpp"
#include "security/tokens.hpp"
#include "service/timestamps.hpp"
#include "store/audit_repository.hpp"
#include "store/integration_tokens.hpp"
#include "store/login_failures_repository.hpp"

namespace afk::service {

namespace {
// The stricter of the username's and the address's locks.
LoginLock current_lock(store::SqlConnection& sql, const SessionPolicy& policy,
                       const std::string& username_key, const std::string& address, std::int64_t now) {
  const std::int64_t since = now - policy.throttle.window_seconds;
  const LoginLock by_name =
      login_lock(store::login_failure_times_for_username(sql, username_key, since), now, policy.throttle);
  const LoginLock by_address =
      login_lock(store::login_failure_times_from_address(sql, address, since), now, policy.throttle);
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

std::string login_username_key(const SessionPolicy& policy, const std::string& username) {
  return security::keyed_hash(policy.username_key_secret, "login:" + username);
}

Result<OpenSession> log_in(store::ConnectionPool& pool, const SessionPolicy& policy, std::int64_t now,
                           const std::string& username, const std::string& password,
                           const std::string& client_address) {
  auto connection = pool.acquire();
  const std::string username_key = login_username_key(policy, username);
  std::optional<store::UserRecord> user;
  LoginLock lock;
  {
    store::Transaction read(*connection, store::Transaction::Mode::read);
    user = store::find_user_by_username(*connection, username);
    lock = current_lock(*connection, policy, username_key, client_address, now);
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
  // An integration has no password log-in: it calls with its token (find_integration).
  const bool may_log_in = user && user->active && user->role != Role::integration;
  if (!may_log_in || !password_ok) {
    store::prune_login_failures(*connection, now - policy.throttle.window_seconds);
    store::insert_login_failure(
        *connection, {now, username_key, user ? std::optional(user->id) : std::nullopt, client_address});
    audit.outcome = "refused";
    store::append_audit(*connection, audit);
    if (current_lock(*connection, policy, username_key, client_address, now).locked) {
      audit.action = "login_locked";
      store::append_audit(*connection, audit);
    }
    write.commit();
    return make_error(ErrorKind::unauthenticated, "login_failed", "Forkert brugernavn eller adgangskode.",
                      "password");
  }
  store::forget_login_failures_for_username(*connection, username_key);
  OpenSession opened{*user, {}, security::random_token()};
  opened.session.token_hash = security::token_hash(opened.token);
  opened.session.user_id = user->id;
  opened.session.csrf_token = security::random_token();
  opened.session.created_at = now;
  opened.session.last_seen_at = now;
  store::delete_expired_sessions(*connection, now - policy.idle_seconds, now - policy.max_seconds);
  store::insert_session(*connection, opened.session);
  audit.outcome = "ok";
  store::append_audit(*connection, audit);
  write.commit();
  return opened;
}

Result<OpenSession> find_session(store::ConnectionPool& pool, store::SqlConnection* snapshot,
                                 const SessionPolicy& policy, std::int64_t now, const std::string& token) {
  if (token.empty()) return not_logged_in();
  const std::string hash = security::token_hash(token);
  const auto owner = store::read_consistently(
      pool, snapshot, [&](store::SqlConnection& sql) { return store::find_session_with_user(sql, hash); });
  if (!owner || !owner->user.active) return not_logged_in();
  const store::SessionRecord* session = &owner->session;
  const store::UserRecord* user = &owner->user;
  const bool idle_too_long = now - session->last_seen_at > policy.idle_seconds;
  const bool too_old = now - session->created_at > policy.max_seconds;
  if (!idle_too_long && !too_old && now - session->last_seen_at < 60) return OpenSession{*user, *session, ""};
  auto connection = pool.acquire();
  store::Transaction write(*connection);
  if (idle_too_long || too_old) {
    store::delete_session(*connection, hash);
    write.commit();
    return not_logged_in();
  }
  // Refresh the idle clock at most once a minute, so reads stay reads.
  store::touch_session(*connection, hash, now);
  write.commit();
  return OpenSession{*user, *session, ""};
}

void log_out(store::ConnectionPool& pool, const std::string& session_token_hash) {
  auto connection = pool.acquire();
  store::Transaction write(*connection);
  store::delete_session(*connection, session_token_hash);
  write.commit();
}

Result<store::UserRecord> find_integration(store::ConnectionPool& pool, store::SqlConnection* snapshot,
                                           const std::string& token) {
  const auto refused = [] {
    return make_error(ErrorKind::unauthenticated, "integration_token_invalid",
                      "Adgangsnøglen til integrationen er ukendt eller spærret.");
  };
  if (token.empty()) return refused();
  const std::string hash = security::token_hash(token);
  const auto user = store::read_consistently(pool, snapshot, [&](store::SqlConnection& sql) {
    return store::user_with_integration_token(sql, hash);
  });
  if (!user || !user->active || user->role != Role::integration) return refused();
  return *user;
}

}  // namespace afk::service
