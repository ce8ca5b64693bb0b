#include "store/questionnaire_repository.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/numbers/standard_instruments.hpp"
#include "store/aggregates.hpp"
#include "store/date_columns.hpp"
#include "store/document_table.hpp"

namespace afk::store {

namespace {
constexpr const char* instruments_table = "instruments";
constexpr const char* responses_table = "questionnaire_responses";

// The stored document wraps the definition with who owns it.
std::string instrument_document(const StoredInstrument& instrument) {
  return nlohmann::json{
      {"definition", json::to_json(instrument.definition)},
      {"builtin", instrument.builtin},
      {"unit_id", instrument.unit_id ? nlohmann::json(*instrument.unit_id) : nlohmann::json()}}
      .dump();
}

StoredInstrument instrument_from_row(std::int64_t id, std::int64_t version, const std::string& text) {
  const auto document = nlohmann::json::parse(text);
  auto definition = json::parse_instrument_definition(document.at("definition"));
  if (!definition) throw_corrupt(instruments_table, id, definition.error());
  StoredInstrument instrument;
  instrument.id = id;
  instrument.version = version;
  instrument.definition = std::move(definition).value();
  instrument.builtin = document.value("builtin", false);
  if (document.contains("unit_id") && document["unit_id"].is_number_integer())
    instrument.unit_id = document["unit_id"].get<std::int64_t>();
  return instrument;
}

std::vector<StoredInstrument> query_instruments(SqlConnection& sql, const std::string& where,
                                                const std::vector<SqlValue>& params) {
  std::vector<StoredInstrument> instruments;
  for (const auto& row :
       sql.query("SELECT id, version, document FROM instruments WHERE " + where + " ORDER BY id", params))
    instruments.push_back(instrument_from_row(row.integer(0), row.integer(1), row.text(2)));
  return instruments;
}

StoredResponse response_from_row(const SqlRow& row) {
  StoredResponse response;
  response.id = row.integer(0);
  response.version = row.integer(1);
  response.course_id = row.integer(2);
  response.citizen_id = row.integer(3);
  response.unit_id = row.integer(4);
  auto document = json::parse_response_document(nlohmann::json::parse(row.text(5)));
  if (!document) throw_corrupt(responses_table, response.id, document.error());
  response.document = std::move(document).value();
  return response;
}

constexpr const char* response_columns =
    "r.id, r.version, r.course_id, r.citizen_id, r.unit_id, r.document FROM questionnaire_responses r";
}  // namespace

void ensure_builtin_instruments(SqlConnection& sql) {
  for (auto definition : {numbers::who5_definition(), numbers::brief_inspire_definition()}) {
    if (auto stored = find_instrument(sql, definition.code)) {
      // Called inside the start-up's write transaction, so no other server
      // changes the instrument in between.
      if (numbers::add_shipped_time_points(stored->definition, definition))
        if (const Status updated = update_instrument(sql, *stored, stored->version); !updated)
          throw std::runtime_error("could not add the shipped time points to instrument " +
                                   stored->definition.code);
      continue;
    }
    StoredInstrument instrument;
    instrument.definition = std::move(definition);
    instrument.builtin = true;
    insert_instrument(sql, instrument);
  }
}

std::vector<StoredInstrument> list_instruments(SqlConnection& sql) {
  return query_instruments(sql, "1 = 1", {});
}

std::optional<StoredInstrument> load_instrument(SqlConnection& sql, std::int64_t id) {
  auto found = query_instruments(sql, "id = ?", {id});
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::optional<StoredInstrument> find_instrument(SqlConnection& sql, std::string_view code) {
  auto found = query_instruments(sql, "code = ?", {std::string(code)});
  if (found.empty()) return std::nullopt;
  return found.front();
}

void insert_instrument(SqlConnection& sql, StoredInstrument& instrument) {
  instrument.version = 1;
  instrument.id = insert_document(sql, instruments_table, {{"code", instrument.definition.code}},
                                  instrument_document(instrument));
}

Status update_instrument(SqlConnection& sql, StoredInstrument& instrument, std::int64_t expected_version) {
  auto version = update_document(sql, instruments_table, instrument.id, expected_version,
                                 {{"code", instrument.definition.code}}, instrument_document(instrument));
  if (!version) return version.error();
  instrument.version = version.value();
  return ok_status();
}

void insert_response(SqlConnection& sql, StoredResponse& response) {
  response.version = 1;
  const auto& document = response.document;
  response.id = insert_document(sql, responses_table,
                                {{"course_id", response.course_id},
                                 {"citizen_id", response.citizen_id},
                                 {"unit_id", response.unit_id},
                                 {"instrument_code", document.instrument_code},
                                 {"time_point", std::string(numbers::time_point_code(document.time_point))},
                                 {"answered_on", date_value(document.answered_on)}},
                                json::to_json(document).dump());
}

std::vector<StoredResponse> responses_for_course(SqlConnection& sql, std::int64_t course_id) {
  std::vector<StoredResponse> responses;
  for (const auto& row : sql.query(
           std::string("SELECT ") + response_columns + " WHERE r.course_id = ? ORDER BY r.answered_on, r.id",
           {course_id}))
    responses.push_back(response_from_row(row));
  return responses;
}

std::int64_t count_responses(SqlConnection& sql) {
  return sql.query("SELECT COUNT(*) FROM questionnaire_responses").front().integer(0);
}

std::vector<StoredResponse> select_responses(SqlConnection& sql, const ResponseFilter& filter) {
  std::string sql_text = std::string("SELECT ") + response_columns +
                         " JOIN courses c ON c.id = r.course_id JOIN units u ON u.id = r.unit_id"
                         " WHERE r.instrument_code = ?";
  std::vector<SqlValue> params{filter.instrument_code};
  if (filter.unit_id) {
    sql_text += " AND r.unit_id = ?";
    params.emplace_back(*filter.unit_id);
  }
  if (filter.unit_municipality_id) {
    sql_text += " AND u.municipality_id = ?";
    params.emplace_back(*filter.unit_municipality_id);
  }
  if (filter.moved_in_from) {
    sql_text += " AND c.move_in >= ?";
    params.emplace_back(date_value(*filter.moved_in_from));
  }
  if (filter.moved_in_to) {
    sql_text += " AND c.move_in <= ?";
    params.emplace_back(date_value(*filter.moved_in_to));
  }
  sql_text += " ORDER BY r.id";
  std::vector<StoredResponse> responses;
  for (const auto& row : sql.query(sql_text, params)) responses.push_back(response_from_row(row));
  return responses;
}

numbers::ResponseFacts to_facts(const StoredResponse& response) {
  numbers::ResponseFacts facts;
  facts.response_id = std::to_string(response.id);
  facts.course_id = std::to_string(response.course_id);
  facts.citizen_key = std::to_string(response.citizen_id);
  facts.instrument_code = response.document.instrument_code;
  facts.time_point = response.document.time_point;
  facts.answered_on = response.document.answered_on;
  facts.answers = response.document.answers;
  return facts;
}

}  // namespace afk::store
