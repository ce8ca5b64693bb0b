// JSON from outside — a request body, a line of an imported dataset, a
// scenario file: parsed with a nesting limit (deep nesting would otherwise
// exhaust the stack while parsing), then every key, string and number is
// checked against the limits of core/input_limits, named by its JSON path.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace afk::json {

// bad_input `malformed_json`, `invalid_utf8` or `too_deep` naming `field`,
// or the first key, string or number that breaks its limit.
Result<nlohmann::json> parse_untrusted(std::string_view text, const std::string& field = "body");

// The limits check alone, for JSON that was parsed elsewhere.
Status check_input_limits(const nlohmann::json& value);

}  // namespace afk::json
