#include "core/referral.hpp"

#include <gtest/gtest.h>

#include "core/access_policy.hpp"
#include "core/domain_fixtures.hpp"
#include "core/eligibility.hpp"
#include "core/referral_decision.hpp"

namespace afk {
namespace {
using namespace afk::testing;

TEST(Citizen, RegistrationTakesTheBirthDateFromTheCpr) {
  const Citizen citizen = sample_citizen();
  EXPECT_EQ(citizen.birth_date, d("1947-09-25"));
  EXPECT_FALSE(is_anonymous(citizen));
  RegisterCitizen command{"Test Testesen", "250947-9989", d("1947-09-26"), 1};
  EXPECT_EQ(register_citizen(command, d("2024-01-01")).error().code, "birth_date_mismatch");
  command.cpr.reset();
  command.birth_date.reset();
  EXPECT_EQ(register_citizen(command, d("2024-01-01")).error().code, "birth_date_required");
  command.birth_date = d("1990-01-01");
  EXPECT_TRUE(is_anonymous(register_citizen(command, d("2024-01-01")).value()));
  command.name = " ";
  EXPECT_EQ(register_citizen(command, d("2024-01-01")).error().field, "name");
}

TEST(Citizen, RecordsAdmissionsWithOneOpenAtATime) {
  Citizen citizen = sample_citizen();
  citizen =
      ok(record_admission(citizen, {11, d("2024-01-10"), d("2024-02-01"), d("2024-02-05")}, d("2024-03-01")));
  citizen = ok(record_admission(citizen, {11, d("2024-02-20"), std::nullopt, std::nullopt}, d("2024-03-01")));
  ASSERT_EQ(citizen.admissions.size(), 2u);
  EXPECT_EQ(open_admission(citizen)->id, citizen.admissions[1].id);
  EXPECT_EQ(record_admission(citizen, {11, d("2024-02-25"), {}, {}}, d("2024-03-01")).error().code,
            "admission_already_open");
  EXPECT_EQ(
      record_admission(citizen, {11, d("2024-01-20"), {}, d("2024-01-25")}, d("2024-03-01")).error().code,
      "admission_overlaps");
  const std::int64_t open_id = citizen.admissions[1].id;
  EXPECT_EQ(
      set_admission_ready_for_discharge(citizen, {open_id, d("2024-02-19")}, d("2024-03-01")).error().code,
      "date_too_early");
  citizen = ok(set_admission_ready_for_discharge(citizen, {open_id, d("2024-02-28")}, d("2024-03-01")));
  EXPECT_EQ(record_discharge(citizen, {open_id, d("2024-03-02")}, d("2024-03-01")).error().code,
            "date_in_future");
  citizen = ok(record_discharge(citizen, {open_id, d("2024-03-01")}, d("2024-03-01")));
  EXPECT_EQ(record_discharge(citizen, {open_id, d("2024-03-01")}, d("2024-03-01")).error().code,
            "already_discharged");
  EXPECT_EQ(record_discharge(citizen, {99, d("2024-03-01")}, d("2024-03-01")).error().kind,
            ErrorKind::not_found);
}

TEST(Citizen, AnAdmissionOffersWhatItsStateAllowsToTheRolesThatRecordAdmissions) {
  Citizen citizen = sample_citizen();
  citizen = ok(record_admission(citizen, {11, d("2024-02-20"), std::nullopt, std::nullopt}, d("2024-03-01")));
  using Commands = std::vector<std::string>;
  EXPECT_EQ(legal_admission_commands(citizen.admissions[0]), (Commands{"ready-for-discharge", "discharge"}));
  EXPECT_EQ(admission_commands_for(citizen.admissions[0], Role::ward_staff),
            legal_admission_commands(citizen.admissions[0]));
  EXPECT_EQ(admission_commands_for(citizen.admissions[0], Role::admin), Commands{});
  EXPECT_EQ(citizen_commands_for(Role::unit_staff), Commands{"record-admission"});
  EXPECT_EQ(citizen_commands_for(Role::evaluator), Commands{});
  const std::int64_t id = citizen.admissions[0].id;
  citizen = ok(set_admission_ready_for_discharge(citizen, {id, d("2024-02-28")}, d("2024-03-01")));
  EXPECT_EQ(legal_admission_commands(citizen.admissions[0]), Commands{"discharge"});
  citizen = ok(record_discharge(citizen, {id, d("2024-03-01")}, d("2024-03-01")));
  EXPECT_EQ(legal_admission_commands(citizen.admissions[0]), Commands{});
}

TEST(Eligibility, AdultsFromAPsychiatricWardAreEligible) {
  EXPECT_TRUE(eligibility_issues(sample_referral(), sample_citizen(), sample_ward(), sample_unit()).empty());
}

TEST(Eligibility, MustBe18OnTheReferralDate) {
  Citizen citizen = sample_citizen();
  citizen.cpr.reset();
  citizen.birth_date = d("2006-03-01");
  Unit unit = sample_unit();
  unit.allows_anonymous = true;
  Referral referral = sample_referral();
  referral.referred_on = d("2024-03-01");  // 18th birthday: eligible
  EXPECT_TRUE(model_eligibility_issues(referral, citizen, sample_ward(), unit).empty());
  referral.referred_on = d("2024-02-29");
  const auto issues = model_eligibility_issues(referral, citizen, sample_ward(), unit);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].code, "under_18");
}

TEST(Eligibility, MustComeFromAPsychiatricWard) {
  Ward ward = sample_ward();
  ward.psychiatric = false;
  const auto issues = model_eligibility_issues(sample_referral(), sample_citizen(), ward, sample_unit());
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].code, "not_psychiatric_ward");
}

TEST(Eligibility, AnonymousOnlyWhereTheUnitAllowsIt) {
  Citizen citizen = sample_citizen();
  citizen.cpr.reset();
  Unit unit = sample_unit();
  EXPECT_EQ(model_eligibility_issues(sample_referral(), citizen, sample_ward(), unit).at(0).code,
            "cpr_required");
  unit.allows_anonymous = true;  // as Pitstop
  EXPECT_TRUE(model_eligibility_issues(sample_referral(), citizen, sample_ward(), unit).empty());
}

TEST(Eligibility, BothSupportSituationsAreInTheTargetGroup) {
  Referral referral = sample_referral();
  referral.support_situation = SupportSituation::has_support_needs_more;
  EXPECT_TRUE(eligibility_issues(referral, sample_citizen(), sample_ward(), sample_unit()).empty());
}

TEST(Eligibility, AYesToAnActiveExclusionCriterionExcludes) {
  Referral referral = sample_referral();
  referral.exclusion_answers = {{4, true}};
  Unit unit = sample_unit();
  auto issues = exclusion_issues(referral, unit);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].code, "excluded_by_criterion");
  EXPECT_EQ(issues[0].field, "exclusion_answers[0].answer");
  unit.exclusion_criteria[0].active = false;
  EXPECT_TRUE(exclusion_issues(referral, unit).empty());
}

TEST(Referral, SubmissionChecksInputAndTheModel) {
  SubmitReferral command = sample_submission();
  const Date today = d("2024-03-01");
  EXPECT_EQ(submit_referral(command, sample_citizen(), sample_ward(), sample_unit(), today)->state,
            ReferralState::submitted);
  command.reason = "";
  EXPECT_EQ(submit_referral(command, sample_citizen(), sample_ward(), sample_unit(), today).error().field,
            "reason");
  command = sample_submission();
  command.referred_on = d("2024-03-02");
  EXPECT_EQ(submit_referral(command, sample_citizen(), sample_ward(), sample_unit(), today).error().code,
            "date_in_future");
  command = sample_submission();
  command.exclusion_answers = {};
  EXPECT_EQ(submit_referral(command, sample_citizen(), sample_ward(), sample_unit(), today).error().code,
            "exclusion_answer_missing");
  command.exclusion_answers = {{4, false}, {99, false}};
  EXPECT_EQ(submit_referral(command, sample_citizen(), sample_ward(), sample_unit(), today).error().code,
            "unknown_exclusion_criterion");
  command.exclusion_answers = {{4, false}, {4, true}};
  EXPECT_EQ(submit_referral(command, sample_citizen(), sample_ward(), sample_unit(), today).error().code,
            "duplicate_exclusion_answer");
  command = sample_submission();
  Ward ward = sample_ward();
  ward.psychiatric = false;
  auto refused = submit_referral(command, sample_citizen(), ward, sample_unit(), today);
  EXPECT_EQ(refused.error().code, "not_psychiatric_ward");
  EXPECT_EQ(refused.error().kind, ErrorKind::rule_violated);
}

TEST(ReferralDecision, AcceptOpensACourseInPhase1WithAKeyWorkerTask) {
  const auto decision =
      ok(accept_referral(sample_referral(), {d("2024-03-04"), "Godt match"}, referral_context()));
  EXPECT_EQ(decision.referral.state, ReferralState::accepted);
  EXPECT_EQ(decision.referral.decided_on, d("2024-03-04"));
  ASSERT_TRUE(decision.course);
  const Course& course = *decision.course;
  EXPECT_EQ(course.state, CourseState::phase_1);
  EXPECT_FALSE(course.waiting_list);
  EXPECT_EQ(course.unit_id, 7);
  EXPECT_EQ(course.citizen_id, 21);
  EXPECT_EQ(course.referral_id, 31);
  EXPECT_EQ(course.ready_for_discharge_on, d("2024-03-15"));
  ASSERT_EQ(course.tasks.size(), 1u);
  EXPECT_EQ(course.tasks[0].kind, TaskKind::key_worker);
  EXPECT_EQ(course.tasks[0].due_on, d("2024-03-06"));  // 2 working days after Monday
  EXPECT_TRUE(decision.warnings.empty());
}

TEST(ReferralDecision, WaitlistOpensACourseMarkedAsWaiting) {
  const auto decision = ok(waitlist_referral(sample_referral(), {d("2024-03-04"), ""}, referral_context()));
  EXPECT_EQ(decision.referral.state, ReferralState::waiting_list);
  EXPECT_TRUE(decision.course->waiting_list);
  EXPECT_EQ(decision.course->state, CourseState::phase_1);
}

TEST(ReferralDecision, AWaitListedReferralIsAcceptedWhenItsCourseLeavesTheList) {
  const auto decision = ok(waitlist_referral(sample_referral(), {d("2024-03-04"), ""}, referral_context()));
  const Course& waiting = *decision.course;
  EXPECT_FALSE(referral_following_course(decision.referral, waiting)) << "still waiting";
  const Course planned = ok(plan_move_in(waiting, {d("2024-03-20")}, course_context(d("2024-03-05"))));
  const auto accepted = referral_following_course(decision.referral, planned);
  ASSERT_TRUE(accepted);
  EXPECT_EQ(accepted->state, ReferralState::accepted);
  EXPECT_EQ(accepted->decided_on, d("2024-03-04")) << "the decision stays the wait-listing's";
  EXPECT_FALSE(referral_following_course(*accepted, planned)) << "already says so";
  // Cancelled from the waiting list: it never found a place.
  const Course cancelled =
      ok(cancel_course(waiting, {d("2024-03-06"), "Andet tilbud"}, course_context(d("2024-03-06"))));
  EXPECT_FALSE(referral_following_course(decision.referral, cancelled));
}

TEST(ReferralDecision, DeclineNeedsAReason) {
  auto refused = decline_referral(sample_referral(), {d("2024-03-04"), "  "}, referral_context());
  EXPECT_EQ(refused.error().kind, ErrorKind::rule_violated);
  EXPECT_EQ(refused.error().code, "reason_required");
  EXPECT_EQ(refused.error().field, "reason");
  const auto decision =
      ok(decline_referral(sample_referral(), {d("2024-03-04"), "Ingen ledig kapacitet"}, referral_context()));
  EXPECT_EQ(decision.referral.state, ReferralState::declined);
  EXPECT_EQ(decision.referral.decision_note, "Ingen ledig kapacitet");
  EXPECT_FALSE(decision.course);
}

TEST(ReferralDecision, WithdrawNeedsNoReason) {
  const auto decision = ok(withdraw_referral(sample_referral(), {d("2024-03-04"), ""}, referral_context()));
  EXPECT_EQ(decision.referral.state, ReferralState::withdrawn);
  EXPECT_FALSE(decision.course);
}

TEST(ReferralDecision, TheCitizenDecliningAStayWithdrawsTheReferralAtTheirWish) {
  const auto decision = ok(citizen_declines_stay(
      sample_referral(), {d("2024-03-04"), "Vil hellere bo hos søster."}, referral_context()));
  EXPECT_EQ(decision.referral.state, ReferralState::withdrawn);
  EXPECT_TRUE(decision.referral.withdrawn_by_citizen);
  EXPECT_EQ(decision.referral.decision_note, "Vil hellere bo hos søster.");
  EXPECT_FALSE(decision.course);
  EXPECT_FALSE(ok(withdraw_referral(sample_referral(), {d("2024-03-04"), ""}, referral_context()))
                   .referral.withdrawn_by_citizen)
      << "the ward's withdrawal is not the citizen's";
  Referral decided = sample_referral();
  decided.state = ReferralState::accepted;
  EXPECT_EQ(citizen_declines_stay(decided, {d("2024-03-04"), ""}, referral_context()).error().code,
            "referral_already_decided");
}

TEST(ReferralDecision, OnlyASubmittedReferralCanBeDecided) {
  for (ReferralState state : {ReferralState::accepted, ReferralState::declined, ReferralState::withdrawn,
                              ReferralState::waiting_list}) {
    Referral referral = sample_referral();
    referral.state = state;
    const auto context = referral_context();
    EXPECT_EQ(accept_referral(referral, {d("2024-03-04"), ""}, context).error().code,
              "referral_already_decided");
    EXPECT_EQ(waitlist_referral(referral, {d("2024-03-04"), ""}, context).error().kind,
              ErrorKind::illegal_state);
    EXPECT_EQ(decline_referral(referral, {d("2024-03-04"), "x"}, context).error().kind,
              ErrorKind::illegal_state);
    EXPECT_EQ(withdraw_referral(referral, {d("2024-03-04"), ""}, context).error().kind,
              ErrorKind::illegal_state);
    EXPECT_TRUE(legal_referral_commands(referral).empty());
  }
  EXPECT_EQ(legal_referral_commands(sample_referral()),
            (std::vector<std::string>{"accept", "decline", "withdraw", "waitlist", "citizen-declines"}));
}

TEST(ReferralDecision, TheCourseShowsTheFaerdigmeldingOnTheAdmissionRatherThanTheExpectedDate) {
  ReferralContext context = referral_context();
  RecordAdmission admission;
  admission.ward_id = 11;
  admission.admitted_on = d("2024-02-20");
  admission.ready_for_discharge_on = d("2024-02-28");
  context.citizen = ok(record_admission(context.citizen, admission, d("2024-03-01")));
  const auto decision = ok(accept_referral(sample_referral(), {d("2024-03-04"), ""}, context));
  ASSERT_TRUE(decision.course);
  EXPECT_EQ(decision.course->ready_for_discharge_on, d("2024-02-28"));
}

TEST(ReferralDecision, DecisionDateMustBeBetweenReferralAndToday) {
  EXPECT_EQ(accept_referral(sample_referral(), {d("2024-02-29"), ""}, referral_context()).error().code,
            "date_too_early");
  EXPECT_EQ(accept_referral(sample_referral(), {d("2024-03-05"), ""}, referral_context()).error().code,
            "date_in_future");
}

TEST(ReferralDecision, AcceptanceRechecksEligibilityAndExclusions) {
  Referral referral = sample_referral();
  referral.exclusion_answers = {{4, true}};
  auto refused = accept_referral(referral, {d("2024-03-04"), ""}, referral_context());
  EXPECT_EQ(refused.error().code, "excluded_by_criterion");
  EXPECT_EQ(refused.error().kind, ErrorKind::rule_violated);
  // Declining an ineligible referral is always possible.
  EXPECT_TRUE(decline_referral(referral, {d("2024-03-04"), "Udelukket"}, referral_context()).ok());
}

TEST(ReferralDecision, AgreementPolicyWarnsOrBlocks) {
  ReferralContext context = referral_context();
  context.has_active_agreement = false;
  const auto warned = ok(accept_referral(sample_referral(), {d("2024-03-04"), ""}, context));
  ASSERT_EQ(warned.warnings.size(), 1u);
  EXPECT_EQ(warned.warnings[0].code, "no_active_agreement");
  context.unit.agreement_policy = AgreementPolicy::block;
  auto blocked = accept_referral(sample_referral(), {d("2024-03-04"), ""}, context);
  EXPECT_EQ(blocked.error().code, "no_active_agreement");
  EXPECT_EQ(blocked.error().kind, ErrorKind::rule_violated);
  EXPECT_EQ(waitlist_referral(sample_referral(), {d("2024-03-04"), ""}, context).error().code,
            "no_active_agreement");
}

}  // namespace
}  // namespace afk
