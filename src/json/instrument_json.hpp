// JSON for questionnaires: instrument definitions (the data an administrator
// writes for a unit's own scale, and the shipped WHO-5 / Brief INSPIRE), the
// answers to one questionnaire, and the computed score, read and written from
// their field lists (json/records/questionnaire_records.hpp). Strict like
// aggregates.hpp: wrong type, missing or unknown field → bad_input with the
// JSON path in `field` (e.g. "items[2].text_da").
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/numbers/instrument.hpp"
#include "core/result.hpp"

namespace afk::json {

using Json = nlohmann::json;

Json to_json(const numbers::InstrumentDefinition& definition);
Result<numbers::InstrumentDefinition> parse_instrument_definition(const Json& json);

// [{"item_code": "who5_1", "value": 3 | null}, …]
Json answers_to_json(std::span<const numbers::ItemAnswer> answers);
Result<std::vector<numbers::ItemAnswer>> parse_answers(const Json& json, const std::string& path = "answers");

// {"answered", "raw", "score", "thresholds_met": [codes]}
Json to_json(const numbers::InstrumentScore& score);

// The body of POST /courses/{id}/responses. answered_on may be left out
// (the caller fills in today).
struct ResponseInput {
  std::string instrument_code;
  numbers::TimePoint time_point = numbers::TimePoint::move_in;
  std::optional<Date> answered_on;
  std::vector<numbers::ItemAnswer> answers;
};
Result<ResponseInput> parse_response_input(const Json& json);

// The stored document of one questionnaire response (table
// questionnaire_responses, column `document`). The key columns repeat
// instrument_code, time_point and answered_on for queries.
struct ResponseDocument {
  std::string instrument_code;
  int instrument_version = 1;  // the instrument's version when answered
  numbers::TimePoint time_point = numbers::TimePoint::move_in;
  Date answered_on;
  std::vector<numbers::ItemAnswer> answers;
  // Null when the answers were too few to score (the response still counts
  // as "not scorable" in reports, so drop-out stays visible).
  std::optional<double> score;
};
Json to_json(const ResponseDocument& document);
Result<ResponseDocument> parse_response_document(const Json& json);

}  // namespace afk::json
