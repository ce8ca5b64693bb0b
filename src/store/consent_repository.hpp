// Consent records (core/consent.hpp): appended, never changed.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "core/consent.hpp"
#include "core/referral.hpp"
#include "store/sql.hpp"

namespace afk::store {

CitizenConsents load_consents(SqlConnection& sql, std::int64_t citizen_id);
// Several citizens' consents in one query (a board's or a list's citizens).
std::map<std::int64_t, CitizenConsents> load_consents(SqlConnection& sql,
                                                      const std::vector<std::int64_t>& citizen_ids);
std::int64_t insert_consent(SqlConnection& sql, const ConsentRecord& record);

// The consents a ward states when it refers: to share the referral with the
// unit (the referral's own flag) and, if `share_back`, to let the ward follow
// the course. Returns the ids of the records written.
std::vector<std::int64_t> record_referral_consents(SqlConnection& sql, const Referral& referral,
                                                   ConsentForm form, bool share_back, std::int64_t user_id,
                                                   const std::string& role, Date today);

}  // namespace afk::store
