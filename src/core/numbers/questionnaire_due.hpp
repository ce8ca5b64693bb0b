// Which questionnaire is due when, for one course and one instrument: each
// instrument lists its time points, and the course's phase says which of them
// is now — move-in from acceptance through the stay (phases 1–2), move-out in
// phase 3 and at follow-up, follow-up after moving out, and monthly during the
// stay (phases 2–3) once the last monthly answer is a month old. The screens
// show exactly this; nothing of it is computed in the browser.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/course_state.hpp"
#include "core/date.hpp"
#include "core/enum_codes.hpp"
#include "core/numbers/instrument.hpp"

namespace afk::numbers {

enum class DueStatus { answered, due, missing, upcoming };

// One earlier answer of the instrument on the course.
struct Answered {
  std::int64_t response_id = 0;
  TimePoint time_point = TimePoint::move_in;
  Date answered_on;
};

struct TimePointDue {
  TimePoint time_point = TimePoint::move_in;
  DueStatus status = DueStatus::upcoming;
  std::optional<std::int64_t> latest_response_id;  // the latest answer at this time point
  std::optional<Date> next_on;                     // monthly: when the next answer is due
};

// One instrument's time points on one course.
struct InstrumentDue {
  std::string instrument_code;
  std::vector<TimePointDue> time_points;
};

// The status of each of `time_points`, in their order; `answers` are the
// instrument's answers on the course, in any order.
std::vector<TimePointDue> time_point_statuses(CourseState state, std::span<const TimePoint> time_points,
                                              std::span<const Answered> answers, Date today);

}  // namespace afk::numbers

namespace afk {
template <>
struct EnumCodes<numbers::DueStatus> {
  static constexpr std::array<EnumText<numbers::DueStatus>, 4> table{{
      {numbers::DueStatus::answered, "answered", "Besvaret"},
      {numbers::DueStatus::due, "due", "Skal besvares nu"},
      {numbers::DueStatus::missing, "missing", "Ikke besvaret"},
      {numbers::DueStatus::upcoming, "upcoming", "Senere"},
  }};
};
}  // namespace afk
