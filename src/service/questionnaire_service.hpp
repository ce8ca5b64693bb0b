// Questionnaires: the instrument catalogue (WHO-5, Brief INSPIRE and units'
// own scales), answering one for a course, and the paired change report
// (move-in → move-out, move-in → follow-up).
//
// Editing an instrument may change its Danish texts only (core/numbers/
// instrument_edit): stored answers were given and scored under it; a changed
// scale is a new instrument with a new code.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/aggregate_scope.hpp"
#include "core/numbers/instrument.hpp"
#include "core/numbers/questionnaire_due.hpp"
#include "core/numbers/report_table.hpp"
#include "core/result.hpp"
#include "json/instrument_json.hpp"
#include "service/invocation.hpp"
#include "store/questionnaire_repository.hpp"

namespace afk::service {

using store::StoredInstrument;
using store::StoredResponse;

// The instruments the caller may use: a unit's own scale only in that unit.
Result<std::vector<StoredInstrument>> list_instruments(Invocation& call);
Result<StoredInstrument> add_instrument(Invocation& call, numbers::InstrumentDefinition definition,
                                        std::optional<std::int64_t> unit_id);
Result<StoredInstrument> edit_instrument(Invocation& call, std::int64_t instrument_id,
                                         std::int64_t expected_version,
                                         numbers::InstrumentDefinition definition);

// A response with the definition it is scored by (none: the instrument is gone).
struct ResponseRead {
  StoredResponse response;
  std::optional<numbers::InstrumentDefinition> definition;
};
Result<ResponseRead> record_response(Invocation& call, std::int64_t course_id,
                                     const json::ResponseInput& input);
// A course's answers, and per instrument the course's unit may use which time points are due now.
struct CourseResponses {
  std::vector<ResponseRead> responses;
  std::vector<numbers::InstrumentDue> due;
};
Result<CourseResponses> responses_of_course(Invocation& call, std::int64_t course_id);

struct ChangeAsked {
  std::string instrument;  // its code, case and "-" insensitive (WHO5, who-5, who5)
  std::optional<std::int64_t> unit_id, municipality_id;
  std::optional<Date> from, to;  // moved in within
};
struct ChangeRead {
  numbers::InstrumentDefinition definition;
  AggregateScope scope;
  numbers::ReportTable table;
  bool small_cells_suppressed = false;
};
Result<ChangeRead> questionnaire_change(Invocation& call, const ChangeAsked& asked);

}  // namespace afk::service
