// Users and the audit log, for the administrator. The audit log names
// citizens by id only.
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "security/passwords.hpp"
#include "store/users_repository.hpp"

namespace afk::http {

namespace {
nlohmann::json user_json(const store::UserRecord& user) {
  return {{"id", user.id},
          {"username", user.username},
          {"display_name", user.display_name},
          {"role", role_code(user.role)},
          {"organisation_kind", organisation_kind_code(user.organisation_kind)},
          {"organisation_id", user.organisation_id ? nlohmann::json(*user.organisation_id) : nlohmann::json()},
          {"active", user.active}};
}

ApiResponse list_users_route(RequestContext& context) {
  return run_query(context, [](store::SqlConnection& sql, AuditTrail&) -> Result<ApiResponse> {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& user : store::list_users(sql)) items.push_back(user_json(user));
    return json_answer({{"items", items}});
  });
}

Result<store::UserRecord> parse_new_user(const nlohmann::json& body) {
  static const std::set<std::string> fields{"username", "display_name", "password", "role", "organisation_id"};
  if (!body.is_object())
    return make_error(ErrorKind::bad_input, "object_expected", "Forespørgslen skal være et JSON-objekt.", "body");
  for (const auto& [key, value] : body.items())
    if (!fields.contains(key)) return make_error(ErrorKind::bad_input, "unknown_field", "Ukendt felt: " + key, key);
  for (const char* field : {"username", "display_name", "password", "role"})
    if (!body.contains(field) || !body[field].is_string() || body[field].get<std::string>().empty())
      return make_error(ErrorKind::bad_input, "required", "Feltet skal udfyldes.", field);
  store::UserRecord user;
  user.username = body["username"];
  user.display_name = body["display_name"];
  const std::string password = body["password"];
  if (password.size() < 12)
    return make_error(ErrorKind::bad_input, "password_too_short", "Adgangskoden skal have mindst 12 tegn.",
                      "password");
  const auto role = role_from_code(body["role"].get<std::string>());
  if (!role) return make_error(ErrorKind::bad_input, "unknown_role", "Ukendt rolle.", "role");
  user.role = *role;
  user.organisation_kind = organisation_kind_for(*role);
  const bool needs_organisation =
      user.organisation_kind != OrganisationKind::system && user.organisation_kind != OrganisationKind::national;
  if (needs_organisation) {
    if (!body.contains("organisation_id") || !body["organisation_id"].is_number_integer())
      return make_error(ErrorKind::bad_input, "required", "Vælg brugerens organisation.", "organisation_id");
    user.organisation_id = body["organisation_id"].get<std::int64_t>();
  }
  user.password_hash = security::hash_password(password);
  return user;
}

ApiResponse create_user_route(RequestContext& context) {
  return run_command(context, [&](store::SqlConnection& sql, AuditTrail&) -> Result<ApiResponse> {
    auto user = parse_new_user(context.body());
    if (!user) return user.error();
    if (store::find_user_by_username(sql, user->username))
      return make_error(ErrorKind::illegal_state, "username_taken", "Brugernavnet er allerede i brug.", "username");
    user->id = store::insert_user(sql, user.value());
    return json_answer(user_json(user.value()), 201);
  });
}

ApiResponse audit_route(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail&) -> Result<ApiResponse> {
    store::AuditQuery query;
    if (auto citizen = context.query("citizen_id")) {
      try {
        query.citizen_id = std::stoll(*citizen);
      } catch (...) {
        return make_error(ErrorKind::bad_input, "invalid_id", "Ugyldigt borger-id.", "citizen_id");
      }
    }
    nlohmann::json items = nlohmann::json::array();
    for (const auto& entry : store::query_audit(sql, query))
      items.push_back({{"id", entry.id},
                       {"at", entry.at},
                       {"user_id", entry.user_id ? nlohmann::json(*entry.user_id) : nlohmann::json()},
                       {"role", entry.role},
                       {"action", entry.action},
                       {"citizen_id", entry.citizen_id ? nlohmann::json(*entry.citizen_id) : nlohmann::json()},
                       {"entity", entry.entity},
                       {"entity_id", entry.entity_id ? nlohmann::json(*entry.entity_id) : nlohmann::json()},
                       {"address", entry.address},
                       {"outcome", entry.outcome}});
    return json_answer({{"items", items}});
  });
}
}  // namespace

void register_admin_routes(Router& router) {
  router.add({"GET", "/api/v1/users", Access::logged_in, {Role::admin}, "all", list_users_route});
  router.add({"POST", "/api/v1/users", Access::logged_in, {Role::admin}, "all", create_user_route});
  router.add({"GET", "/api/v1/audit", Access::logged_in, {Role::admin}, "all", audit_route});
}

}  // namespace afk::http
