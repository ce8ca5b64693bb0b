// What may change in an instrument that has been answered (numbers.md
// "Questionnaires"): its Danish texts, never what scores the answers. A
// change to the scoring needs a new instrument with a new code, so every
// stored answer keeps the score it was given.
#pragma once

#include <optional>
#include <string>

#include "core/numbers/instrument.hpp"

namespace afk::numbers {

// The path of the first difference between `before` and `after` that would
// change a score or its meaning, e.g. "max_value" or "items[1].code", in the
// field names and order of the instrument's JSON; nullopt when only texts
// (name, introduction, item texts, option and threshold labels) differ.
std::optional<std::string> scoring_change(const InstrumentDefinition& before,
                                          const InstrumentDefinition& after);

}  // namespace afk::numbers
