#include "service/user_service.hpp"

#include <map>

#include "core/organisation.hpp"
#include "core/unit.hpp"
#include "security/password_policy.hpp"
#include "security/passwords.hpp"
#include "service/unit_of_work.hpp"
#include "store/aggregates.hpp"
#include "store/login_failures_repository.hpp"

namespace afk::service {

namespace {
Error user_not_found() { return make_error(ErrorKind::not_found, "not_found", "Brugeren findes ikke."); }

Error changed_meanwhile() {
  return make_error(ErrorKind::stale_version, "stale_version",
                    "Brugeren er ændret af en anden imens. Genindlæs, og prøv igen.");
}

Error not_on_yourself() {
  return make_error(
      ErrorKind::illegal_state, "not_on_yourself",
      "Du kan ikke ændre din egen rolle eller deaktivere dig selv. Bed en anden administrator.");
}

Result<UserRecord> read_user(Invocation& call, std::int64_t user_id) {
  return run_query<UserRecord>(call, [&](store::SqlConnection& sql, AuditTrail&) -> Result<UserRecord> {
    auto user = store::find_user(sql, user_id);
    if (!user) return user_not_found();
    return *user;
  });
}

Status acceptable_password(const std::string& password, const UserRecord& user, const std::string& field,
                           const std::string& previous = {}) {
  if (auto problem = security::password_problem_da(password, {user.username, user.display_name, previous}))
    return make_error(ErrorKind::bad_input, "weak_password", *problem, field);
  return ok_status();
}

// The organisation a role belongs to must exist and be of the role's kind. An
// integration is no person: it gets a token from `afklaring integration add`.
Status check_organisation(store::SqlConnection& sql, Role role,
                          const std::optional<std::int64_t>& organisation_id) {
  if (role == Role::integration)
    return make_error(ErrorKind::bad_input, "role_not_assignable",
                      "En integration oprettes af driften med en adgangsnøgle, ikke som bruger.", "role");
  const OrganisationKind kind = organisation_kind_for(role);
  if (kind == OrganisationKind::system || kind == OrganisationKind::national) {
    if (organisation_id)
      return make_error(ErrorKind::bad_input, "no_organisation",
                        "Denne rolle hører ikke til en organisation.", "organisation_id");
    return ok_status();
  }
  if (!organisation_id)
    return make_error(ErrorKind::bad_input, "required", "Vælg brugerens organisation.", "organisation_id");
  const bool exists = kind == OrganisationKind::ward ? store::load<Ward>(sql, *organisation_id).ok()
                      : kind == OrganisationKind::unit
                          ? store::load<Unit>(sql, *organisation_id).ok()
                          : store::load<Municipality>(sql, *organisation_id).ok();
  if (!exists)
    return make_error(ErrorKind::bad_input, "unknown_organisation",
                      "Organisationen findes ikke, eller den passer ikke til rollen.", "organisation_id");
  return ok_status();
}

enum class EndSessions { none, others, all };

// Saves `changed` when the stored user still has its version, ends sessions
// as asked (others: all but `kept_session_hash`), audits `action` and
// returns the saved user.
Result<UserRecord> save_user(Invocation& call, const UserRecord& changed, const std::string& action,
                             EndSessions end, const std::string& kept_session_hash = {},
                             const std::function<void(store::SqlConnection&)>& also = {}) {
  return run_command<UserRecord>(call,
                                 [&](store::SqlConnection& sql, AuditTrail& trail) -> Result<UserRecord> {
                                   trail.record(action, std::nullopt, "user", changed.id);
                                   if (!store::update_user(sql, changed)) return changed_meanwhile();
                                   if (also) also(sql);
                                   if (end == EndSessions::all) store::end_sessions_of_user(sql, changed.id);
                                   if (end == EndSessions::others)
                                     store::end_sessions_of_user(sql, changed.id, kept_session_hash);
                                   return *store::find_user(sql, changed.id);
                                 });
}
}  // namespace

Result<std::vector<UserRecord>> list_users(Invocation& call) {
  return run_query<std::vector<UserRecord>>(
      call, [](store::SqlConnection& sql, AuditTrail&) -> Result<std::vector<UserRecord>> {
        return store::list_users(sql);
      });
}

Result<UserRecord> change_own_password(Invocation& call, const json::PasswordChange& change,
                                       const std::string& own_session_hash) {
  AFK_TRY(user, read_user(call, call.user_id()));
  if (!security::verify_password(change.current_password, user->password_hash))
    return run_command<UserRecord>(call, [&](store::SqlConnection&, AuditTrail& trail) -> Result<UserRecord> {
      trail.record("password_change", std::nullopt, "user", user->id);  // audited as refused
      return make_error(ErrorKind::forbidden, "wrong_password", "Den nuværende adgangskode er forkert.",
                        "current_password");
    });
  AFK_CHECK(acceptable_password(change.new_password, user.value(), "new_password", change.current_password));
  UserRecord changed = user.value();
  changed.password_hash = security::hash_password(change.new_password);
  changed.must_change_password = false;
  return save_user(call, changed, "password_change", EndSessions::others, own_session_hash);
}

Result<UserRecord> create_user(Invocation& call, const json::NewUser& wanted) {
  UserRecord user;
  user.username = wanted.username;
  user.display_name = wanted.display_name;
  user.role = wanted.role;
  user.organisation_kind = organisation_kind_for(wanted.role);
  user.organisation_id = wanted.organisation_id;
  user.must_change_password = true;
  AFK_CHECK(acceptable_password(wanted.password, user, "password"));
  user.password_hash = security::hash_password(wanted.password);
  return run_command<UserRecord>(call,
                                 [&](store::SqlConnection& sql, AuditTrail& trail) -> Result<UserRecord> {
                                   AFK_CHECK(check_organisation(sql, user.role, user.organisation_id));
                                   if (store::find_user_by_username(sql, user.username))
                                     return make_error(ErrorKind::illegal_state, "username_taken",
                                                       "Brugernavnet er allerede i brug.", "username");
                                   user.id = store::insert_user(sql, user);
                                   trail.record("user_create", std::nullopt, "user", user.id);
                                   return user;
                                 });
}

Result<UserRecord> set_user_active(Invocation& call, std::int64_t user_id, bool active) {
  if (user_id == call.user_id()) return not_on_yourself();
  AFK_TRY(user, read_user(call, user_id));
  UserRecord changed = user.value();
  changed.active = active;
  return save_user(call, changed, active ? "user_activate" : "user_deactivate",
                   active ? EndSessions::none : EndSessions::all);
}

Result<UserRecord> reset_password(Invocation& call, const SessionPolicy& policy, std::int64_t user_id,
                                  const json::PasswordReset& reset) {
  AFK_TRY(user, read_user(call, user_id));
  AFK_CHECK(acceptable_password(reset.new_password, user.value(), "new_password"));
  UserRecord changed = user.value();
  changed.password_hash = security::hash_password(reset.new_password);
  changed.must_change_password = true;
  const std::string username_key = login_username_key(policy, changed.username);
  return save_user(call, changed, "password_reset", EndSessions::all, {}, [&](store::SqlConnection& sql) {
    store::forget_login_failures_for_username(sql, username_key);
  });
}

Result<UserRecord> change_role(Invocation& call, std::int64_t user_id, std::int64_t expected_version,
                               const json::RoleChange& change) {
  if (user_id == call.user_id()) return not_on_yourself();
  return run_command<UserRecord>(call,
                                 [&](store::SqlConnection& sql, AuditTrail& trail) -> Result<UserRecord> {
                                   auto user = store::find_user(sql, user_id);
                                   if (!user) return user_not_found();
                                   trail.record("role_change", std::nullopt, "user", user_id);
                                   if (user->version != expected_version) return changed_meanwhile();
                                   AFK_CHECK(check_organisation(sql, change.role, change.organisation_id));
                                   user->role = change.role;
                                   user->organisation_kind = organisation_kind_for(change.role);
                                   user->organisation_id = change.organisation_id;
                                   if (!store::update_user(sql, *user)) return changed_meanwhile();
                                   return *store::find_user(sql, user_id);
                                 });
}

Result<std::vector<LockedLogin>> login_locks(Invocation& call, const SessionPolicy& policy) {
  return run_query<std::vector<LockedLogin>>(
      call, [&](store::SqlConnection& sql, AuditTrail&) -> Result<std::vector<LockedLogin>> {
        const std::int64_t now = call.now_seconds();
        std::map<std::int64_t, std::vector<std::int64_t>> by_user;
        std::map<std::string, std::vector<std::int64_t>> by_address;
        for (const auto& failure : store::login_failures_since(sql, now - policy.throttle.window_seconds)) {
          if (failure.user_id) by_user[*failure.user_id].push_back(failure.at);
          by_address[failure.address].push_back(failure.at);
        }
        std::vector<LockedLogin> locked;
        for (const auto& [user_id, times] : by_user) {
          const LoginLock lock = login_lock(times, now, policy.throttle);
          auto user = store::find_user(sql, user_id);
          if (lock.locked && user) locked.push_back({std::move(user), "", times.size(), lock});
        }
        for (const auto& [address, times] : by_address) {
          const LoginLock lock = login_lock(times, now, policy.throttle);
          if (lock.locked) locked.push_back({std::nullopt, address, times.size(), lock});
        }
        return locked;
      });
}

Status lift_login_lock(Invocation& call, const SessionPolicy& policy, const json::LoginLockLift& lift) {
  return run_command_status(call, [&](store::SqlConnection& sql, AuditTrail& trail) -> Status {
    if (lift.user_id) {
      const auto user = store::find_user(sql, *lift.user_id);
      if (!user) return user_not_found();
      trail.record("login_unlock", std::nullopt, "user", user->id);
      store::forget_login_failures_for_username(sql, login_username_key(policy, user->username));
    } else {
      trail.record("login_unlock", std::nullopt, "address", std::nullopt);
      store::forget_login_failures_from_address(sql, *lift.address);
    }
    return ok_status();
  });
}

}  // namespace afk::service
