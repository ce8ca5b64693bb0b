// Log in, who am I, log out.
#include "core/access_policy.hpp"
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "http/session_auth.hpp"
#include "http/user_accounts.hpp"

namespace afk::http {

namespace {

nlohmann::json principal_json(const Principal& principal) {
  nlohmann::json organisation_id = nullptr;
  if (principal.organisation_id) organisation_id = *principal.organisation_id;
  return {{"user",
           {{"id", principal.user_id},
            {"username", principal.username},
            {"display_name", principal.display_name},
            {"role", role_code(principal.role)},
            {"role_label", role_label_da(principal.role)},
            {"organisation_kind", organisation_kind_code(principal.organisation_kind)},
            {"organisation_id", organisation_id},
            {"must_change_password", principal.must_change_password},
            {"allowed_actions", action_codes_of(principal.role)}}},
          {"csrf_token", principal.csrf_token}};
}

ApiResponse log_in(RequestContext& context) {
  const auto& body = context.body();
  if (!body.is_object())
    return ApiResponse::error(make_error(ErrorKind::bad_input, "object_expected",
                                         "Forespørgslen skal være et JSON-objekt.", "body"));
  for (const auto& [key, value] : body.items())
    if (key != "username" && key != "password")
      return ApiResponse::error(
          make_error(ErrorKind::bad_input, "unknown_field", "Ukendt felt: " + key, key));
  for (const char* field : {"username", "password"})
    if (!body.contains(field) || !body[field].is_string() || body[field].get<std::string>().empty())
      return ApiResponse::error(make_error(
          ErrorKind::bad_input, "required",
          std::string(field) == "username" ? "Skriv dit brugernavn." : "Skriv din adgangskode.", field));
  auto result = login(context.services(), body["username"].get<std::string>(),
                      body["password"].get<std::string>(), context.request().client_address);
  if (!result) {
    auto refused = ApiResponse::error(result.error());
    if (result.error().kind == ErrorKind::too_many)
      refused.delay = context.services().settings.locked_login_answer_delay;
    return refused;
  }
  auto response = ApiResponse::json(principal_json(result->principal));
  response.headers.emplace_back(
      "Set-Cookie", session_cookie(context.services().settings, context.request(), result->session_token));
  return response;
}

ApiResponse change_password_route(RequestContext& context) {
  AFK_TRY(change, json::parse_password_change(context.body()));
  return change_own_password(context, change.value());
}
}  // namespace

void register_session_routes(Router& router) {
  router.add({"POST",
              "/api/v1/session",
              Access::public_route,
              Action::use_own_account,
              {},
              log_in,
              Workload::password_hash});
  router.add({"GET",
              "/api/v1/session",
              Access::logged_in,
              Action::use_own_account,
              {},
              [](RequestContext& context) -> ApiResponse { return ApiResponse::json(principal_json(context.principal())); },
              Workload::ordinary,
              true});
  router.add({"DELETE",
              "/api/v1/session",
              Access::logged_in,
              Action::use_own_account,
              {},
              [](RequestContext& context) -> ApiResponse {
                logout(context.services(), context.principal());
                auto response = ApiResponse::no_content();
                response.headers.emplace_back(
                    "Set-Cookie", expired_session_cookie(context.services().settings, context.request()));
                return response;
              },
              Workload::ordinary,
              true});
  router.add({"POST",
              "/api/v1/session/password",
              Access::logged_in,
              Action::use_own_account,
              {},
              change_password_route,
              Workload::password_hash,
              true});
}

}  // namespace afk::http
