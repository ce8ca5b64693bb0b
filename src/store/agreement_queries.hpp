// Named queries over cooperation agreements.
#pragma once

#include <cstdint>
#include <vector>

#include "core/cooperation_agreement.hpp"
#include "store/sql.hpp"

namespace afk::store {

// Every agreement of `unit_id`, active or not.
std::vector<CooperationAgreement> agreements_of_unit(SqlConnection& sql, std::int64_t unit_id);

}  // namespace afk::store
