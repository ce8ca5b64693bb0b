// An admission is entered once: the stay follows the citizen's admissions,
// and a pause, resumption or move-in recorded on the course is recorded as
// the admission or discharge it is.
#include "core/admission_follow_up.hpp"

#include <gtest/gtest.h>

#include "core/domain_fixtures.hpp"

namespace afk {
namespace {
using namespace afk::testing;

constexpr std::int64_t ward = 11;

Citizen admitted(const Citizen& citizen, Date on, std::optional<Date> discharged = std::nullopt) {
  RecordAdmission admission;
  admission.ward_id = ward;
  admission.admitted_on = on;
  admission.discharged_on = discharged;
  return ok(record_admission(citizen, admission, d("2024-06-01")));
}

// The citizen discharged from the index admission on the move-in day (2024-03-18).
Citizen living_at_the_place() { return admitted(sample_citizen(), d("2024-02-20"), d("2024-03-18")); }

TEST(AdmissionFollowUp, AnAdmissionDuringTheStayPausesItAndItsDischargeResumesIt) {
  const Course course = phase_2_course();
  const Citizen before = living_at_the_place();
  const Citizen in_hospital = admitted(before, d("2024-04-02"));
  const auto paused =
      ok(course_following_admissions(course, before, in_hospital, course_context(d("2024-04-02"))));
  ASSERT_TRUE(paused);
  ASSERT_TRUE(is_paused(*paused));
  EXPECT_EQ(paused->admission_pauses.back().admitted_on, d("2024-04-02"));

  const HospitalAdmission* open = open_admission(in_hospital);
  ASSERT_NE(open, nullptr);
  const Citizen home = ok(record_discharge(in_hospital, {open->id, d("2024-04-10")}, d("2024-04-10")));
  const auto resumed =
      ok(course_following_admissions(*paused, in_hospital, home, course_context(d("2024-04-10"))));
  ASSERT_TRUE(resumed);
  EXPECT_FALSE(is_paused(*resumed));
  EXPECT_EQ(resumed->admission_pauses.back().resumed_on, d("2024-04-10"));
}

TEST(AdmissionFollowUp, AnAdmissionTheHospitalToldSaysSoAndItsCancellationTakesThePauseAway) {
  const Course course = phase_2_course();
  const Citizen before = living_at_the_place();
  Citizen told = admitted(before, d("2024-04-02"));
  told.admissions.back().notified_by = {"a1000000-0000-4000-8000-000000000001"};
  const auto paused = ok(course_following_admissions(course, before, told, course_context(d("2024-04-02"))));
  ASSERT_TRUE(paused);
  EXPECT_EQ(paused->admission_pauses.back().note, told_by_hospital);
  // Typed in by staff: no note put in their mouth.
  const auto typed = ok(course_following_admissions(course, before, admitted(before, d("2024-04-02")),
                                                    course_context(d("2024-04-02"))));
  EXPECT_EQ(typed->admission_pauses.back().note, "");

  // Cancelled by the hospital (AN_STIN): the admission goes, and so does the pause it caused.
  const auto cancelled =
      ok(course_following_admissions(*paused, told, before, course_context(d("2024-04-03"))));
  ASSERT_TRUE(cancelled);
  EXPECT_FALSE(is_paused(*cancelled));
  EXPECT_EQ(cancelled->admission_pauses.size(), course.admission_pauses.size());
  // An earlier pause that another admission caused stays.
  EXPECT_FALSE(ok(course_following_admissions(*paused, living_at_the_place(), living_at_the_place(),
                                              course_context(d("2024-04-03")))));
}

TEST(AdmissionFollowUp, AnAdmissionRecordedAfterItEndedPausesAndResumesAtOnce) {
  const Citizen before = living_at_the_place();
  const Citizen after = admitted(before, d("2024-04-02"), d("2024-04-05"));
  const auto followed =
      ok(course_following_admissions(phase_2_course(), before, after, course_context(d("2024-04-08"))));
  ASSERT_TRUE(followed);
  ASSERT_EQ(followed->admission_pauses.size(), 1u);
  EXPECT_EQ(followed->admission_pauses[0].resumed_on, d("2024-04-05"));
}

TEST(AdmissionFollowUp, AdmissionsOutsideARunningStayChangeNothing) {
  const Citizen before = sample_citizen();
  // Phase 1: the citizen has not moved in.
  EXPECT_FALSE(ok(course_following_admissions(phase_1_course(), before, admitted(before, d("2024-03-02")),
                                              course_context(d("2024-03-04")))));
  // An admission before the move-in, registered late.
  const Citizen late = admitted(before, d("2024-02-01"), d("2024-02-10"));
  EXPECT_FALSE(
      ok(course_following_admissions(phase_2_course(), before, late, course_context(d("2024-04-01")))));
  // After the move-out.
  EXPECT_FALSE(ok(course_following_admissions(follow_up_course(), before, admitted(before, d("2024-05-20")),
                                              course_context(d("2024-05-20")))));
}

TEST(AdmissionFollowUp, APauseOnTheCourseOpensTheAdmissionAtTheReferringWard) {
  const Citizen citizen = living_at_the_place();
  const auto followed = ok(citizen_following_course(citizen, CourseCommand::pause_for_admission,
                                                    paused_course(), ward, d("2024-04-02")));
  ASSERT_TRUE(followed);
  const HospitalAdmission* open = open_admission(*followed);
  ASSERT_NE(open, nullptr);
  EXPECT_EQ(open->admitted_on, d("2024-04-02"));
  EXPECT_EQ(open->ward_id, ward);
  // The admission already recorded is the fact: nothing is added.
  EXPECT_FALSE(ok(citizen_following_course(*followed, CourseCommand::pause_for_admission, paused_course(),
                                           ward, d("2024-04-02"))));
}

TEST(AdmissionFollowUp, ResumingOrMovingInDischargesTheOpenAdmission) {
  const Citizen in_hospital = admitted(living_at_the_place(), d("2024-04-02"));
  const Course resumed =
      ok(resume_after_admission(paused_course(), {d("2024-04-09")}, course_context(d("2024-04-09"))));
  const auto home = ok(citizen_following_course(in_hospital, CourseCommand::resume_after_admission, resumed,
                                                ward, d("2024-04-09")));
  ASSERT_TRUE(home);
  EXPECT_EQ(open_admission(*home), nullptr);
  EXPECT_EQ(home->admissions.back().discharged_on, d("2024-04-09"));

  // Moving in from the index admission discharges it on the move-in day.
  const Citizen referred_from_hospital = admitted(sample_citizen(), d("2024-02-20"));
  const auto moved = ok(citizen_following_course(referred_from_hospital, CourseCommand::move_in,
                                                 phase_2_course(), ward, d("2024-03-18")));
  ASSERT_TRUE(moved);
  EXPECT_EQ(moved->admissions.back().discharged_on, d("2024-03-18"));
  // Other commands leave the admissions alone.
  EXPECT_FALSE(ok(citizen_following_course(referred_from_hospital, CourseCommand::add_status_note,
                                           phase_2_course(), ward, d("2024-03-18"))));
}

TEST(AdmissionFollowUp, FaerdigmeldtOnTheOpenAdmissionIsTheDateOfTheCourseWaitingOnIt) {
  const Citizen in_hospital = admitted(sample_citizen(), d("2024-02-20"));
  const std::int64_t admission_id = open_admission(in_hospital)->id;
  const Citizen declared =
      ok(set_admission_ready_for_discharge(in_hospital, {admission_id, d("2024-03-08")}, d("2024-03-08")));
  const auto followed = ok(
      course_following_admissions(phase_1_course(), in_hospital, declared, course_context(d("2024-03-08"))));
  ASSERT_TRUE(followed);
  EXPECT_EQ(followed->ready_for_discharge_on, d("2024-03-08"));
  // After the move-in the course keeps its own date: a later admission's færdigmelding is not the course's.
  EXPECT_FALSE(ok(
      course_following_admissions(phase_2_course(), in_hospital, declared, course_context(d("2024-03-20")))));
}

TEST(AdmissionFollowUp, FaerdigmeldtOnTheCourseIsSetOnTheOpenAdmission) {
  const Citizen in_hospital = admitted(sample_citizen(), d("2024-02-20"));
  const Course declared =
      ok(set_ready_for_discharge(phase_1_course(), {d("2024-03-07")}, course_context(d("2024-03-05"))));
  const auto followed = ok(citizen_following_course(in_hospital, CourseCommand::set_ready_for_discharge,
                                                    declared, ward, d("2024-03-05")));
  ASSERT_TRUE(followed);
  EXPECT_EQ(open_admission(*followed)->ready_for_discharge_on, d("2024-03-07"));
  // Already said: nothing changes; without an open admission there is nowhere to say it.
  EXPECT_FALSE(ok(citizen_following_course(*followed, CourseCommand::set_ready_for_discharge, declared, ward,
                                           d("2024-03-05"))));
  EXPECT_FALSE(ok(citizen_following_course(sample_citizen(), CourseCommand::set_ready_for_discharge, declared,
                                           ward, d("2024-03-05"))));
  // A date before the admission is refused, and the course command with it.
  const Course too_early =
      ok(set_ready_for_discharge(phase_1_course(), {d("2024-02-10")}, course_context(d("2024-03-05"))));
  EXPECT_EQ(citizen_following_course(in_hospital, CourseCommand::set_ready_for_discharge, too_early, ward,
                                     d("2024-03-05"))
                .error()
                .code,
            "date_too_early");
}

}  // namespace
}  // namespace afk
