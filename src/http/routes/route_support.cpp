#include "http/routes/route_support.hpp"

#include <algorithm>

#include "store/audit_chain.hpp"

namespace afk::http {

void AuditTrail::record(const std::string& action, std::optional<std::int64_t> citizen_id,
                        const std::string& entity, std::optional<std::int64_t> entity_id) {
  // The same act on several records (a board, a list, two consents) is one
  // entry with several subjects, each citizen-and-record pair once.
  if (citizen_id && !entries_.empty()) {
    store::AuditEntry& last = entries_.back();
    if (!last.subjects.empty() && last.action == action && last.entity == entity) {
      const store::AuditSubject subject{*citizen_id, entity_id};
      if (std::find(last.subjects.begin(), last.subjects.end(), subject) == last.subjects.end())
        last.subjects.push_back(subject);
      return;
    }
  }
  entries_.push_back(context_.audit_entry(action, citizen_id, entity, entity_id));
}

void AuditTrail::flush(store::SqlConnection& sql, const std::string& outcome) {
  for (auto& entry : entries_) entry.outcome = outcome;
  store::append_chained(sql, entries_);
  entries_.clear();
}

void AuditTrail::flush_before_answer(const std::string& outcome) {
  for (auto& entry : entries_) entry.outcome = outcome;
  context_.log_before_answer(std::move(entries_));
  entries_.clear();
}

namespace {
// A stale write says who changed the record last and when, from the audit log,
// so the user knows whom to ask (issue: "conflicts show who changed what").
Error name_last_change(store::SqlConnection& sql, const AuditTrail& trail, Error error) {
  const store::AuditEntry* attempted = trail.last();
  if (!attempted || attempted->subjects.empty() || !attempted->subjects.front().entity_id) return error;
  const store::AuditSubject& subject = attempted->subjects.front();
  const auto change = store::last_change_of(sql, subject.citizen_id, attempted->entity, *subject.entity_id);
  if (!change) return error;
  error.message += " Senest ændret af " + change->display_name + " " + danish_local_time(change->at) + ".";
  return error;
}

void audit_refusal(AuditTrail& trail) {
  if (!trail.empty()) trail.flush_before_answer("refused");
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
      result = make_error(
          ErrorKind::illegal_state, "conflict",
          "Ændringen strider mod en anden, der lige er gemt (fx samme plads). Genindlæs og prøv igen.");
    }
    if (result) {
      trail.flush(*connection, "ok");
      transaction.commit();
      return result.value();
    }
  }
  if (result.error().kind == ErrorKind::forbidden) audit_refusal(trail);
  if (result.error().kind == ErrorKind::stale_version)
    return ApiResponse::error(name_last_change(*connection, trail, result.error()));
  return ApiResponse::error(result.error());
}

ApiResponse run_query(RequestContext& context, const Work& work) {
  AuditTrail trail(context);
  Result<ApiResponse> result =
      store::read_consistently(context.services().pool, context.read_snapshot(),
                               [&](store::SqlConnection& sql) { return work(sql, trail); });
  if (!result) {
    if (result.error().kind == ErrorKind::forbidden) audit_refusal(trail);
    return ApiResponse::error(result.error());
  }
  if (!trail.empty()) trail.flush_before_answer("ok");
  return result.value();
}

Status require_object_body(const RequestContext& context) {
  if (context.body().is_object()) return ok_status();
  return make_error(ErrorKind::bad_input, "object_expected", "Forespørgslen skal være et JSON-objekt.",
                    "body");
}

Result<ApiResponse> versioned_answer(const nlohmann::json& body, std::int64_t version, int status) {
  auto response = ApiResponse::json(body, status);
  response.headers.emplace_back("ETag", "\"" + std::to_string(version) + "\"");
  return response;
}

}  // namespace afk::http
