// The facts the access policy (core/access_policy) needs about one record:
// which organisations it belongs to, and the citizen's consents. A record
// that does not exist has `exists = false`; the policy answers it exactly
// like one outside the caller's scope.
#pragma once

#include <cstdint>

#include "core/access_policy.hpp"
#include "core/role.hpp"
#include "store/sql.hpp"

namespace afk::store {

ResourceFacts load_access_facts(SqlConnection& sql, ResourceKind kind, std::int64_t id);

// Links an organisation to a citizen it registered (idempotent).
void link_citizen(SqlConnection& sql, std::int64_t citizen_id, OrganisationKind kind,
                  std::int64_t organisation_id, const std::string& at);

}  // namespace afk::store
