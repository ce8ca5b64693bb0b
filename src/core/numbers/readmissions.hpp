// Readmission within N days (numbers.md "Flow"): a psychiatric admission,
// other than the course's index admission, starting on a day d with
// 0 <= d - ref <= N, where ref is the move-in or the move-out date.
// Admissions during the stay (move-in <= d < move-out) are reported
// separately as "readmitted during stay".
#pragma once

#include <optional>
#include <span>

#include "core/numbers/flow_facts.hpp"

namespace afk::numbers {

enum class ReadmissionReference { move_in, move_out };

inline constexpr int default_readmission_window_days = 30;
inline constexpr int reported_readmission_windows[] = {30, 90, 180};

// The qualifying admissions for one course: psychiatric, not the index
// admission, same citizen, and 0 <= start - reference <= window_days.
// Returns nullopt when the course has no such reference date yet.
std::optional<int> count_readmissions(const CourseFacts& course, std::span<const AdmissionFacts> admissions,
                                      ReadmissionReference reference, int window_days);

struct ReadmissionRate {
  ReadmissionReference reference = ReadmissionReference::move_in;
  int window_days = default_readmission_window_days;
  // Courses whose whole window has passed (reference + N <= today): the denominator.
  int courses_followed = 0;
  int courses_readmitted = 0;  // of courses_followed, those with at least one readmission
  int readmissions = 0;        // qualifying admissions among courses_followed (a course may have several)
  // Not in the rate, reported so nothing is dropped silently:
  int incomplete_follow_up = 0;        // reference date known but window not over yet
  int without_reference = 0;           // no move-in (or, for move_out, the stay is still open)
  std::optional<double> rate_percent;  // courses_readmitted / courses_followed * 100
};

ReadmissionRate readmission_rate(std::span<const CourseFacts> courses,
                                 std::span<const AdmissionFacts> admissions, ReadmissionReference reference,
                                 int window_days, Date today);

// Psychiatric admissions other than the index starting on a day the citizen
// lived in the place: move_in <= d < move_out (open stays: d <= today). The
// stay goes on after such an admission, so it is counted, not treated as an end.
struct ReadmissionsDuringStay {
  int stays = 0;  // courses with a move-in on or before today
  int stays_with_readmission = 0;
  int readmissions = 0;
  std::optional<double> rate_percent;  // stays_with_readmission / stays * 100
};

int count_readmissions_during_stay(const CourseFacts& course, std::span<const AdmissionFacts> admissions,
                                   Date today);

ReadmissionsDuringStay readmissions_during_stay(std::span<const CourseFacts> courses,
                                                std::span<const AdmissionFacts> admissions, Date today);

}  // namespace afk::numbers
