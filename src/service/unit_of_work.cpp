#include "service/unit_of_work.hpp"

#include <algorithm>

#include "service/timestamps.hpp"
#include "store/access_facts.hpp"
#include "store/audit_chain.hpp"

namespace afk::service {

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
  entries_.push_back(call_.audit_entry(action, citizen_id, entity, entity_id));
}

void AuditTrail::flush(store::SqlConnection& sql, const std::string& outcome) {
  for (auto& entry : entries_) entry.outcome = outcome;
  store::append_chained(sql, entries_);
  entries_.clear();
}

void AuditTrail::flush_before_answer(Invocation& call, const std::string& outcome) {
  for (auto& entry : entries_) entry.outcome = outcome;
  call.log_before_answer(std::move(entries_));
  entries_.clear();
}

namespace {
// A stale write says who changed the record last and when, from the audit log,
// so the user knows whom to ask.
Error name_last_change(store::SqlConnection& sql, const AuditTrail& trail, Error error) {
  const store::AuditEntry* attempted = trail.last();
  if (!attempted || attempted->subjects.empty() || !attempted->subjects.front().entity_id) return error;
  const store::AuditSubject& subject = attempted->subjects.front();
  const auto change = store::last_change_of(sql, subject.citizen_id, attempted->entity, *subject.entity_id);
  if (!change) return error;
  error.message += " Senest ændret af " + change->display_name + " " + danish_local_time(change->at) + ".";
  return error;
}

void audit_refusal(Invocation& call, AuditTrail& trail) {
  if (!trail.empty()) trail.flush_before_answer(call, "refused");
}
}  // namespace

Status run_command_status(Invocation& call, const StatusWork& work) {
  auto connection = call.pool().acquire();
  AuditTrail trail(call);
  Status result = make_error(ErrorKind::internal, "internal_error", "Uventet fejl.");
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
      return result;
    }
  }
  if (result.error().kind == ErrorKind::forbidden) audit_refusal(call, trail);
  // A section conflict names its own editor; a whole-record one asks the audit log.
  if (result.error().kind == ErrorKind::stale_version && result.error().code == "stale_version")
    return name_last_change(*connection, trail, result.error());
  return result;
}

Status run_query_status(Invocation& call, const StatusWork& work) {
  AuditTrail trail(call);
  const Status result = store::read_consistently(call.pool(), call.read_snapshot(),
                                                 [&](store::SqlConnection& sql) { return work(sql, trail); });
  if (!result) {
    if (result.error().kind == ErrorKind::forbidden) audit_refusal(call, trail);
    return result;
  }
  if (!trail.empty()) trail.flush_before_answer(call, "ok");
  return result;
}

std::string_view resource_kind_code(ResourceKind kind) {
  switch (kind) {
    case ResourceKind::none:
      return "";
    case ResourceKind::citizen:
      return "citizen";
    case ResourceKind::referral:
      return "referral";
    case ResourceKind::course:
      return "course";
    case ResourceKind::unit:
      return "unit";
    case ResourceKind::agreement:
      return "agreement";
    case ResourceKind::installation:
      return "installation";
  }
  return "";
}

store::AuditEntry audit_entry_of(const std::string& action, std::optional<std::int64_t> citizen_id,
                                 const std::string& entity, std::optional<std::int64_t> entity_id) {
  store::AuditEntry entry;
  entry.action = action;
  entry.subjects = store::subject_of(citizen_id, entity_id);
  entry.entity = entity;
  if (!citizen_id) entry.entity_id = entity_id;
  return entry;
}

ResourceFacts resource_facts(store::ConnectionPool& pool, store::SqlConnection* snapshot, ResourceKind kind,
                             std::int64_t id) {
  return store::read_consistently(
      pool, snapshot, [&](store::SqlConnection& sql) { return store::load_access_facts(sql, kind, id); });
}

Error refusal_error(const AccessDecision& decision) {
  const ErrorKind kind = decision.code == "not_found" ? ErrorKind::not_found : ErrorKind::forbidden;
  return make_error(kind, decision.code, decision.reason_da);
}

Status authorize(Invocation& call, store::SqlConnection& sql, Action action, ResourceKind kind,
                 std::int64_t id, const std::string& field) {
  const ResourceFacts facts = store::load_access_facts(sql, kind, id);
  const AccessDecision decision = decide(call.caller(), action, facts);
  if (decision.allowed()) return ok_status();
  store::AuditEntry entry = call.audit_entry(std::string(action_code(action)), facts.citizen_id,
                                             std::string(resource_kind_code(kind)), id);
  entry.outcome = "refused";
  entry.reason = decision.code;
  call.log_before_answer({std::move(entry)});
  Error error = refusal_error(decision);
  error.field = field;
  return error;
}

}  // namespace afk::service
