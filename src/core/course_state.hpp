// The states of a course (forløb). Phase 1 runs while the citizen is still
// admitted, phase 2 is the stay, phase 3 the transition to the next offer.
#pragma once

#include <array>

#include "core/enum_codes.hpp"

namespace afk {

enum class CourseState { phase_1, phase_2, phase_3, follow_up, closed, cancelled };

template <>
struct EnumCodes<CourseState> {
  static constexpr std::array<EnumText<CourseState>, 6> table{{
      {CourseState::phase_1, "phase_1", "fase 1 (overgang fra psykiatrien)"},
      {CourseState::phase_2, "phase_2", "fase 2 (ophold)"},
      {CourseState::phase_3, "phase_3", "fase 3 (overgang til rette tilbud)"},
      {CourseState::follow_up, "follow_up", "opfølgning"},
      {CourseState::closed, "closed", "afsluttet"},
      {CourseState::cancelled, "cancelled", "annulleret"},
  }};
};

constexpr bool is_open(CourseState state) {
  return state != CourseState::closed && state != CourseState::cancelled;
}
// The citizen lives on the place (the place is occupied, also during a pause).
constexpr bool occupies_place(CourseState state) {
  return state == CourseState::phase_2 || state == CourseState::phase_3;
}

}  // namespace afk
