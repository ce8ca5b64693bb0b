// The instruments the product ships as data (numbers.md "Questionnaires"):
// WHO-5 and Brief INSPIRE, asked at move-in and move-out as Social- og
// Boligstyrelsen asks and again at the follow-up after move-out (the
// questionnaire-change report compares move-in with both), and an example of
// a unit's own monthly scale. Each call returns a fresh value; callers may
// copy and adapt it.
#pragma once

#include "core/numbers/instrument.hpp"

namespace afk::numbers {

// WHO-5 Trivselsindeks: five items 0–5, raw = sum (0–25), index = raw × 4
// (0–100), all five required. Thresholds: < 50 poor wellbeing, <= 28 possible
// depression. A change of >= 10 points is relevant.
InstrumentDefinition who5_definition();

// Brief INSPIRE (recovery support; one item per CHIME process: connectedness,
// hope, identity, meaning, empowerment), five items 0–4, score = mean of the
// answered items × 25 (0–100), at least four answered. The Danish wording is
// written in plain language for this product; a unit holding a validated
// translation can replace the texts without touching the scoring.
InstrumentDefinition brief_inspire_definition();

// Example of a unit's own scale: ten life areas scored 1–10 every month
// (as POLARIS does with its recovery star). Score = mean of answered areas
// (1–10), at least eight answered; a change of one point is relevant.
InstrumentDefinition life_areas_example_definition();

// A stored copy of a shipped instrument keeps the administrator's wording, but
// a release may ask it at more time points than the copy knows (Brief INSPIRE
// gained the follow-up): adds those to `stored`, in the time points' order,
// and says whether it added any. Never removes one: answers may exist.
bool add_shipped_time_points(InstrumentDefinition& stored, const InstrumentDefinition& shipped);

}  // namespace afk::numbers
