#include "http/access_policy.hpp"

namespace afk::http {

namespace {
bool same(const std::optional<std::int64_t>& a, const std::optional<std::int64_t>& b) { return a && b && *a == *b; }
}  // namespace

bool may_access(const Principal& principal, const RecordScope& scope) {
  switch (principal.role) {
    case Role::ward_staff:
      return same(principal.organisation_id, scope.ward_id);
    case Role::unit_staff:
    case Role::unit_lead:
      return same(principal.organisation_id, scope.unit_id);
    case Role::authority:
    case Role::project_lead:
      return same(principal.organisation_id, scope.municipality_id);
    case Role::evaluator:
    case Role::admin:
      return false;
  }
  return false;
}

Status require_access(const Principal& principal, const RecordScope& scope) {
  if (may_access(principal, scope)) return ok_status();
  return make_error(ErrorKind::forbidden, "outside_your_organisation",
                    "Du har ikke adgang til denne borger: sagen hører ikke under din organisation.");
}

}  // namespace afk::http
