// One service call is one unit of work: it loads, asks core to decide, saves
// and writes its audit entries in one transaction, or changes nothing.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "service/invocation.hpp"
#include "store/audit_repository.hpp"
#include "store/connection_pool.hpp"
#include "store/sql.hpp"

namespace afk::service {

// Collects the audit entries of one call; flushed by run_command/run_query.
class AuditTrail {
 public:
  explicit AuditTrail(const Invocation& call) : call_(call) {}
  void record(const std::string& action, std::optional<std::int64_t> citizen_id, const std::string& entity,
              std::optional<std::int64_t> entity_id);
  // Appends the entries in the caller's write transaction (with the change they log).
  void flush(store::SqlConnection& sql, const std::string& outcome);
  // Hands them to the invocation: group-committed, and the answer waits for them.
  void flush_before_answer(Invocation& call, const std::string& outcome);
  bool empty() const { return entries_.empty(); }
  // The entry recorded last (the record a command works on), if any.
  const store::AuditEntry* last() const { return entries_.empty() ? nullptr : &entries_.back(); }

 private:
  const Invocation& call_;
  std::vector<store::AuditEntry> entries_;
};

using StatusWork = std::function<Status(store::SqlConnection&, AuditTrail&)>;

// Runs `work` in one write transaction with its audit entries; a failure
// rolls everything back (refusals are still audited, in a transaction of
// their own; a stale write names who changed the record last).
Status run_command_status(Invocation& call, const StatusWork& work);
// Runs `work` on a consistent snapshot, then writes its audit entries.
Status run_query_status(Invocation& call, const StatusWork& work);

template <class T>
using Work = std::function<Result<T>(store::SqlConnection&, AuditTrail&)>;

// `work`'s value carried out of a Status runner (run_command_status or run_query_status).
template <class T>
Result<T> run_for_value(Status (*run)(Invocation&, const StatusWork&), Invocation& call,
                        const Work<T>& work) {
  std::optional<T> value;
  const Status status = run(call, [&](store::SqlConnection& sql, AuditTrail& trail) -> Status {
    Result<T> result = work(sql, trail);
    if (!result) return result.error();
    value.emplace(std::move(result).value());
    return ok_status();
  });
  if (!status) return status.error();
  return std::move(*value);
}

template <class T>
Result<T> run_command(Invocation& call, const Work<T>& work) {
  return run_for_value(run_command_status, call, work);
}

template <class T>
Result<T> run_query(Invocation& call, const Work<T>& work) {
  return run_for_value(run_query_status, call, work);
}

// The policy on a record a command names in its input (a referral's citizen,
// a price's unit). A refusal is audited and answers as the policy says: a
// record outside the caller's scope as not found, naming `field`.
Status authorize(Invocation& call, store::SqlConnection& sql, Action action, ResourceKind kind,
                 std::int64_t id, const std::string& field);

// An entry for `action` on a citizen's record (or, without a citizen, on
// `entity_id`); the invocation fills in who, from where and why.
store::AuditEntry audit_entry_of(const std::string& action, std::optional<std::int64_t> citizen_id,
                                 const std::string& entity, std::optional<std::int64_t> entity_id);

// A read request's one snapshot: a read transaction on a pooled connection,
// held while the request is served, so the session, the policy's facts and
// the answer read the same state.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(store::ConnectionPool& pool)
      : connection_(pool.acquire()), transaction_(*connection_, store::Transaction::Mode::read) {}
  store::SqlConnection& sql() { return *connection_; }

 private:
  store::ConnectionPool::Lease connection_;
  store::Transaction transaction_;  // after its connection: ends first
};

// What the access policy needs to know about one record, read in `snapshot` when given.
ResourceFacts resource_facts(store::ConnectionPool& pool, store::SqlConnection* snapshot, ResourceKind kind,
                             std::int64_t id);

// A refusal as the caller sees it: not found is a 404 exactly like a missing id.
Error refusal_error(const AccessDecision& decision);
std::string_view resource_kind_code(ResourceKind kind);

}  // namespace afk::service
