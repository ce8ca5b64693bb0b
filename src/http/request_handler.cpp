#include "http/request_handler.hpp"

#include <array>
#include <chrono>
#include <cmath>
#include <iostream>

#include "http/query_string.hpp"
#include "http/request_checks.hpp"
#include "http/static_files.hpp"

namespace afk::http {

namespace bhttp = boost::beast::http;

namespace {
bool is_api(const Router& router, const ApiRequest& request) {
  return request.path.rfind("/api/", 0) == 0 || router.services().settings.web_root.empty();
}

// Methods are logged by name only when they are HTTP's own.
std::string_view loggable_method(const std::string& method) {
  static constexpr std::array<std::string_view, 7> known{"GET",    "HEAD",  "POST",   "PUT",
                                                         "DELETE", "PATCH", "OPTIONS"};
  for (const auto name : known)
    if (name == method) return name;
  return "other";
}

void log_request(const ApiRequest& request, const RouteMatch& match, int status, double milliseconds) {
  nlohmann::json ids = nlohmann::json::object();
  for (const auto& [name, id] : match.ids) ids[name] = id;
  const nlohmann::json line{{"level", "info"},
                            {"msg", "request"},
                            {"method", loggable_method(request.method)},
                            {"route", match.route},
                            {"ids", ids},
                            {"status", status},
                            {"ms", std::round(milliseconds * 10) / 10}};
  std::cerr << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}
}  // namespace

ApiRequest to_api_request(const BeastRequest& request, const std::string& peer_address,
                          const TrustedProxies& proxies) {
  ApiRequest api;
  api.method = std::string(request.method_string());
  const std::string target(request.target());
  const size_t question = target.find('?');
  api.path = target.substr(0, question);
  if (question != std::string::npos) api.query = parse_query_string(target.substr(question + 1));
  for (const auto& field : request) {
    std::string name(field.name_string());
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    api.headers[name] = std::string(field.value());
  }
  api.body = request.body();
  const ClientOrigin origin =
      client_origin(peer_address, api.header("x-forwarded-for"), api.header("x-forwarded-proto"), proxies);
  api.client_address = origin.address;
  api.https = origin.https;
  return api;
}

bool hashes_password(const Router& router, const ApiRequest& request) {
  return is_api(router, request) && router.hashes_password(request);
}

ApiResponse handle_request(Router& router, const ApiRequest& request, bool log,
                           std::vector<store::AuditEntry>* before_answer) {
  const auto started = std::chrono::steady_clock::now();
  RouteMatch match;
  ApiResponse response;
  if (is_api(router, request)) {
    response = router.handle(request, &match, before_answer);
    response.headers.emplace_back("Cache-Control", "no-store");
  } else {
    match.route = "static";
    const Status checked = check_request_text(request);
    response = checked ? serve_static_file(router.services().settings.web_root, request)
                       : ApiResponse::error(checked.error());
  }
  if (request.method == "HEAD") response.body.clear();
  if (log) {
    const std::chrono::duration<double, std::milli> elapsed = std::chrono::steady_clock::now() - started;
    log_request(request, match, response.status, elapsed.count());
  }
  return response;
}

BeastResponse to_beast_response(const ApiResponse& api, unsigned version, bool keep_alive) {
  BeastResponse response{static_cast<bhttp::status>(api.status), version};
  response.set(bhttp::field::server, "afklaring");
  if (!api.content_type.empty()) response.set(bhttp::field::content_type, api.content_type);
  response.set("X-Content-Type-Options", "nosniff");
  response.set("X-Frame-Options", "DENY");
  response.set("Referrer-Policy", "no-referrer");
  for (const auto& [name, value] : api.headers) response.insert(name, value);
  response.keep_alive(keep_alive);
  response.body() = api.body;
  response.prepare_payload();
  return response;
}

}  // namespace afk::http
