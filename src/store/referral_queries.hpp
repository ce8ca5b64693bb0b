// Named queries over referrals, for the API's lists and the board.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/referral.hpp"
#include "store/list_scope.hpp"
#include "store/sql.hpp"

namespace afk::store {

// The referrals in `scope`, optionally only those in `state` (a state code).
std::vector<Referral> list_referrals(SqlConnection& sql, const ListScope& scope,
                                     const std::optional<std::string>& state);

// The citizen's referrals, in id order.
std::vector<Referral> referrals_of_citizen(SqlConnection& sql, std::int64_t citizen_id);

// How many referrals to `unit_id` wait for the unit's assessment.
std::int64_t count_submitted_referrals(SqlConnection& sql, std::int64_t unit_id);

}  // namespace afk::store
