#include "http/routes/scopes.hpp"

namespace afk::http {

RecordScope scope_of(const Referral& referral, const Citizen& citizen) {
  return {referral.unit_id, referral.ward_id, citizen.home_municipality_id};
}

RecordScope scope_of(const Course& course, const Citizen& citizen) {
  return {course.unit_id, std::nullopt, citizen.home_municipality_id};
}

Status require_citizen_access(store::SqlConnection& sql, const Principal& principal, const Citizen& citizen) {
  if (may_access(principal, {std::nullopt, std::nullopt, citizen.home_municipality_id})) return ok_status();
  for (const auto& row : sql.query("SELECT unit_id, ward_id FROM referrals WHERE citizen_id = ?", {citizen.id}))
    if (may_access(principal, {row.integer(0), row.integer(1), citizen.home_municipality_id})) return ok_status();
  return require_access(principal, {});
}

}  // namespace afk::http
