// One citizen per CPR number: citizens are found by a keyed hash of the CPR
// (cpr_key, UNIQUE), never by the number itself, which is not stored in a
// searchable column.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/citizen.hpp"
#include "store/sql.hpp"

namespace afk::store {

// The citizen registered with this CPR lookup key, if any.
std::optional<std::int64_t> citizen_with_cpr_key(SqlConnection& sql, const std::string& cpr_key);

// Stores a new citizen with its CPR lookup key (empty: anonymous, no key).
// A second citizen with the same key is refused by the UNIQUE constraint
// (SqlConstraintError), so the caller looks the key up first.
void insert_citizen(SqlConnection& sql, Citizen& citizen, const std::string& cpr_key);

}  // namespace afk::store
