// Routes: method, path pattern with {parameters}, the action the route takes
// and the resource it acts on, and the handler. The router authenticates,
// applies the access policy (core/access_policy) before the handler and
// audits every refusal, checks the CSRF token, parses the JSON body, and
// turns errors into JSON answers.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/access_policy.hpp"
#include "http/api_types.hpp"
#include "http/principal.hpp"
#include "http/services.hpp"
#include "service/invocation.hpp"
#include "service/unit_of_work.hpp"
#include "store/audit_repository.hpp"
#include "store/connection_pool.hpp"
#include "store/sql.hpp"

namespace afk::http {

class RequestContext;
using Handler = std::function<ApiResponse(RequestContext&)>;

enum class Access {
  public_route,  // no login (health, login, the OpenAPI document)
  logged_in,     // any logged-in user; `roles` lists who
  integration,   // a system with an integration token (Authorization: Bearer), never a browser session
};

// What a route's handler costs beyond a database transaction.
enum class Workload {
  ordinary,
  // Hashes or verifies a password (argon2id: tens of milliseconds and 64 MiB):
  // runs on the server's small password pool, never on an I/O thread.
  password_hash,
};

// The record a route acts on: its kind and the path parameter with its id.
struct ResourceRef {
  ResourceKind kind = ResourceKind::none;
  std::string parameter;
};

struct Route {
  std::string method;
  std::string pattern;  // "/api/v1/courses/{courseId}"
  Access access = Access::logged_in;
  Action action = Action::read_catalogue;  // logged_in routes: what the policy decides on
  ResourceRef resource;                    // the record, when the path names one
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

class RequestContext : public service::Invocation {
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
  // The same when the header is there; none when it is not (commands that only add).
  Result<std::optional<std::int64_t>> read_version_if_given() const;
  // What the services ask of the request (service/invocation.hpp).
  store::ConnectionPool& pool() override { return services_.pool; }
  Caller caller() const override { return {principal().role, principal().organisation_id}; }
  std::int64_t user_id() const override { return principal().user_id; }
  std::string user_display_name() const override { return principal().display_name; }
  OrganisationKind organisation_kind() const override { return principal().organisation_kind; }
  Date today() const override { return services_.clock.today(); }
  std::int64_t now_seconds() const override { return services_.clock.now_seconds(); }
  // The route's action and the policy's decision on the route's resource.
  Action action() const { return action_; }
  const AccessDecision& access() const { return access_; }
  // The policy on a record the request names in its body (service::authorize).
  Status authorize(store::SqlConnection& sql, Action action, ResourceKind kind, std::int64_t id,
                   const std::string& field) {
    return service::authorize(*this, sql, action, kind, id, field);
  }
  // Entries that need no transaction of their own (reads, refusals): they
  // are group-committed and the answer waits for them (store/audit_writer).
  void log_before_answer(std::vector<store::AuditEntry> entries) override;
  // A read request's one snapshot: the session, the policy's facts and the
  // handler read the same state in one read transaction (null for other
  // requests: a command takes its own write transaction).
  store::SqlConnection* read_snapshot() override { return snapshot_ ? &snapshot_->sql() : nullptr; }
  // Audit entries of this request, with who, from where and why filled in.
  store::AuditEntry audit_entry(const std::string& action, std::optional<std::int64_t> citizen_id,
                                const std::string& entity,
                                std::optional<std::int64_t> entity_id) const override;

 private:
  friend class Router;
  const ApiRequest& request_;
  Services& services_;
  std::map<std::string, std::string> parameters_;
  std::optional<Principal> principal_;
  nlohmann::json body_;
  Action action_ = Action::read_catalogue;
  AccessDecision access_;
  std::vector<store::AuditEntry> before_answer_;  // committed before the answer is sent
  std::unique_ptr<service::ReadSnapshot> snapshot_;
};

class Router {
 public:
  explicit Router(Services& services);
  void add(Route route);
  // With `before_answer`, the entries to commit before the answer is sent are
  // handed to the caller (the HTTP server commits them without blocking a
  // thread); without, they are committed here before returning.
  ApiResponse handle(const ApiRequest& request, RouteMatch* matched = nullptr,
                     std::vector<store::AuditEntry>* before_answer = nullptr);
  // Whether the request reaches a route that hashes passwords (Workload::password_hash).
  // Only those few routes are matched: this runs before every API request.
  bool hashes_password(const ApiRequest& request) const;
  const std::vector<Route>& routes() const { return routes_; }
  Services& services() { return services_; }
  const Services& services() const { return services_; }

 private:
  ApiResponse dispatch(const Route& route, RequestContext& context);
  // The policy on the route's own resource; a refusal answers at once.
  std::optional<ApiResponse> apply_policy(const Route& route, RequestContext& context);
  ApiResponse handle_route(const Route& route, RequestContext& context,
                           std::vector<store::AuditEntry>* before_answer);
  Services& services_;
  std::vector<Route> routes_;
  std::vector<std::vector<std::string_view>> segments_;  // each route's pattern, split (views into routes_)
};

// The answer when the database fails (also when the audit entries of an answer could not be committed).
ApiResponse database_error();

// Path pattern matching: fills `parameters` and returns true on a match.
bool match_pattern(const std::string& pattern, const std::string& path,
                   std::map<std::string, std::string>& parameters);

}  // namespace afk::http
