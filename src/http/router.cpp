#include "http/router.hpp"

#include <charconv>
#include <iostream>

#include "http/request_checks.hpp"
#include "http/session_auth.hpp"
#include "json/untrusted_json.hpp"
#include "store/sql.hpp"

namespace afk::http {

using service::refusal_error;
using service::resource_kind_code;

namespace {
std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> segments;
  size_t at = 1;
  while (at <= path.size()) {
    size_t end = path.find('/', at);
    if (end == std::string_view::npos) end = path.size();
    segments.push_back(path.substr(at, end - at));
    at = end + 1;
  }
  return segments;
}

// A pattern split once; `{name}` segments capture.
bool match_segments(const std::vector<std::string_view>& expected,
                    const std::vector<std::string_view>& actual,
                    std::map<std::string, std::string>& parameters) {
  if (expected.size() != actual.size()) return false;
  std::map<std::string, std::string> found;
  for (size_t i = 0; i < expected.size(); ++i) {
    const std::string_view segment = expected[i];
    if (segment.size() > 2 && segment.front() == '{' && segment.back() == '}') {
      if (actual[i].empty()) return false;
      found[std::string(segment.substr(1, segment.size() - 2))] = std::string(actual[i]);
    } else if (segment != actual[i]) {
      return false;
    }
  }
  parameters = std::move(found);
  return true;
}

bool changes_state(const std::string& method) { return method != "GET" && method != "HEAD"; }

// An id is logged only in its canonical form of at most nine digits: a CPR
// number typed into an id's place (ten digits, or nine after a leading zero)
// must not reach the log as an "id".
std::optional<std::int64_t> loggable_id(const std::string& text) {
  if (text.empty() || text.size() > 9 || text.front() == '0') return std::nullopt;
  std::int64_t id = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return id;
}

void note_match(RouteMatch* matched, const Route& route,
                const std::map<std::string, std::string>& parameters) {
  if (!matched) return;
  matched->route = route.pattern;
  for (const auto& [name, text] : parameters)
    if (const auto id = loggable_id(text)) matched->ids.emplace_back(name, *id);
}
}  // namespace

bool match_pattern(const std::string& pattern, const std::string& path,
                   std::map<std::string, std::string>& parameters) {
  return match_segments(split_path(pattern), split_path(path), parameters);
}

Result<std::int64_t> RequestContext::id_parameter(const std::string& name) const {
  const auto found = parameters_.find(name);
  std::int64_t value = 0;
  if (found != parameters_.end()) {
    const std::string& text = found->second;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error == std::errc() && end == text.data() + text.size() && value > 0) return value;
  }
  return make_error(ErrorKind::bad_input, "invalid_id", "Ugyldigt id i adressen.", name);
}

std::string RequestContext::text_parameter(const std::string& name) const {
  const auto found = parameters_.find(name);
  return found == parameters_.end() ? std::string() : found->second;
}

std::optional<std::string> RequestContext::query(const std::string& name) const {
  if (auto found = request_.query.find(name); found != request_.query.end()) return found->second;
  return std::nullopt;
}

Result<std::int64_t> RequestContext::expected_version() const {
  auto header = request_.header("if-match");
  if (!header)
    return make_error(ErrorKind::bad_input, "version_required",
                      "Ændringen mangler versionen af det, du har læst (If-Match).", "If-Match");
  std::string text = *header;
  if (text.size() >= 2 && text.front() == '"' && text.back() == '"') text = text.substr(1, text.size() - 2);
  std::int64_t version = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), version);
  if (error != std::errc() || end != text.data() + text.size() || version < 1)
    return make_error(ErrorKind::bad_input, "invalid_version", "Ugyldig version i If-Match.", "If-Match");
  return version;
}

Result<std::optional<std::int64_t>> RequestContext::read_version_if_given() const {
  if (!request_.header("if-match")) return std::optional<std::int64_t>{};
  AFK_TRY(version, expected_version());
  return std::optional<std::int64_t>{version.value()};
}

void RequestContext::log_before_answer(std::vector<store::AuditEntry> entries) {
  for (store::AuditEntry& entry : entries) before_answer_.push_back(std::move(entry));
}

store::AuditEntry RequestContext::audit_entry(const std::string& action,
                                              std::optional<std::int64_t> citizen_id,
                                              const std::string& entity,
                                              std::optional<std::int64_t> entity_id) const {
  store::AuditEntry entry = service::audit_entry_of(action, citizen_id, entity, entity_id);
  if (logged_in()) {
    entry.user_id = principal().user_id;
    entry.role = std::string(role_code(principal().role));
  }
  entry.address = request_.client_address;
  entry.purpose = std::string(action_code(action_));
  entry.at = utc_timestamp(services_.clock.now_seconds());
  return entry;
}

ApiResponse database_error() {
  return ApiResponse::error(make_error(ErrorKind::internal, "internal_error",
                                       "Der opstod en fejl i databasen. Prøv igen, eller kontakt support."));
}

Router::Router(Services& services) : services_(services) {
  if (!services_.audit_writer) services_.audit_writer = std::make_shared<store::AuditWriter>(services_.pool);
}

void Router::add(Route route) {
  routes_.push_back(std::move(route));
  // Split once here, not on every request (the route table is fixed after start-up).
  segments_.clear();
  for (const Route& each : routes_) segments_.push_back(split_path(each.pattern));
}

bool Router::hashes_password(const ApiRequest& request) const {
  for (const Route& route : routes_) {
    if (route.workload != Workload::password_hash || route.method != request.method) continue;
    std::map<std::string, std::string> parameters;
    if (match_pattern(route.pattern, request.path, parameters)) return true;
  }
  return false;
}

ApiResponse Router::handle(const ApiRequest& request, RouteMatch* matched,
                           std::vector<store::AuditEntry>* before_answer) {
  AFK_CHECK(check_request_text(request));
  bool path_known = false;
  const auto actual = split_path(request.path);
  for (std::size_t index = 0; index < routes_.size(); ++index) {
    const Route& route = routes_[index];
    std::map<std::string, std::string> parameters;
    if (!match_segments(segments_[index], actual, parameters)) continue;
    path_known = true;
    if (route.method != request.method) continue;
    note_match(matched, route, parameters);
    RequestContext context(request, services_);
    context.parameters_ = std::move(parameters);
    context.action_ = route.action;
    return handle_route(route, context, before_answer);
  }
  if (path_known) {
    auto response = ApiResponse::error(
        make_error(ErrorKind::bad_input, "method_not_allowed", "Metoden er ikke tilladt på denne adresse."));
    response.status = 405;
    return response;
  }
  return ApiResponse::error(
      make_error(ErrorKind::not_found, "unknown_route", "Adressen findes ikke i Afklarings API."));
}

ApiResponse Router::handle_route(const Route& route, RequestContext& context,
                                 std::vector<store::AuditEntry>* before_answer) {
  try {
    ApiResponse response = dispatch(route, context);
    if (before_answer)
      *before_answer = std::move(context.before_answer_);
    else if (!context.before_answer_.empty())
      services_.audit_writer->append(std::move(context.before_answer_));
    return response;
  } catch (const store::SqlError&) {
    return database_error();
  } catch (const std::exception&) {
    // A bug must cost one request, not the server. The exception's text is
    // not logged: it could carry a value from the request.
    std::cerr << R"({"level":"error","msg":"unhandled exception","route":")" + route.pattern + "\"}\n";
    return ApiResponse::error(make_error(ErrorKind::internal, "internal_error",
                                         "Der opstod en uventet fejl. Prøv igen, eller kontakt support."));
  }
}

ApiResponse Router::dispatch(const Route& route, RequestContext& context) {
  const ApiRequest& request = context.request();
  if (route.access == Access::logged_in) {
    if (request.method == "GET") {
      context.snapshot_ = std::make_unique<service::ReadSnapshot>(services_.pool);
    }
    AFK_TRY(principal, authenticate(services_, request, context.read_snapshot()));
    context.principal_ = std::move(principal.value());
    if (auto refused = apply_policy(route, context)) return *refused;
    if (changes_state(request.method)) {
      const auto token = request.header("x-csrf-token");
      if (!token || !csrf_matches(context.principal(), *token))
        return ApiResponse::error(make_error(ErrorKind::forbidden, "csrf_failed",
                                             "Sikkerhedstjek fejlede. Genindlæs siden, og prøv igen."));
    }
    if (context.principal().must_change_password && !route.before_password_change)
      return ApiResponse::error(make_error(ErrorKind::forbidden, "password_change_required",
                                           "Skift din adgangskode, før du fortsætter.", "new_password"));
  }
  if (route.access == Access::integration) {
    AFK_TRY(principal, authenticate_integration(services_, request, context.read_snapshot()));
    context.principal_ = std::move(principal.value());
    if (auto refused = apply_policy(route, context)) return *refused;
  }
  if (!request.body.empty()) {
    AFK_TRY(body, json::parse_untrusted(request.body));
    context.body_ = std::move(body).value();
  }
  return route.handler(context);
}

std::optional<ApiResponse> Router::apply_policy(const Route& route, RequestContext& context) {
  ResourceFacts facts;
  facts.kind = route.resource.kind;
  std::optional<std::int64_t> id;
  if (!route.resource.parameter.empty()) {
    AFK_TRY(parsed, context.id_parameter(route.resource.parameter));
    id = parsed.value();
    facts = service::resource_facts(services_.pool, context.read_snapshot(), route.resource.kind, *id);
  } else if (route.resource.kind == ResourceKind::installation) {
    facts.kind = ResourceKind::installation;
  }
  context.access_ = decide(context.caller(), route.action, facts);
  if (context.access_.allowed()) return std::nullopt;
  store::AuditEntry entry = context.audit_entry(std::string(action_code(route.action)), facts.citizen_id,
                                                std::string(resource_kind_code(route.resource.kind)), id);
  entry.outcome = "refused";
  entry.reason = context.access_.code;
  context.before_answer_.push_back(std::move(entry));
  return ApiResponse::error(refusal_error(context.access_));
}

}  // namespace afk::http
