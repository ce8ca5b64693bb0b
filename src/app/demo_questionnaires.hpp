// Synthetic WHO-5 and Brief INSPIRE answers for the demo courses, so the
// questionnaire report has pairs to show: answered at move-in, at move-out
// and at follow-up three months later, with some left unanswered (drop-out
// is part of the picture). Deterministic for a seed: the values come from a
// fixed-algorithm generator, not from std distributions (whose output
// differs between standard libraries).
#pragma once

#include <cstdint>
#include <span>

#include "core/course.hpp"
#include "store/sql.hpp"

namespace afk::app {

// Writes the responses of `courses` (already stored, ids set) answered on
// or before `today`. Returns how many were written.
int write_demo_questionnaires(store::SqlConnection& sql, std::span<const Course> courses, std::uint64_t seed,
                              Date today);

}  // namespace afk::app
