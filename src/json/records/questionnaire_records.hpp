// A questionnaire's answers, and what is due of the questionnaires on a course
// (core/numbers/questionnaire_due).
#pragma once

#include "core/numbers/instrument.hpp"
#include "core/numbers/questionnaire_due.hpp"
#include "json/fields.hpp"
#include "json/instrument_json.hpp"

namespace afk::json {

AFK_FIELDS(numbers::InstrumentItem, "InstrumentItem", field("code", &T::code), field("text_da", &T::text_da))

AFK_FIELDS(numbers::AnswerOption, "AnswerOption", field("value", &T::value), field("label_da", &T::label_da))

AFK_FIELDS(numbers::Threshold, "Threshold", field("code", &T::code), field("label_da", &T::label_da),
           field("comparison", &T::comparison, "The score compared with value"), field("value", &T::value))

AFK_FIELDS(numbers::InstrumentDefinition, "InstrumentDefinition", field("code", &T::code),
           field("name_da", &T::name_da),
           omissible("introduction_da", &T::introduction_da, "The common stem shown before the items"),
           field("items", &T::items), field("options", &T::options, "The answers every item offers"),
           field("min_value", &T::min_value), field("max_value", &T::max_value), field("rule", &T::rule),
           omissible("factor", &T::factor, "Leaving it out means 1"),
           field("minimum_answered", &T::minimum_answered, "Fewer answered items give no score"),
           field("time_points", &T::time_points), omissible("thresholds", &T::thresholds),
           field("relevant_change", &T::relevant_change,
                 "The smallest change in score that counts for one person; null when not defined"))

AFK_FIELDS(numbers::InstrumentScore, "InstrumentScore", field("answered", &T::answered),
           field("raw", &T::raw, "Sum or mean of the answered items"), field("score", &T::score),
           field("thresholds_met", &T::thresholds_met))

AFK_FIELDS(ResponseInput, "ResponseInput", field("instrument_code", &T::instrument_code),
           field("time_point", &T::time_point), field("answered_on", &T::answered_on, "Left out: today"),
           field("answers", &T::answers))

AFK_FIELDS(ResponseDocument, "ResponseDocument", field("instrument_code", &T::instrument_code),
           field("instrument_version", &T::instrument_version), field("time_point", &T::time_point),
           field("answered_on", &T::answered_on), field("answers", &T::answers),
           field("score", &T::score, "Null when too few items were answered to score"))

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
