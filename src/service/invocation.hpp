// Who acts, when and from where: what a service needs to know of the request
// that calls it. The HTTP layer's request context is one; a test can build
// its own. Nothing here knows HTTP.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/access_policy.hpp"
#include "core/date.hpp"
#include "store/audit_repository.hpp"
#include "store/connection_pool.hpp"

namespace afk::service {

class Invocation {
 public:
  virtual ~Invocation() = default;
  virtual store::ConnectionPool& pool() = 0;
  // A read request's one snapshot (a read transaction already open), or null:
  // a command takes its own write transaction.
  virtual store::SqlConnection* read_snapshot() = 0;
  // The acting user: role and organisation for the policy, id for records.
  virtual Caller caller() const = 0;
  virtual std::int64_t user_id() const = 0;
  // The acting user's name, as notes are signed with it.
  virtual std::string user_display_name() const = 0;
  virtual OrganisationKind organisation_kind() const = 0;
  virtual Date today() const = 0;
  virtual std::int64_t now_seconds() const = 0;
  // An audit entry with who, from where and why filled in.
  virtual store::AuditEntry audit_entry(const std::string& action, std::optional<std::int64_t> citizen_id,
                                        const std::string& entity,
                                        std::optional<std::int64_t> entity_id) const = 0;
  // Entries that need no transaction of their own (reads, refusals): they
  // are group-committed and the answer waits for them.
  virtual void log_before_answer(std::vector<store::AuditEntry> entries) = 0;
};

}  // namespace afk::service
