// Routes: method, path pattern with {parameters}, the roles that may call
// it, and the handler. The router authenticates, checks the role and the
// CSRF token, parses the JSON body, and turns errors into JSON answers.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "http/access_policy.hpp"
#include "http/api_types.hpp"
#include "http/principal.hpp"
#include "http/services.hpp"

namespace afk::http {

class RequestContext;
using Handler = std::function<ApiResponse(RequestContext&)>;

enum class Access {
  public_route,  // no login (health, login, the OpenAPI document)
  logged_in,     // any logged-in user; `roles` lists who
};

// What a route's handler costs beyond a database transaction.
enum class Workload {
  ordinary,
  // Hashes or verifies a password (argon2id: tens of milliseconds and 64 MiB):
  // runs on the server's small password pool, never on an I/O thread.
  password_hash,
};

struct Route {
  std::string method;
  std::string pattern;  // "/api/v1/courses/{courseId}"
  Access access = Access::logged_in;
  std::set<Role> roles;  // who may call it (logged_in routes)
  std::string scope;     // the organisational scope, as documented (e.g. "unit of the course")
  Handler handler;
  Workload workload = Workload::ordinary;
  // Reachable with a first or reset password that must be changed before anything else.
  bool before_password_change = false;
};

// Which route answered, for the request log: the template and the numeric
// ids of the path, never the path itself (a client may put anything there).
struct RouteMatch {
  std::string route = "unmatched";
  std::vector<std::pair<std::string, std::int64_t>> ids;
};

class RequestContext {
 public:
  RequestContext(const ApiRequest& request, Services& services) : request_(request), services_(services) {}

  const ApiRequest& request() const { return request_; }
  Services& services() { return services_; }
  const Principal& principal() const { return *principal_; }
  bool logged_in() const { return principal_.has_value(); }
  const nlohmann::json& body() const { return body_; }

  // A numeric path parameter, or a 400 error naming it.
  Result<std::int64_t> id_parameter(const std::string& name) const;
  std::string text_parameter(const std::string& name) const;
  std::optional<std::string> query(const std::string& name) const;
  // The version the client last read (If-Match: "3"), or 428-style error.
  Result<std::int64_t> expected_version() const;
  Status require_access(const RecordScope& scope) const { return http::require_access(principal(), scope); }

 private:
  friend class Router;
  const ApiRequest& request_;
  Services& services_;
  std::map<std::string, std::string> parameters_;
  std::optional<Principal> principal_;
  nlohmann::json body_;
};

class Router {
 public:
  explicit Router(Services& services) : services_(services) {}
  void add(Route route);
  ApiResponse handle(const ApiRequest& request, RouteMatch* matched = nullptr);
  // Whether the request reaches a route that hashes passwords (Workload::password_hash).
  // Only those few routes are matched: this runs before every API request.
  bool hashes_password(const ApiRequest& request) const;
  const std::vector<Route>& routes() const { return routes_; }
  Services& services() { return services_; }
  const Services& services() const { return services_; }

 private:
  ApiResponse dispatch(const Route& route, RequestContext& context);
  Services& services_;
  std::vector<Route> routes_;
};

// Path pattern matching: fills `parameters` and returns true on a match.
bool match_pattern(const std::string& pattern, const std::string& path, std::map<std::string, std::string>& parameters);

}  // namespace afk::http
