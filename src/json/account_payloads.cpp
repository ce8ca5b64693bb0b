#include "json/account_payloads.hpp"

#include "core/text_checks.hpp"
#include "json/codec.hpp"

namespace afk::json {

namespace {
Result<Role> role_from(const std::string& code) {
  if (auto role = role_from_code(code)) return *role;
  return json_error("unknown_role", "Ukendt rolle \"" + code + "\".", "role");
}

template <class T>
Result<T> with_role(Result<T> payload, const std::string& role_code) {
  if (!payload) return payload;
  AFK_TRY(role, role_from(role_code));
  payload->role = role.value();
  return payload;
}
}  // namespace

Result<PasswordChange> parse_password_change(const Json& json) {
  auto change = read_payload<PasswordChange>(json, [](ObjectReader& reader, PasswordChange& out) {
    reader.required("current_password", out.current_password).required("new_password", out.new_password);
  });
  if (!change) return change;
  AFK_CHECK(require_text(change->current_password, "current_password", "Den nuværende adgangskode"));
  return change;
}

Result<NewUser> parse_new_user(const Json& json) {
  std::string role;
  auto user = read_payload<NewUser>(json, [&](ObjectReader& reader, NewUser& out) {
    reader.required("username", out.username)
        .required("display_name", out.display_name)
        .required("password", out.password)
        .required("role", role)
        .optional("organisation_id", out.organisation_id);
  });
  if (!user) return user;
  AFK_CHECK(require_text(user->username, "username", "Brugernavnet"));
  AFK_CHECK(require_text(user->display_name, "display_name", "Navnet"));
  return with_role(std::move(user), role);
}

Result<PasswordReset> parse_password_reset(const Json& json) {
  return read_payload<PasswordReset>(json, [](ObjectReader& reader, PasswordReset& out) {
    reader.required("new_password", out.new_password);
  });
}

Result<RoleChange> parse_role_change(const Json& json) {
  std::string role;
  auto change = read_payload<RoleChange>(json, [&](ObjectReader& reader, RoleChange& out) {
    reader.required("role", role).optional("organisation_id", out.organisation_id);
  });
  return with_role(std::move(change), role);
}

Result<LoginLockLift> parse_login_lock_lift(const Json& json) {
  auto lift = read_payload<LoginLockLift>(json, [](ObjectReader& reader, LoginLockLift& out) {
    reader.optional("user_id", out.user_id).optional("address", out.address);
  });
  if (lift && lift->user_id.has_value() == lift->address.has_value())
    return json_error("one_of", "Angiv enten brugeren (user_id) eller adressen (address).", "user_id");
  return lift;
}

}  // namespace afk::json
