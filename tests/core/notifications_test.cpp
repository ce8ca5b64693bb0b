// What each role should notice: the unit new referrals, tasks due soon or
// overdue and consents withdrawn lately; the ward the decisions on its
// referrals; the authority the stays waiting for it — and nothing else.
#include "core/notifications.hpp"

#include <gtest/gtest.h>

#include "core/domain_fixtures.hpp"

namespace afk {
namespace {
using namespace afk::testing;

TEST(Notifications, ASubmittedReferralIsNewAndADecidedOneIsNot) {
  const auto fresh = referral_notification(sample_referral());
  ASSERT_TRUE(fresh);
  EXPECT_EQ(fresh->kind, NotificationKind::new_referral);
  EXPECT_EQ(fresh->referral_id, 31);
  Referral decided = sample_referral();
  decided.state = ReferralState::accepted;
  EXPECT_FALSE(referral_notification(decided));
}

TEST(Notifications, TasksFromThreeDaysBeforeTheirDueDateAndWhileOverdue) {
  const Course course = phase_1_course();  // the key worker task is due 2024-03-06
  const Task& task = course.tasks.front();
  ASSERT_EQ(task.kind, TaskKind::key_worker);
  EXPECT_TRUE(course_notifications(course, {}, task.due_on.plus_days(-4)).empty());
  const auto soon = course_notifications(course, {}, task.due_on.plus_days(-3));
  ASSERT_EQ(soon.size(), 1u);
  EXPECT_EQ(soon[0].what_da, "Udpeg tovholder, frist " + task.due_on.danish());
  EXPECT_EQ(course_notifications(course, {}, task.due_on)[0].what_da, "Udpeg tovholder, frist i dag");
  EXPECT_EQ(course_notifications(course, {}, task.due_on.plus_days(5))[0].what_da,
            "Udpeg tovholder, forfalden siden " + task.due_on.danish());
  // Done: nothing to notice.
  EXPECT_TRUE(course_notifications(with_key_worker(course), {}, task.due_on).empty());
}

TEST(Notifications, AConsentWithdrawnIsNoticedForTwoWeeks) {
  const Course course = with_key_worker(phase_1_course());
  CitizenConsents consents;
  ConsentRecord withdrawn;
  withdrawn.citizen_id = course.citizen_id;
  withdrawn.status = ConsentStatus::withdrawn;
  withdrawn.recorded_on = d("2024-03-10");
  consents.records.push_back(withdrawn);
  const auto on = [&](const char* day) {
    std::vector<Notification> consent_only;
    for (auto& n : course_notifications(course, consents, d(day)))
      if (n.kind == NotificationKind::consent_withdrawn) consent_only.push_back(n);
    return consent_only;
  };
  ASSERT_EQ(on("2024-03-10").size(), 1u);
  EXPECT_EQ(on("2024-03-24").size(), 1u);
  EXPECT_TRUE(on("2024-03-25").empty());
  EXPECT_TRUE(course_notifications(closed_course(), consents, d("2024-03-10")).empty())
      << "only open courses";
}

TEST(Notifications, TheWardIsToldTheDecisionOnItsReferralForTwoWeeks) {
  const ReferralDecision accepted =
      ok(accept_referral(sample_referral(), {d("2024-03-04"), ""}, referral_context()));
  const auto told = referral_decision_notification(accepted.referral, d("2024-03-04"));
  ASSERT_TRUE(told);
  EXPECT_EQ(told->kind, NotificationKind::referral_decided);
  EXPECT_EQ(told->date, d("2024-03-04"));
  EXPECT_EQ(told->referral_id, 31);
  EXPECT_EQ(told->what_da, "Optaget");
  EXPECT_TRUE(referral_decision_notification(accepted.referral, d("2024-03-18")));
  EXPECT_FALSE(referral_decision_notification(accepted.referral, d("2024-03-19"))) << "after two weeks";
  EXPECT_FALSE(referral_decision_notification(sample_referral(), d("2024-03-04"))) << "not yet decided";

  const Referral declined =
      ok(decline_referral(sample_referral(), {d("2024-03-04"), "Andet tilbud"}, referral_context())).referral;
  EXPECT_EQ(referral_decision_notification(declined, d("2024-03-05"))->what_da, "Afvist");
  // The ward's own withdrawal is news to nobody; the citizen's wish, recorded by the unit, is.
  const Referral withdrawn =
      ok(withdraw_referral(sample_referral(), {d("2024-03-04"), ""}, referral_context())).referral;
  EXPECT_FALSE(referral_decision_notification(withdrawn, d("2024-03-05")));
  const Referral declined_by_citizen =
      ok(citizen_declines_stay(sample_referral(), {d("2024-03-04"), "Vil hjem"}, referral_context()))
          .referral;
  EXPECT_EQ(referral_decision_notification(declined_by_citizen, d("2024-03-05"))->what_da,
            "Borgeren ønsker ikke et ophold");
}

TEST(Notifications, TheAuthorityIsToldOfStaysWaitingForVumOrVisitation) {
  EXPECT_FALSE(authority_notification(phase_1_course())) << "not moved in";
  const auto vum_due = authority_notification(phase_2_course());
  ASSERT_TRUE(vum_due);
  EXPECT_EQ(vum_due->kind, NotificationKind::authority_decision_due);
  EXPECT_EQ(vum_due->date, d("2024-03-18")) << "waiting since the move-in";
  EXPECT_EQ(vum_due->what_da, "VUM-udredning mangler");
  Course assessed = phase_2_course();
  assessed.vum.completed_on = d("2024-04-01");
  EXPECT_EQ(authority_notification(assessed)->what_da, "Visitation mangler");
  EXPECT_FALSE(authority_notification(phase_3_course())) << "allocated: nothing left for the authority";
}

TEST(Notifications, TheUnitHearsWhatTheHospitalToldForThreeDays) {
  const Course course = phase_2_course();  // moved in 2024-03-18
  Citizen citizen = sample_citizen();
  RecordAdmission readmission;
  readmission.ward_id = 11;
  readmission.admitted_on = d("2024-04-02");
  citizen = ok(record_admission(citizen, readmission, d("2024-04-02")));
  EXPECT_TRUE(hospital_notifications(course, citizen, d("2024-04-02")).empty()) << "typed in by staff";
  citizen.admissions.back().notified_by = {"m1"};
  const auto told = hospital_notifications(course, citizen, d("2024-04-03"));
  ASSERT_EQ(told.size(), 1u);
  EXPECT_EQ(told[0].kind, NotificationKind::hospital_notice);
  EXPECT_EQ(told[0].course_id, course.id);
  EXPECT_EQ(told[0].what_da, "Indlagt 02-04-2024 – opholdet er sat på pause");
  EXPECT_TRUE(hospital_notifications(course, citizen, d("2024-04-06")).empty()) << "after three days";
  citizen.admissions.back().discharged_on = d("2024-04-05");
  const auto home = hospital_notifications(course, citizen, d("2024-04-06"));
  ASSERT_EQ(home.size(), 1u);
  EXPECT_EQ(home[0].what_da, "Udskrevet 05-04-2024 – borgeren kan vende tilbage");
  EXPECT_TRUE(hospital_notifications(closed_course(), citizen, d("2024-04-06")).empty())
      << "only open courses";
}

TEST(Notifications, NewReferralsFirstThenConsentsThenTasksByDueDate) {
  std::vector<Notification> list{{NotificationKind::task_due, d("2024-03-09"), 1, {}, 1, ""},
                                 {NotificationKind::task_due, d("2024-03-05"), 1, {}, 1, ""},
                                 {NotificationKind::consent_withdrawn, d("2024-03-01"), 1, {}, 1, ""},
                                 {NotificationKind::new_referral, d("2024-03-02"), 2, 5, {}, ""}};
  sort_notifications(list);
  EXPECT_EQ(list[0].kind, NotificationKind::new_referral);
  EXPECT_EQ(list[1].kind, NotificationKind::consent_withdrawn);
  EXPECT_EQ(list[2].date, d("2024-03-05"));
  EXPECT_EQ(list[3].date, d("2024-03-09"));
}

}  // namespace
}  // namespace afk
