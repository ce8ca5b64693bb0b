// One citizen per CPR number: citizens are found by a keyed hash of the CPR
// (cpr_key, UNIQUE), never by the number itself, which is not stored in a
// searchable column. Names are found through their search words
// (core/citizen_search), kept beside the citizen in citizen_name_words.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/citizen.hpp"
#include "store/list_scope.hpp"
#include "store/sql.hpp"

namespace afk::store {

// The citizen registered with this CPR lookup key, if any.
std::optional<std::int64_t> citizen_with_cpr_key(SqlConnection& sql, const std::string& cpr_key);

// Stores a new citizen with its CPR lookup key (empty: anonymous, no key) and
// the search words of its name. A second citizen with the same key is refused
// by the UNIQUE constraint (SqlConstraintError), so the caller looks the key
// up first.
void insert_citizen(SqlConnection& sql, Citizen& citizen, const std::string& cpr_key);

// Citizens stored before names had search words get them, once (start-up,
// in the caller's write transaction). Returns how many.
std::int64_t index_citizen_names_once(SqlConnection& sql);

// The citizens in `scope` (a ward: those it registered or referred; a unit:
// those it registered or was sent; a municipality: those living there or
// that it registered) of whose name some word begins with each of
// `prefixes`, in id order, at most `limit`. No prefixes: none.
std::vector<std::int64_t> citizens_with_name_prefixes(SqlConnection& sql,
                                                      const std::vector<std::string>& prefixes,
                                                      const ListScope& scope, std::size_t limit);

}  // namespace afk::store
