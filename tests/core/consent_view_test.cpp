// What a caller is shown of a referral and a course once the policy let the
// read through: the limited view keeps what plans a place and nothing written
// about the person; the ward sees the unit's note only when shared; an
// actor's contact details only with consent to share with that actor.
#include "core/consent_view.hpp"

#include <gtest/gtest.h>

#include "domain_fixtures.hpp"

namespace afk::testing {
namespace {

Referral referral_with_everything() {
  Referral referral = sample_referral();
  referral.substance_use = SubstanceUse::active;
  referral.substance_use_note = "Dagligt forbrug";
  referral.risk_history = "Trusler i 2023";
  referral.decision_note = "Ingen ledig plads før maj";
  return referral;
}

TEST(ConsentView, ALimitedReferralKeepsWhatPlansAPlace) {
  const Referral full = referral_with_everything();
  const Referral shown = shown_referral({Role::unit_staff, 7}, full, true);
  EXPECT_EQ(shown.reason, "");
  EXPECT_EQ(shown.substance_use, SubstanceUse::unknown);
  EXPECT_EQ(shown.substance_use_note, "");
  EXPECT_EQ(shown.risk_history, "");
  EXPECT_EQ(shown.ward_id, full.ward_id);
  EXPECT_EQ(shown.support_situation, full.support_situation);
  EXPECT_EQ(shown.referred_on, full.referred_on);
  EXPECT_EQ(shown.expected_ready_for_discharge_on, full.expected_ready_for_discharge_on);
  EXPECT_EQ(shown.exclusion_answers, full.exclusion_answers);
  EXPECT_EQ(shown.version, full.version) << "the version still guards the next write";
  EXPECT_EQ(shown_referral({Role::unit_staff, 7}, full, false), full) << "with consent, everything";
}

TEST(ConsentView, TheWardSeesTheUnitsNoteOnlyWhenShared) {
  Referral referral = referral_with_everything();
  EXPECT_EQ(shown_referral({Role::ward_staff, 11}, referral, false).decision_note, "");
  EXPECT_EQ(shown_referral({Role::unit_lead, 7}, referral, false).decision_note, referral.decision_note);
  referral.note_shared_with_ward = true;
  EXPECT_EQ(shown_referral({Role::ward_staff, 11}, referral, false).decision_note, referral.decision_note);
}

Course course_with_actor_and_note() {
  Course course = phase_2_course();
  course = ok(add_status_note(course, {d("2024-03-20"), "Sov dårligt"}, course_context(d("2024-03-20"))));
  ActorFields actor;
  actor.kind = ActorKind::other;
  actor.name = "Hjemmeplejen";
  actor.contact = "22 33 44 55";
  return ok(add_actor(course, {actor}, course_context(d("2024-03-20"))));
}

TEST(ConsentView, ALimitedCourseKeepsKeysStateAndDatesOnly) {
  const Course full = course_with_actor_and_note();
  ASSERT_FALSE(full.status_notes.empty());
  ASSERT_FALSE(full.tasks.empty());
  const Course shown = shown_course(full, {}, true);
  EXPECT_EQ(shown.id, full.id);
  EXPECT_EQ(shown.version, full.version);
  EXPECT_EQ(shown.state, full.state);
  EXPECT_EQ(shown.place_id, full.place_id);
  EXPECT_EQ(shown.moved_in_on, full.moved_in_on);
  EXPECT_EQ(shown.planned_end_on, full.planned_end_on);
  EXPECT_TRUE(shown.status_notes.empty());
  EXPECT_TRUE(shown.actors.empty());
  EXPECT_TRUE(shown.tasks.empty());
  EXPECT_FALSE(shown.key_worker.has_value());
  EXPECT_EQ(shown.plan, Plan{});
}

TEST(ConsentView, AnActorsContactNeedsConsentToShareWithThatActor) {
  const Course full = course_with_actor_and_note();
  const Actor& actor = full.actors.front();
  EXPECT_EQ(shown_course(full, {}, false).actors.front().contact, "") << "no consent: no contact";
  EXPECT_EQ(shown_course(full, {}, false).status_notes, full.status_notes) << "the rest is shown";

  RecordConsent given;
  given.purpose = ConsentPurpose::share_with_actor;
  given.course_id = full.id;
  given.actor_id = actor.id;
  CitizenConsents consents;
  consents.records.push_back(
      ok(record_consent(consents, full.citizen_id, given, 1, "unit_staff", d("2024-03-21"))));
  EXPECT_TRUE(actor_contact_shared(consents, full, actor));
  EXPECT_EQ(shown_course(full, consents, false).actors.front().contact, "22 33 44 55");
}

TEST(ConsentView, TheWardSeesOnlyTheAdmissionsAtItsOwnWard) {
  Citizen citizen = sample_citizen();
  citizen.admissions.push_back({{11, d("2024-01-02"), std::nullopt, d("2024-01-20")}, 1});
  citizen.admissions.push_back({{12, d("2024-02-02"), std::nullopt, d("2024-02-20")}, 2});
  const Citizen at_ward = shown_citizen({Role::ward_staff, 11}, citizen);
  ASSERT_EQ(at_ward.admissions.size(), 1u);
  EXPECT_EQ(at_ward.admissions.front().ward_id, 11);
  EXPECT_EQ(shown_citizen({Role::unit_staff, 7}, citizen).admissions.size(), 2u)
      << "the unit sees the course's";
}

}  // namespace
}  // namespace afk::testing
