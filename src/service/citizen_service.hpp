// Citizens and their hospital admissions. A CPR number is looked up through
// a keyed hash, so the same person is not registered twice and the key
// column reveals nothing. Registering a known CPR links the caller's
// organisation to the citizen instead of creating a second one.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "core/citizen.hpp"
#include "core/citizen_search.hpp"
#include "core/result.hpp"
#include "service/invocation.hpp"

namespace afk::service {

struct CitizenRegistration {
  std::int64_t id = 0;
  bool already_known = false;
  Citizen sent;  // what the caller sent, as core reads it (never the known citizen's data)
};

// `cpr_lookup_key`: the installation's secret for the CPR lookup hash.
Result<CitizenRegistration> register_citizen(Invocation& call, const RegisterCitizen& command,
                                             const std::string& cpr_lookup_key);
// The citizen as the caller may see it (core/consent_view).
Result<Citizen> read_citizen(Invocation& call, std::int64_t citizen_id);

// The citizens the caller may read whose CPR number is `query` (with or
// without the hyphen) or of whose name a word begins with each word of it
// (core/citizen_search), with the referrals and courses the caller may open.
// Each citizen shown is audited as a look-up; the query itself is never
// kept. Errors: bad_input `search_query_empty` (q) when the query has no
// letter or digit to search for.
Result<CitizenSearchResult> search_citizens(Invocation& call, const std::string& query,
                                            const std::string& cpr_lookup_key);

// An admission command (core/citizen) on the citizen the caller read at
// `expected_version`; `action` names it in the audit log. The citizen's open
// courses follow in the same transaction (core/admission_follow_up): a stay
// is paused at an admission and resumed at its discharge.
using CitizenChange = std::function<Result<Citizen>(const Citizen&, Date today)>;
Result<Citizen> change_citizen(Invocation& call, std::int64_t citizen_id, std::int64_t expected_version,
                               const std::string& action, const CitizenChange& change);

}  // namespace afk::service
