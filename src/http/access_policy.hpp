// Organisational scope: which records a logged-in user may see. Roles are
// checked per route by the router; this decides, for one record, whether
// the user's organisation covers it.
#pragma once

#include <cstdint>
#include <optional>

#include "core/result.hpp"
#include "http/principal.hpp"

namespace afk::http {

// The organisations a record belongs to.
struct RecordScope {
  std::optional<std::int64_t> unit_id;          // the unit that runs the course / received the referral
  std::optional<std::int64_t> ward_id;          // the ward that referred
  std::optional<std::int64_t> municipality_id;  // the citizen's home municipality
};

// Ward staff: referrals their ward made. Unit staff and leads: their unit.
// Authority and project lead: citizens of their municipality. The evaluator
// and the administrator never see a person's data.
bool may_access(const Principal& principal, const RecordScope& scope);

// may_access as a value: a 403 error with a Danish explanation when refused.
Status require_access(const Principal& principal, const RecordScope& scope);

}  // namespace afk::http
