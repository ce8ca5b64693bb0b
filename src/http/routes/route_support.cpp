#include "http/routes/route_support.hpp"

namespace afk::http {

void AuditTrail::record(const std::string& action, std::optional<std::int64_t> citizen_id, const std::string& entity,
                        std::optional<std::int64_t> entity_id) {
  store::AuditEntry entry;
  if (context_.logged_in()) {
    entry.user_id = context_.principal().user_id;
    entry.role = std::string(role_code(context_.principal().role));
  }
  entry.action = action;
  entry.citizen_id = citizen_id;
  entry.entity = entity;
  entry.entity_id = entity_id;
  entry.address = context_.request().client_address;
  entries_.push_back(std::move(entry));
}

void AuditTrail::flush(store::SqlConnection& sql, std::int64_t now_seconds, const std::string& outcome) {
  const std::string at = utc_timestamp(now_seconds);
  for (auto& entry : entries_) {
    entry.at = at;
    entry.outcome = outcome;
    store::append_audit(sql, entry);
  }
  entries_.clear();
}

namespace {
void audit_refusal(store::SqlConnection& sql, RequestContext& context, AuditTrail& trail) {
  if (trail.empty()) return;
  store::Transaction transaction(sql);
  trail.flush(sql, context.services().clock.now_seconds(), "refused");
  transaction.commit();
}
}  // namespace

ApiResponse run_command(RequestContext& context, const Work& work) {
  auto connection = context.services().pool.acquire();
  AuditTrail trail(context);
  Result<ApiResponse> result = make_error(ErrorKind::internal, "internal_error", "Uventet fejl.");
  {
    store::Transaction transaction(*connection);
    try {
      result = work(*connection, trail);
    } catch (const store::SqlConstraintError&) {
      result = make_error(ErrorKind::illegal_state, "conflict",
                          "Ændringen strider mod en anden, der lige er gemt (fx samme plads). Genindlæs og prøv igen.");
    }
    if (result) {
      trail.flush(*connection, context.services().clock.now_seconds(), "ok");
      transaction.commit();
      return result.value();
    }
  }
  if (result.error().kind == ErrorKind::forbidden) audit_refusal(*connection, context, trail);
  return ApiResponse::error(result.error());
}

ApiResponse run_query(RequestContext& context, const Work& work) {
  auto connection = context.services().pool.acquire();
  AuditTrail trail(context);
  Result<ApiResponse> result = make_error(ErrorKind::internal, "internal_error", "Uventet fejl.");
  {
    store::Transaction transaction(*connection, store::Transaction::Mode::read);
    result = work(*connection, trail);
    transaction.commit();
  }
  if (!result) {
    if (result.error().kind == ErrorKind::forbidden) audit_refusal(*connection, context, trail);
    return ApiResponse::error(result.error());
  }
  if (!trail.empty()) {
    store::Transaction transaction(*connection);
    trail.flush(*connection, context.services().clock.now_seconds(), "ok");
    transaction.commit();
  }
  return result.value();
}

Status require_object_body(const RequestContext& context) {
  if (context.body().is_object()) return ok_status();
  return make_error(ErrorKind::bad_input, "object_expected", "Forespørgslen skal være et JSON-objekt.", "body");
}

Result<ApiResponse> versioned_answer(const nlohmann::json& body, std::int64_t version, int status) {
  auto response = ApiResponse::json(body, status);
  response.headers.emplace_back("ETag", "\"" + std::to_string(version) + "\"");
  return response;
}

}  // namespace afk::http
