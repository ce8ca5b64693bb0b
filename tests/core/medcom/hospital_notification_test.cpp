// What a hospital's notification does to the citizen's admissions: a stay is
// recorded once — opened, on leave, discharged, corrected or cancelled by its
// messages, and a stay staff already entered is completed, not doubled.
#include "core/medcom/hospital_notification.hpp"

#include <gtest/gtest.h>

#include "core/domain_fixtures.hpp"

namespace afk::medcom {
namespace {
using afk::testing::d;
using afk::testing::ok;
using afk::testing::sample_citizen;
using A = HospitalActivity;

constexpr std::int64_t ward = 11;
const Date today = d("2026-03-02");

HospitalNotification message(const std::string& id, A activity, const char* started,
                             const std::string& episode = "ep-1") {
  HospitalNotification notification;
  notification.message_id = id;
  notification.activity = activity;
  notification.cpr_digits = "2509479989";
  notification.episode_of_care = episode;
  notification.started_on = d(started);
  notification.service_provider_sor = "100000000000001";
  return notification;
}

NotificationEffect apply(const Citizen& citizen, const HospitalNotification& notification) {
  return ok(apply_hospital_notification(citizen, notification, ward, today));
}

TEST(HospitalNotificationRule, AWholeStayIsOneAdmissionWithItsLeaveAndDischarge) {
  const NotificationEffect admitted =
      apply(sample_citizen(), message("m1", A::admit_inpatient, "2026-02-10"));
  EXPECT_EQ(admitted.outcome, NotificationOutcome::applied);
  ASSERT_EQ(admitted.citizen.admissions.size(), 1u);
  const HospitalAdmission& stay = admitted.citizen.admissions[0];
  EXPECT_EQ(stay.ward_id, ward);
  EXPECT_EQ(stay.admitted_on, d("2026-02-10"));
  EXPECT_EQ(stay.episode_of_care, "ep-1");
  EXPECT_TRUE(stay.opened_by_message);
  EXPECT_EQ(admitted.what_da, "Indlagt 10-02-2026");

  HospitalNotification leave = message("m2", A::start_leave, "2026-02-10");
  leave.leave_started_on = d("2026-02-14");
  const NotificationEffect on_leave = apply(admitted.citizen, leave);
  ASSERT_EQ(on_leave.citizen.admissions[0].leaves.size(), 1u);
  EXPECT_FALSE(on_leave.citizen.admissions[0].discharged_on) << "a leave is not a discharge";
  HospitalNotification back = message("m3", A::end_leave, "2026-02-10");
  back.leave_started_on = d("2026-02-14");
  back.leave_ended_on = d("2026-02-15");
  const NotificationEffect returned = apply(on_leave.citizen, back);
  EXPECT_EQ(returned.citizen.admissions[0].leaves[0].ended_on, d("2026-02-15"));

  HospitalNotification home = message("m4", A::discharge_inpatient, "2026-02-10");
  home.status = EncounterStatus::finished;
  home.ended_on = d("2026-02-20");
  const NotificationEffect discharged = apply(returned.citizen, home);
  ASSERT_EQ(discharged.citizen.admissions.size(), 1u);
  EXPECT_EQ(discharged.citizen.admissions[0].discharged_on, d("2026-02-20"));
  EXPECT_EQ(discharged.citizen.admissions[0].notified_by, (std::vector<std::string>{"m1", "m2", "m3", "m4"}));

  // The same facts again (another message of the same stay) record nothing twice.
  EXPECT_EQ(apply(discharged.citizen, message("m1-again", A::admit_inpatient, "2026-02-10")).outcome,
            NotificationOutcome::already_recorded);
}

TEST(HospitalNotificationRule, ALeaveWhoseEndArrivesFirstIsRecordedOnce) {
  const NotificationEffect admitted =
      apply(sample_citizen(), message("m1", A::admit_inpatient, "2026-02-10"));
  HospitalNotification back = message("m3", A::end_leave, "2026-02-10");
  back.leave_started_on = d("2026-02-14");
  back.leave_ended_on = d("2026-02-15");
  const NotificationEffect returned = apply(admitted.citizen, back);
  ASSERT_EQ(returned.citizen.admissions[0].leaves.size(), 1u) << "the SLOR carries the whole leave";
  EXPECT_EQ(returned.citizen.admissions[0].leaves[0].started_on, d("2026-02-14"));
  EXPECT_EQ(returned.citizen.admissions[0].leaves[0].ended_on, d("2026-02-15"));
  HospitalNotification late = message("m2", A::start_leave, "2026-02-10");
  late.leave_started_on = d("2026-02-14");
  const NotificationEffect after = apply(returned.citizen, late);
  ASSERT_EQ(after.citizen.admissions[0].leaves.size(), 1u) << "its STOR, arriving late, adds nothing";
  EXPECT_EQ(after.citizen.admissions[0].leaves[0].ended_on, d("2026-02-15"));
}

TEST(HospitalNotificationRule, AStayStaffAlreadyEnteredIsCompletedNotDoubled) {
  RecordAdmission manual;
  manual.ward_id = ward;
  manual.admitted_on = d("2026-02-11");
  const Citizen entered = ok(record_admission(sample_citizen(), manual, today));
  const NotificationEffect completed = apply(entered, message("m1", A::admit_inpatient, "2026-02-10"));
  ASSERT_EQ(completed.citizen.admissions.size(), 1u);
  EXPECT_EQ(completed.citizen.admissions[0].admitted_on, d("2026-02-10"))
      << "the hospital's date is the fact";
  EXPECT_EQ(completed.citizen.admissions[0].episode_of_care, "ep-1");
  EXPECT_FALSE(completed.citizen.admissions[0].opened_by_message);

  // Cancelled by the hospital: the admission staff entered stays, unlinked.
  HospitalNotification cancel = message("m2", A::cancel_admit_inpatient, "2026-02-10");
  cancel.status = EncounterStatus::entered_in_error;
  const NotificationEffect unlinked = apply(completed.citizen, cancel);
  ASSERT_EQ(unlinked.citizen.admissions.size(), 1u);
  EXPECT_FALSE(unlinked.citizen.admissions[0].episode_of_care);
}

TEST(HospitalNotificationRule, CorrectionsSetTheDateAndACancelledStayIsGone) {
  const NotificationEffect admitted =
      apply(sample_citizen(), message("m1", A::admit_inpatient, "2026-02-23"));
  const NotificationEffect revised =
      apply(admitted.citizen, message("m2", A::revise_admit_inpatient, "2026-02-22"));
  EXPECT_EQ(revised.citizen.admissions[0].admitted_on, d("2026-02-22"));
  const NotificationEffect cancelled =
      apply(revised.citizen, message("m3", A::cancel_admit_inpatient, "2026-02-22"));
  EXPECT_TRUE(cancelled.citizen.admissions.empty());
}

TEST(HospitalNotificationRule, ATransferEndsTheEarlierStayWhereTheNewOneStarts) {
  const NotificationEffect first =
      apply(sample_citizen(), message("m1", A::admit_inpatient, "2026-02-10", "ep-1"));
  const NotificationEffect moved =
      apply(first.citizen, message("m2", A::admit_inpatient, "2026-02-12", "ep-2"));
  ASSERT_EQ(moved.citizen.admissions.size(), 2u);
  EXPECT_EQ(moved.citizen.admissions[0].discharged_on, d("2026-02-12"));
  EXPECT_FALSE(moved.citizen.admissions[1].discharged_on);
  EXPECT_EQ(moved.citizen.admissions[1].episode_of_care, "ep-2");
}

TEST(HospitalNotificationRule, DeathEndsTheStayAndIsRecorded) {
  HospitalNotification mors = message("m1", A::admit_inpatient, "2026-02-24");
  mors.status = EncounterStatus::finished;
  mors.deceased = true;
  mors.ended_on = d("2026-02-26");
  const NotificationEffect died = apply(sample_citizen(), mors);  // the first word of the stay
  ASSERT_EQ(died.citizen.admissions.size(), 1u);
  EXPECT_EQ(died.citizen.admissions[0].discharged_on, d("2026-02-26"));
  EXPECT_EQ(died.citizen.died_on, d("2026-02-26"));
  EXPECT_EQ(died.what_da, "Død under indlæggelsen 26-02-2026");
}

TEST(HospitalNotificationRule, AcuteAmbulantVisitsAndUnknownStaysRecordNothing) {
  HospitalNotification ambulant = message("m1", A::admit_emergency, "2026-02-25");
  ambulant.inpatient = false;
  const NotificationEffect visit = apply(sample_citizen(), ambulant);
  EXPECT_EQ(visit.outcome, NotificationOutcome::not_an_admission);
  EXPECT_TRUE(visit.citizen.admissions.empty());

  HospitalNotification home = message("m2", A::discharge_inpatient, "2026-02-10", "ep-never-told");
  home.ended_on = d("2026-02-20");
  EXPECT_EQ(apply_hospital_notification(sample_citizen(), home, ward, today).error().code, "stay_not_known");
}

}  // namespace
}  // namespace afk::medcom
