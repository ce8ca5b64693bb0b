// Strict parsing of the unit configuration payloads (core/unit_configuration.hpp).
// The sub-record id (place, closure, exclusion question) is not in the body:
// the route takes it from the path.
#pragma once

#include <nlohmann/json.hpp>

#include "core/result.hpp"
#include "core/unit_configuration.hpp"

namespace afk::json {

// {"allows_anonymous", "agreement_policy", "deadline_rules": {…}}
Result<ConfigureUnit> parse_configure_unit(const nlohmann::json& json);
// {"retired_on": "YYYY-MM-DD"}
Result<RetirePlace> parse_retire_place(const nlohmann::json& json);
// {"to": "YYYY-MM-DD"}
Result<EndPlaceClosure> parse_end_place_closure(const nlohmann::json& json);
// {"active": false}
Result<SetExclusionCriterionActive> parse_set_exclusion_criterion_active(const nlohmann::json& json);

}  // namespace afk::json
