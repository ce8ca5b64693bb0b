#include "json/instrument_json.hpp"

#include "json/codec.hpp"

// Every type here has its field list in json/records/questionnaire_records.hpp;
// these functions name the codec's reading and writing for the routes and the store.
namespace afk::json {

namespace {
template <class T>
Result<T> decoded(const Json& json, const std::string& path = {}) {
  T value;
  if (auto error = read_value(json, path, value)) return *error;
  return value;
}
}  // namespace

Json to_json(const numbers::InstrumentDefinition& definition) { return encode(definition); }

Result<numbers::InstrumentDefinition> parse_instrument_definition(const Json& json) {
  return decoded<numbers::InstrumentDefinition>(json);
}

Json answers_to_json(std::span<const numbers::ItemAnswer> answers) {
  return encode(std::vector<numbers::ItemAnswer>(answers.begin(), answers.end()));
}

Result<std::vector<numbers::ItemAnswer>> parse_answers(const Json& json, const std::string& path) {
  return decoded<std::vector<numbers::ItemAnswer>>(json, path);
}

Json to_json(const numbers::InstrumentScore& score) { return encode(score); }

Result<ResponseInput> parse_response_input(const Json& json) { return decoded<ResponseInput>(json); }

Json to_json(const ResponseDocument& document) { return encode(document); }

Result<ResponseDocument> parse_response_document(const Json& json) { return decoded<ResponseDocument>(json); }

}  // namespace afk::json
