// The SQL condition of a ListScope over a table with ward_id (referrals
// only), citizen_id and unit_id columns. Internal to the store's queries.
#pragma once

#include <string>
#include <vector>

#include "store/list_scope.hpp"
#include "store/sql.hpp"

namespace afk::store {

std::string list_scope_condition(const ListScope& scope, std::vector<SqlValue>& params);

}  // namespace afk::store
