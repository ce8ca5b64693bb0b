// Synthetic test data for the domain tests: one unit with places, a ward, the
// MedCom test citizen (250947-9989, fictitious) and helpers that walk a course
// through its phases. Dates are fixed, never the real clock.
#pragma once

#include <gtest/gtest.h>

#include <ostream>

#include "core/course_commands.hpp"
#include "core/course_tasks.hpp"
#include "core/referral_decision.hpp"

namespace afk {
// Readable dates in gtest failure messages.
inline void PrintTo(const Date& date, std::ostream* out) { *out << date.iso(); }
}  // namespace afk

namespace afk::testing {

inline Date d(const char* iso) { return *Date::parse_iso(iso); }

inline Unit sample_unit() {
  Unit unit;
  unit.id = 7;
  unit.municipality_id = 1;
  unit.name = "Afklaringspladserne Nygårdsvej";
  unit = add_place(unit, {3, PlaceKind::regular}).value();                                   // id 1
  unit = add_place(unit, {1, PlaceKind::regular}).value();                                   // id 2
  unit = add_place(unit, {2, PlaceKind::guest}).value();                                     // id 3
  unit = add_exclusion_criterion(unit, {"Er demens den primære problemstilling?"}).value();  // id 4
  return unit;
}

inline Ward sample_ward() { return Ward{11, 1, 5, "Psykiatrisk afsnit P3", true}; }

inline Citizen sample_citizen() {
  RegisterCitizen command;
  command.name = "Test Testesen";
  command.cpr = "250947-9989";
  command.home_municipality_id = 1;
  Citizen citizen = register_citizen(command, d("2024-01-01")).value();
  citizen.id = 21;
  return citizen;
}

inline SubmitReferral sample_submission() {
  SubmitReferral command;
  command.unit_id = 7;
  command.citizen_id = 21;
  command.ward_id = 11;
  command.referred_on = d("2024-03-01");
  command.reason = "Færdigbehandlet, ingen bolig med støtte";
  command.support_situation = SupportSituation::none_needs_support;
  command.expected_ready_for_discharge_on = d("2024-03-15");
  command.substance_use = SubstanceUse::none;
  command.consent_to_share_with_unit = true;
  command.exclusion_answers = {{4, false}};
  return command;
}

inline Referral sample_referral() {
  Referral referral =
      submit_referral(sample_submission(), sample_citizen(), sample_ward(), sample_unit(), d("2024-03-01"))
          .value();
  referral.id = 31;
  return referral;
}

inline ReferralContext referral_context(Date today = d("2024-03-04")) {
  return ReferralContext{today, sample_citizen(), sample_ward(), sample_unit(), WorkingDayCalendar{}, true};
}

inline CourseCommandContext course_context(Date today, std::vector<std::int64_t> occupied = {}) {
  return CourseCommandContext{today, sample_unit(), WorkingDayCalendar{}, std::move(occupied), std::nullopt};
}

template <class T>
T ok(Result<T> result) {
  EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().code + ": " + result.error().message);
  return std::move(result).value();
}

// Accepted on Monday 2024-03-04.
inline Course phase_1_course() {
  Course course =
      ok(accept_referral(sample_referral(), {d("2024-03-04"), ""}, referral_context())).course.value();
  course.id = 41;
  return course;
}

inline Course with_key_worker(Course course) {
  return ok(appoint_key_worker(course, {"Kim Tovholder", "kim@example.invalid", d("2024-03-05")},
                               course_context(d("2024-03-05"))));
}

// Moved in on Monday 2024-03-18 to the lowest regular place (number 1, id 2).
inline Course phase_2_course() {
  return ok(move_in(with_key_worker(phase_1_course()), {d("2024-03-18"), PlaceKind::regular, std::nullopt},
                    course_context(d("2024-03-18"))));
}

inline Course paused_course() {
  return ok(pause_for_admission(phase_2_course(), {d("2024-04-02"), ""}, course_context(d("2024-04-02"))));
}

inline Course phase_3_course(Destination where = Destination::own_home_with_support) {
  return ok(
      decide_allocation(phase_2_course(), {d("2024-05-01"), where, ""}, course_context(d("2024-05-01"))));
}

inline Course follow_up_course(Destination where = Destination::own_home_with_support) {
  return ok(move_out(phase_3_course(where), {d("2024-05-15")}, course_context(d("2024-05-15"))));
}

inline Course closed_course() {
  return ok(close_course(follow_up_course(), {d("2024-05-16")}, course_context(d("2024-05-16"))));
}

inline Course cancelled_course() {
  return ok(cancel_course(phase_1_course(), {d("2024-03-06"), "Borgeren ønskede det ikke"},
                          course_context(d("2024-03-06"))));
}

}  // namespace afk::testing
