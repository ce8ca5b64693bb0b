// The organisational scope of stored records, for access_policy.
#pragma once

#include "core/citizen.hpp"
#include "core/course.hpp"
#include "core/referral.hpp"
#include "http/access_policy.hpp"
#include "store/sql.hpp"

namespace afk::http {

RecordScope scope_of(const Referral& referral, const Citizen& citizen);
// Ward staff never reach a course: course routes do not list their role.
RecordScope scope_of(const Course& course, const Citizen& citizen);
// A citizen is visible to whoever may see one of the citizen's referrals, and
// to the authority of the citizen's municipality.
Status require_citizen_access(store::SqlConnection& sql, const Principal& principal, const Citizen& citizen);

}  // namespace afk::http
