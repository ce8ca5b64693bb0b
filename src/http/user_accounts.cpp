#include "http/user_accounts.hpp"

#include <map>

#include "core/organisation.hpp"
#include "core/unit.hpp"
#include "http/routes/route_support.hpp"
#include "http/session_auth.hpp"
#include "security/password_policy.hpp"
#include "security/passwords.hpp"
#include "store/aggregates.hpp"
#include "store/login_failures_repository.hpp"

namespace afk::http {

namespace {
Error user_not_found() { return make_error(ErrorKind::not_found, "not_found", "Brugeren findes ikke."); }

Error changed_meanwhile() {
  return make_error(ErrorKind::stale_version, "stale_version",
                    "Brugeren er ændret af en anden imens. Genindlæs, og prøv igen.");
}

Result<store::UserRecord> read_user(RequestContext& context, std::int64_t user_id) {
  auto connection = context.services().pool.acquire();
  store::Transaction read(*connection, store::Transaction::Mode::read);
  auto user = store::find_user(*connection, user_id);
  read.commit();
  if (!user) return user_not_found();
  return *user;
}

Status acceptable_password(const std::string& password, const store::UserRecord& user,
                           const std::string& field, const std::string& previous = {}) {
  if (auto problem = security::password_problem_da(password, {user.username, user.display_name, previous}))
    return make_error(ErrorKind::bad_input, "weak_password", *problem, field);
  return ok_status();
}

// The organisation a role belongs to must exist and be of the role's kind.
Status check_organisation(store::SqlConnection& sql, Role role,
                          const std::optional<std::int64_t>& organisation_id) {
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
// as asked, audits `action` and answers with the saved user.
ApiResponse save_user(RequestContext& context, const store::UserRecord& changed, const std::string& action,
                      EndSessions end, const std::function<void(store::SqlConnection&)>& also = {}) {
  return run_command(context, [&](store::SqlConnection& sql, AuditTrail& trail) -> Result<ApiResponse> {
    trail.record(action, std::nullopt, "user", changed.id);
    if (!store::update_user(sql, changed)) return changed_meanwhile();
    if (also) also(sql);
    if (end == EndSessions::all) store::end_sessions_of_user(sql, changed.id);
    if (end == EndSessions::others)
      store::end_sessions_of_user(sql, changed.id, context.principal().session_token_hash);
    const auto saved = store::find_user(sql, changed.id);
    return versioned_answer(user_json(*saved), saved->version);
  });
}

Error not_on_yourself() {
  return make_error(
      ErrorKind::illegal_state, "not_on_yourself",
      "Du kan ikke ændre din egen rolle eller deaktivere dig selv. Bed en anden administrator.");
}
}  // namespace

nlohmann::json user_json(const store::UserRecord& user) {
  return {
      {"id", user.id},
      {"username", user.username},
      {"display_name", user.display_name},
      {"role", role_code(user.role)},
      {"organisation_kind", organisation_kind_code(user.organisation_kind)},
      {"organisation_id", user.organisation_id ? nlohmann::json(*user.organisation_id) : nlohmann::json()},
      {"active", user.active},
      {"must_change_password", user.must_change_password},
      {"version", user.version}};
}

ApiResponse change_own_password(RequestContext& context, const json::PasswordChange& change) {
  auto user = read_user(context, context.principal().user_id);
  if (!user) return ApiResponse::error(user.error());
  if (!security::verify_password(change.current_password, user->password_hash))
    return run_command(context, [&](store::SqlConnection&, AuditTrail& trail) -> Result<ApiResponse> {
      trail.record("password_change", std::nullopt, "user", user->id);  // audited as refused
      return make_error(ErrorKind::forbidden, "wrong_password", "Den nuværende adgangskode er forkert.",
                        "current_password");
    });
  if (auto acceptable =
          acceptable_password(change.new_password, user.value(), "new_password", change.current_password);
      !acceptable)
    return ApiResponse::error(acceptable.error());
  store::UserRecord changed = user.value();
  changed.password_hash = security::hash_password(change.new_password);
  changed.must_change_password = false;
  return save_user(context, changed, "password_change", EndSessions::others);
}

ApiResponse create_user(RequestContext& context, const json::NewUser& wanted) {
  store::UserRecord user;
  user.username = wanted.username;
  user.display_name = wanted.display_name;
  user.role = wanted.role;
  user.organisation_kind = organisation_kind_for(wanted.role);
  user.organisation_id = wanted.organisation_id;
  user.must_change_password = true;
  if (auto acceptable = acceptable_password(wanted.password, user, "password"); !acceptable)
    return ApiResponse::error(acceptable.error());
  user.password_hash = security::hash_password(wanted.password);
  return run_command(context, [&](store::SqlConnection& sql, AuditTrail& trail) -> Result<ApiResponse> {
    if (auto organisation = check_organisation(sql, user.role, user.organisation_id); !organisation)
      return organisation.error();
    if (store::find_user_by_username(sql, user.username))
      return make_error(ErrorKind::illegal_state, "username_taken", "Brugernavnet er allerede i brug.",
                        "username");
    user.id = store::insert_user(sql, user);
    trail.record("user_create", std::nullopt, "user", user.id);
    return versioned_answer(user_json(user), user.version, 201);
  });
}

ApiResponse set_user_active(RequestContext& context, std::int64_t user_id, bool active) {
  if (user_id == context.principal().user_id) return ApiResponse::error(not_on_yourself());
  auto user = read_user(context, user_id);
  if (!user) return ApiResponse::error(user.error());
  store::UserRecord changed = user.value();
  changed.active = active;
  return save_user(context, changed, active ? "user_activate" : "user_deactivate",
                   active ? EndSessions::none : EndSessions::all);
}

ApiResponse reset_password(RequestContext& context, std::int64_t user_id, const json::PasswordReset& reset) {
  auto user = read_user(context, user_id);
  if (!user) return ApiResponse::error(user.error());
  if (auto acceptable = acceptable_password(reset.new_password, user.value(), "new_password"); !acceptable)
    return ApiResponse::error(acceptable.error());
  store::UserRecord changed = user.value();
  changed.password_hash = security::hash_password(reset.new_password);
  changed.must_change_password = true;
  const std::string username_key = login_username_key(context.services().settings, changed.username);
  return save_user(context, changed, "password_reset", EndSessions::all, [&](store::SqlConnection& sql) {
    store::forget_login_failures_for_username(sql, username_key);
  });
}

ApiResponse change_role(RequestContext& context, std::int64_t user_id, const json::RoleChange& change) {
  if (user_id == context.principal().user_id) return ApiResponse::error(not_on_yourself());
  auto expected = context.expected_version();
  if (!expected) return ApiResponse::error(expected.error());
  return run_command(context, [&](store::SqlConnection& sql, AuditTrail& trail) -> Result<ApiResponse> {
    auto user = store::find_user(sql, user_id);
    if (!user) return user_not_found();
    trail.record("role_change", std::nullopt, "user", user_id);
    if (user->version != expected.value()) return changed_meanwhile();
    if (auto organisation = check_organisation(sql, change.role, change.organisation_id); !organisation)
      return organisation.error();
    user->role = change.role;
    user->organisation_kind = organisation_kind_for(change.role);
    user->organisation_id = change.organisation_id;
    if (!store::update_user(sql, *user)) return changed_meanwhile();
    const auto saved = store::find_user(sql, user_id);
    return versioned_answer(user_json(*saved), saved->version);
  });
}

ApiResponse list_login_locks(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail&) -> Result<ApiResponse> {
    const auto& policy = context.services().settings.login_throttle;
    const std::int64_t now = context.services().clock.now_seconds();
    std::map<std::int64_t, std::vector<std::int64_t>> by_user;
    std::map<std::string, std::vector<std::int64_t>> by_address;
    for (const auto& failure : store::login_failures_since(sql, now - policy.window_seconds)) {
      if (failure.user_id) by_user[*failure.user_id].push_back(failure.at);
      by_address[failure.address].push_back(failure.at);
    }
    nlohmann::json items = nlohmann::json::array();
    for (const auto& [user_id, times] : by_user) {
      const LoginLock lock = login_lock(times, now, policy);
      const auto user = store::find_user(sql, user_id);
      if (!lock.locked || !user) continue;
      items.push_back({{"kind", "user"},
                       {"user_id", user_id},
                       {"username", user->username},
                       {"failures", times.size()},
                       {"locked_until", utc_timestamp(lock.until)},
                       {"retry_after_seconds", lock.retry_after_seconds}});
    }
    for (const auto& [address, times] : by_address) {
      const LoginLock lock = login_lock(times, now, policy);
      if (!lock.locked) continue;
      items.push_back({{"kind", "address"},
                       {"address", address},
                       {"failures", times.size()},
                       {"locked_until", utc_timestamp(lock.until)},
                       {"retry_after_seconds", lock.retry_after_seconds}});
    }
    return json_answer({{"items", items}});
  });
}

ApiResponse lift_login_lock(RequestContext& context, const json::LoginLockLift& lift) {
  return run_command(context, [&](store::SqlConnection& sql, AuditTrail& trail) -> Result<ApiResponse> {
    if (lift.user_id) {
      const auto user = store::find_user(sql, *lift.user_id);
      if (!user) return user_not_found();
      trail.record("login_unlock", std::nullopt, "user", user->id);
      store::forget_login_failures_for_username(
          sql, login_username_key(context.services().settings, user->username));
    } else {
      trail.record("login_unlock", std::nullopt, "address", std::nullopt);
      store::forget_login_failures_from_address(sql, *lift.address);
    }
    return ApiResponse::no_content();
  });
}

}  // namespace afk::http
