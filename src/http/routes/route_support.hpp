// What every route needs: one transaction per command, audit entries that
// are written with the data (or right after a read), and JSON answers.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "http/router.hpp"
#include "store/audit_repository.hpp"
#include "store/connection_pool.hpp"

namespace afk::http {

// Collects the audit entries of one request; flushed by run_command/run_query.
class AuditTrail {
 public:
  explicit AuditTrail(RequestContext& context) : context_(context) {}
  void record(const std::string& action, std::optional<std::int64_t> citizen_id, const std::string& entity,
              std::optional<std::int64_t> entity_id);
  // Appends the entries in the caller's write transaction (with the change they log).
  void flush(store::SqlConnection& sql, const std::string& outcome);
  // Hands them to the router: group-committed, and the answer waits for them.
  void flush_before_answer(const std::string& outcome);
  bool empty() const { return entries_.empty(); }
  // The entry recorded last (the record a command works on), if any.
  const store::AuditEntry* last() const { return entries_.empty() ? nullptr : &entries_.back(); }

 private:
  RequestContext& context_;
  std::vector<store::AuditEntry> entries_;
};

using Work = std::function<Result<ApiResponse>(store::SqlConnection&, AuditTrail&)>;

// Runs `work` in one write transaction with its audit entries; a failure
// rolls everything back (refusals are still audited, in a transaction of
// their own).
ApiResponse run_command(RequestContext& context, const Work& work);
// Runs `work` on a consistent snapshot, then writes its audit entries.
ApiResponse run_query(RequestContext& context, const Work& work);

// A body that must be a JSON object.
Status require_object_body(const RequestContext& context);

inline Result<ApiResponse> json_answer(const nlohmann::json& body, int status = 200) {
  return ApiResponse::json(body, status);
}
// A JSON answer carrying the record's version as ETag, for the next If-Match.
Result<ApiResponse> versioned_answer(const nlohmann::json& body, std::int64_t version, int status = 200);

}  // namespace afk::http
