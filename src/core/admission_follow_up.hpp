// A hospital admission is one fact, entered once, wherever it is entered. The
// citizen's admissions are the record; a course's stay follows them:
//   - an admission that starts while the stay runs pauses it from that day,
//     and its discharge resumes the stay from the discharge day; an admission
//     the hospital told by MedCom says so in the pause's note, and one the
//     hospital cancelled (entered in error) takes its pause away;
//   - a pause recorded on the course opens an admission at the ward the
//     citizen came from (unless one is open), and its resumption discharges it;
//   - a move-in discharges the admission the citizen moves from;
//   - færdigmeldt is the admission's date: set on the course before the
//     move-in, it is set on the open admission, and set on the open
//     admission, the course waiting on it shows it.
// The service runs the follow-up in the same transaction as the fact.
#pragma once

#include <cstdint>
#include <optional>

#include "core/citizen.hpp"
#include "core/course.hpp"
#include "core/course_commands.hpp"
#include "core/result.hpp"

namespace afk {

// The pause note of an admission the hospital told (MedCom HospitalNotification).
inline constexpr const char* told_by_hospital = "Meddelt af sygehuset (sygehusadvis)";

// The course after its citizen's admissions changed from `before` to
// `after`; none when the course does not follow (nothing to change).
Result<std::optional<Course>> course_following_admissions(const Course& course, const Citizen& before,
                                                          const Citizen& after,
                                                          const CourseCommandContext& context);

// Whether `command` reports an admission fact the citizen's record must
// follow (a pause, its end, the move-in from hospital, færdigmeldt).
bool reports_admission_change(CourseCommand command);

// The citizen after `command` changed the course to `course`; none when the
// admissions already say it. `ward_id`: where an admission the course
// reports is recorded (the ward the citizen was referred from).
Result<std::optional<Citizen>> citizen_following_course(const Citizen& citizen, CourseCommand command,
                                                        const Course& course, std::int64_t ward_id,
                                                        Date today);

}  // namespace afk
