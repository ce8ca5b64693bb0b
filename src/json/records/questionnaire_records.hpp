// A questionnaire's answers, and what is due of the questionnaires on a course
// (core/numbers/questionnaire_due).
#pragma once

#include "core/numbers/instrument.hpp"
#include "core/numbers/questionnaire_due.hpp"
#include "json/fields.hpp"

namespace afk::json {

AFK_FIELDS(numbers::ItemAnswer, "ItemAnswer", field("item_code", &T::item_code),
           field("value", &T::value, "Null (or left out) when not answered"))

AFK_FIELDS(numbers::TimePointDue, "TimePointDue", field("time_point", &T::time_point),
           field("status", &T::status),
           field("latest_response_id", &T::latest_response_id, "The latest answer at this time point"),
           field("next_on", &T::next_on, "Monthly scales: the day the next answer is due"))

AFK_FIELDS(numbers::InstrumentDue, "InstrumentDue", field("instrument_code", &T::instrument_code),
           field("time_points", &T::time_points,
                 "The instrument's time points in its order: answered, due now, missing or upcoming"))

}  // namespace afk::json
