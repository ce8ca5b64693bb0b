// Questionnaires in the store: instrument definitions (table `instruments`,
// one JSON document each) and completed responses (table
// `questionnaire_responses`: key columns course_id, citizen_id, unit_id,
// instrument_code, time_point, answered_on, plus the document of
// json::ResponseDocument). Reports read responses with select_responses and
// turn them into numbers::ResponseFacts with to_facts.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/numbers/instrument.hpp"
#include "core/result.hpp"
#include "json/instrument_json.hpp"
#include "store/sql.hpp"

namespace afk::store {

struct StoredInstrument {
  std::int64_t id = 0;
  std::int64_t version = 0;
  numbers::InstrumentDefinition definition;
  bool builtin = false;                 // shipped with the product (WHO-5, Brief INSPIRE)
  std::optional<std::int64_t> unit_id;  // a unit's own scale; empty = every unit may use it
};

// Inserts WHO-5 and Brief INSPIRE when no instrument has their code; an
// existing (possibly re-worded) one keeps its wording and gains, as a new
// version, any time point this release asks it at that it lacks. Idempotent;
// run after migrations, inside a write transaction so that servers starting
// together take turns.
void ensure_builtin_instruments(SqlConnection& sql);

std::vector<StoredInstrument> list_instruments(SqlConnection& sql);
std::optional<StoredInstrument> load_instrument(SqlConnection& sql, std::int64_t id);
std::optional<StoredInstrument> find_instrument(SqlConnection& sql, std::string_view code);
// Sets id and version 1. A code already in use throws SqlConstraintError.
void insert_instrument(SqlConnection& sql, StoredInstrument& instrument);
// Version-checked: stale_version when someone saved in between.
Status update_instrument(SqlConnection& sql, StoredInstrument& instrument, std::int64_t expected_version);

struct StoredResponse {
  std::int64_t id = 0;
  std::int64_t version = 0;
  std::int64_t course_id = 0;
  std::int64_t citizen_id = 0;
  std::int64_t unit_id = 0;
  json::ResponseDocument document;
};

void insert_response(SqlConnection& sql, StoredResponse& response);
std::vector<StoredResponse> responses_for_course(SqlConnection& sql, std::int64_t course_id);
std::int64_t count_responses(SqlConnection& sql);

// Which responses a report reads. The cohort is chosen by the course's
// move-in date (courses.move_in), so a course's move-in and move-out
// answers are never split by the period.
struct ResponseFilter {
  std::string instrument_code;
  std::optional<std::int64_t> unit_id;
  std::optional<std::int64_t> unit_municipality_id;  // units.municipality_id
  std::optional<Date> moved_in_from;                 // inclusive
  std::optional<Date> moved_in_to;                   // inclusive
};
std::vector<StoredResponse> select_responses(SqlConnection& sql, const ResponseFilter& filter);

// The pure figure's input; citizen_key is the citizen id as text (it never
// leaves the server).
numbers::ResponseFacts to_facts(const StoredResponse& response);

}  // namespace afk::store
