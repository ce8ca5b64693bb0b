// The data rules of the course commands, phase by phase.
#include "core/course_commands.hpp"

#include <gtest/gtest.h>

#include "core/domain_fixtures.hpp"

namespace afk {
namespace {
using namespace afk::testing;

TEST(Phase1, AppointingTheKeyWorkerCompletesItsTask) {
  const Course course = with_key_worker(phase_1_course());
  ASSERT_TRUE(course.key_worker);
  EXPECT_EQ(course.key_worker->name, "Kim Tovholder");
  EXPECT_EQ(course.tasks[0].completed_on, d("2024-03-05"));
  EXPECT_EQ(appoint_key_worker(phase_1_course(), {"", "", d("2024-03-05")}, course_context(d("2024-03-05")))
                .error()
                .field,
            "name");
  EXPECT_EQ(
      appoint_key_worker(phase_1_course(), {"Kim", "", d("2024-03-01")}, course_context(d("2024-03-05")))
          .error()
          .code,
      "date_too_early");
}

TEST(Journal, NotesEventsAndDecisionsAreSignedByWhoeverRunsTheCommand) {
  CourseCommandContext staff = course_context(d("2024-04-05"));
  staff.author = Author{"Mia Medarbejder", Role::unit_staff};
  const Course visited = ok(record_ward_visit(phase_1_course(), {d("2024-03-05"), "Besøg"}, staff));
  EXPECT_EQ(visited.transition_events.back().author, staff.author);
  Course course = ok(add_status_note(phase_2_course(), {d("2024-04-05"), "Går godt"}, staff));
  EXPECT_EQ(course.status_notes.back().author, staff.author);

  CourseCommandContext lead = course_context(d("2024-06-10"));
  lead.author = Author{"Lars Leder", Role::unit_lead};
  course = ok(extend_stay(course, {d("2024-06-10"), d("2024-12-31"), "Venter på bolig"}, lead));
  EXPECT_EQ(course.extensions.back().author, lead.author);

  CourseCommandContext authority = course_context(d("2024-06-11"));
  authority.author = Author{"Maja Myndighed", Role::authority};
  course =
      ok(decide_allocation(course, {d("2024-06-11"), Destination::own_home_with_support, "VUM"}, authority));
  ASSERT_TRUE(course.allocation);
  EXPECT_EQ(course.allocation->author, authority.author);
}

TEST(Phase1, RecordsVisitsTrialNightsAndDischargeAgreements) {
  const auto context = course_context(d("2024-03-10"));
  Course course = ok(record_ward_visit(phase_1_course(), {d("2024-03-06"), "Første møde"}, context));
  course = ok(record_place_visit(course, {d("2024-03-07"), false, ""}, context));
  course = ok(record_place_visit(course, {d("2024-03-08"), true, "Sov godt"}, context));
  ASSERT_EQ(course.transition_events.size(), 3u);
  EXPECT_EQ(course.transition_events[0].kind, TransitionEventKind::ward_visit);
  EXPECT_EQ(course.transition_events[1].kind, TransitionEventKind::place_visit);
  EXPECT_EQ(course.transition_events[2].kind, TransitionEventKind::trial_night);
  EXPECT_NE(course.transition_events[0].id, course.transition_events[1].id);
  EXPECT_EQ(record_ward_visit(course, {d("2024-03-11"), ""}, context).error().code, "date_in_future");

  course = ok(add_discharge_agreement(course,
                                      {DischargeAgreementKind::udskrivningsaftale,
                                       d("2024-03-09"),
                                       {"Psykiatrisk afsnit P3", "Borgeren", "Afklaringspladserne"}},
                                      context));
  EXPECT_EQ(course.discharge_agreements.at(0).parties.size(), 3u);
  EXPECT_EQ(add_discharge_agreement(course, {DischargeAgreementKind::koordinationsplan, d("2024-03-09"), {}},
                                    context)
                .error()
                .code,
            "parties_required");
  EXPECT_EQ(add_discharge_agreement(
                course, {DischargeAgreementKind::koordinationsplan, d("2024-03-09"), {"A", " "}}, context)
                .error()
                .field,
            "parties[1]");
}

TEST(Phase1, ReadyForDischargeAndPlannedMoveIn) {
  const auto context = course_context(d("2024-03-05"));
  Course course = ok(set_ready_for_discharge(phase_1_course(), {d("2024-03-20")}, context));
  EXPECT_EQ(course.ready_for_discharge_on, d("2024-03-20"));
  EXPECT_EQ(plan_move_in(course, {d("2024-03-01")}, context).error().code, "date_too_early");
  course = ok(plan_move_in(course, {d("2024-03-21")}, context));
  EXPECT_EQ(course.planned_move_in_on, d("2024-03-21"));
}

TEST(Phase1, PlanningTheMoveInTakesTheCourseOffTheWaitingList) {
  Course course =
      ok(waitlist_referral(sample_referral(), {d("2024-03-04"), ""}, referral_context())).course.value();
  ASSERT_TRUE(course.waiting_list);
  course = ok(plan_move_in(course, {d("2024-04-01")}, course_context(d("2024-03-10"))));
  EXPECT_FALSE(course.waiting_list);
}

TEST(Phase1, CancelNeedsAReasonAndEndsOpenTasks) {
  auto refused = cancel_course(phase_1_course(), {d("2024-03-06"), ""}, course_context(d("2024-03-06")));
  EXPECT_EQ(refused.error().code, "reason_required");
  EXPECT_EQ(refused.error().kind, ErrorKind::rule_violated);
  const Course course = cancelled_course();
  EXPECT_EQ(course.cancel_reason, "Borgeren ønskede det ikke");
  EXPECT_EQ(course.tasks[0].cancelled_on, d("2024-03-06"));
  EXPECT_TRUE(overdue_tasks(course, d("2025-01-01")).empty());
}

TEST(MoveIn, TakesTheLowestNumberedFreePlaceOfTheWantedKind) {
  const Course ready = with_key_worker(phase_1_course());
  const Course course = phase_2_course();
  EXPECT_EQ(course.state, CourseState::phase_2);
  EXPECT_EQ(course.place_id, 2);  // number 1
  EXPECT_EQ(course.place_kind, PlaceKind::regular);
  EXPECT_EQ(course.moved_in_on, d("2024-03-18"));

  const Course next = ok(move_in(ready, {d("2024-03-18"), PlaceKind::regular, std::nullopt},
                                 course_context(d("2024-03-18"), {2})));
  EXPECT_EQ(next.place_id, 1);  // number 3
  const Course guest =
      ok(move_in(ready, {d("2024-03-18"), PlaceKind::guest, std::nullopt}, course_context(d("2024-03-18"))));
  EXPECT_EQ(guest.place_id, 3);
  EXPECT_EQ(guest.place_kind, PlaceKind::guest);
}

TEST(MoveIn, FailsClearlyWhenNoPlaceIsFree) {
  const Course ready = with_key_worker(phase_1_course());
  auto refused = move_in(ready, {d("2024-03-18"), PlaceKind::regular, std::nullopt},
                         course_context(d("2024-03-18"), {1, 2}));
  EXPECT_EQ(refused.error().kind, ErrorKind::illegal_state);
  EXPECT_EQ(refused.error().code, "no_free_place");
  EXPECT_EQ(refused.error().field, "place_kind");
  EXPECT_EQ(
      move_in(ready, {d("2024-03-18"), PlaceKind::guest, std::nullopt}, course_context(d("2024-03-18"), {3}))
          .error()
          .code,
      "no_free_place");
}

TEST(MoveIn, SkipsClosedAndRetiredPlaces) {
  const Course ready = with_key_worker(phase_1_course());
  auto context = course_context(d("2024-03-18"));
  context.unit = ok(close_place(context.unit, {2, d("2024-03-15"), std::nullopt, "Vandskade"}));
  EXPECT_EQ(ok(move_in(ready, {d("2024-03-18"), PlaceKind::regular, std::nullopt}, context)).place_id, 1);
  context.unit.places[0].retired = true;  // place id 1
  EXPECT_EQ(move_in(ready, {d("2024-03-18"), PlaceKind::regular, std::nullopt}, context).error().code,
            "no_free_place");
}

TEST(MoveIn, NeedsAKeyWorkerAndSensibleDates) {
  auto refused = move_in(phase_1_course(), {d("2024-03-18"), PlaceKind::regular, std::nullopt},
                         course_context(d("2024-03-18")));
  EXPECT_EQ(refused.error().code, "key_worker_missing");
  EXPECT_EQ(refused.error().kind, ErrorKind::rule_violated);
  const Course ready = with_key_worker(phase_1_course());
  EXPECT_EQ(
      move_in(ready, {d("2024-03-19"), PlaceKind::regular, std::nullopt}, course_context(d("2024-03-18")))
          .error()
          .code,
      "date_in_future");
  EXPECT_EQ(
      move_in(ready, {d("2024-03-18"), PlaceKind::regular, d("2024-03-18")}, course_context(d("2024-03-18")))
          .error()
          .code,
      "planned_end_too_early");
  EXPECT_EQ(ok(move_in(ready, {d("2024-03-18"), PlaceKind::regular, d("2024-06-18")},
                       course_context(d("2024-03-18"))))
                .planned_end_on,
            d("2024-06-18"));
}

TEST(MoveIn, ClearsTheWaitingListAndSchedulesTheStayTasks) {
  Course waiting =
      ok(waitlist_referral(sample_referral(), {d("2024-03-04"), ""}, referral_context())).course.value();
  waiting = with_key_worker(waiting);
  const Course course = ok(
      move_in(waiting, {d("2024-03-18"), PlaceKind::regular, std::nullopt}, course_context(d("2024-03-18"))));
  EXPECT_FALSE(course.waiting_list);
  std::vector<TaskKind> kinds;
  for (const auto& task : course.tasks) kinds.push_back(task.kind);
  EXPECT_EQ(kinds, (std::vector<TaskKind>{TaskKind::key_worker, TaskKind::plan, TaskKind::status_review,
                                          TaskKind::reassessment}));
  EXPECT_EQ(course.tasks[1].due_on, d("2024-04-04"));  // 10 working days, Easter 2024 in between
  EXPECT_EQ(course.tasks[2].due_on, d("2024-04-15"));  // 4 weeks
  EXPECT_EQ(course.tasks[3].due_on, d("2024-06-18"));  // 3 months
}

TEST(Phase2, SavingThePlanChecksVersionsOfPlanAndGoals) {
  const auto context = course_context(d("2024-03-25"));
  SavePlan first{0, "At få ro", "Egen lejlighed", "Jeg vil have mit eget sted", {}};
  first.goals = {{std::nullopt, std::nullopt, "Søge bolig", GoalStatus::not_started},
                 {std::nullopt, std::nullopt, "Kontakt til jobcenter", GoalStatus::in_progress}};
  Course course = ok(save_plan(phase_2_course(), first, context));
  EXPECT_EQ(course.plan.version, 1);
  ASSERT_EQ(course.plan.goals.size(), 2u);
  EXPECT_EQ(course.plan.goals[0].version, 1);
  EXPECT_EQ(course.plan.saved_on, d("2024-03-25"));
  EXPECT_EQ(course.tasks[1].completed_on, d("2024-03-25"));  // the plan task

  auto stale = save_plan(course, first, context);
  EXPECT_EQ(stale.error().kind, ErrorKind::stale_version);
  EXPECT_EQ(stale.error().code, "stale_version");
  EXPECT_EQ(stale.error().field, "plan_version");

  const std::int64_t goal_id = course.plan.goals[0].id;
  SavePlan second{1, "At få ro", "Egen lejlighed", "Jeg vil have mit eget sted", {}};
  second.goals = {{goal_id, 1, "Søge bolig", GoalStatus::achieved}};
  course = ok(save_plan(course, second, context));
  EXPECT_EQ(course.plan.goals[0].status, GoalStatus::achieved);
  EXPECT_EQ(course.plan.goals[0].version, 2);
  EXPECT_EQ(course.plan.goals[1].version, 1);  // untouched goals stay

  SavePlan third{2, "", "", "", {{goal_id, 1, "Søge bolig", GoalStatus::dropped}}};
  auto stale_goal = save_plan(course, third, context);
  EXPECT_EQ(stale_goal.error().kind, ErrorKind::stale_version);
  EXPECT_EQ(stale_goal.error().field, "goals[0].version");
  third.goals = {{goal_id, std::nullopt, "Søge bolig", GoalStatus::dropped}};
  EXPECT_EQ(save_plan(course, third, context).error().field, "goals[0].version");
  third.goals = {{999, 1, "Søge bolig", GoalStatus::dropped}};
  EXPECT_EQ(save_plan(course, third, context).error().code, "goal_not_found");
  third.goals = {{std::nullopt, std::nullopt, " ", GoalStatus::dropped}};
  EXPECT_EQ(save_plan(course, third, context).error().field, "goals[0].text");
}

TEST(Phase2, StatusNotesAndVum) {
  const auto context = course_context(d("2024-04-01"));
  Course course = ok(add_status_note(phase_2_course(), {d("2024-03-25"), "God uge"}, context));
  EXPECT_EQ(course.status_notes.size(), 1u);
  EXPECT_EQ(add_status_note(course, {d("2024-03-17"), "x"}, context).error().code, "date_too_early");
  EXPECT_EQ(add_status_note(course, {d("2024-03-25"), ""}, context).error().field, "text");

  EXPECT_EQ(record_vum(course, {}, context).error().code, "vum_dates_required");
  EXPECT_EQ(record_vum(course, {std::nullopt, d("2024-03-30")}, context).error().code, "vum_not_started");
  course = ok(record_vum(course, {d("2024-03-20"), std::nullopt}, context));
  EXPECT_EQ(record_vum(course, {std::nullopt, d("2024-03-19")}, context).error().code, "date_too_early");
  course = ok(record_vum(course, {std::nullopt, d("2024-03-30")}, context));
  EXPECT_EQ(course.vum.started_on, d("2024-03-20"));
  EXPECT_EQ(course.vum.completed_on, d("2024-03-30"));
  // VUM may start already in phase 1.
  EXPECT_TRUE(
      record_vum(phase_1_course(), {d("2024-03-04"), std::nullopt}, course_context(d("2024-03-05"))).ok());
}

TEST(Phase2, ActorsWithConsentAndOneCoordinator) {
  const auto context = course_context(d("2024-04-01"));
  Course course = ok(add_actor(
      phase_2_course(), {{ActorKind::jobcenter, "Jobcenter Syd", "Sagsbehandler", "tlf. 1234", true, true}},
      context));
  course = ok(add_actor(
      course, {{ActorKind::general_practitioner, "Lægehuset", "Egen læge", "", false, false}}, context));
  ASSERT_EQ(course.actors.size(), 2u);
  EXPECT_TRUE(course.actors[0].is_coordinator);
  EXPECT_EQ(add_actor(course, {{ActorKind::network, "", "", "", false, false}}, context).error().field,
            "name");

  const std::int64_t doctor = course.actors[1].id;
  auto stale = update_actor(
      course, {doctor, 7, {ActorKind::general_practitioner, "Lægehuset", "", "", true, false}}, context);
  EXPECT_EQ(stale.error().kind, ErrorKind::stale_version);
  EXPECT_EQ(
      update_actor(course, {999, 1, {ActorKind::other, "X", "", "", false, false}}, context).error().code,
      "actor_not_found");
  course = ok(update_actor(
      course, {doctor, 1, {ActorKind::general_practitioner, "Lægehuset", "", "", true, true}}, context));
  EXPECT_TRUE(course.actors[1].consent_to_share);
  EXPECT_EQ(course.actors[1].version, 2);
  EXPECT_FALSE(course.actors[0].is_coordinator);  // handed on
  EXPECT_EQ(course.actors[0].version, 2);
}

TEST(Phase2, CrisisPlanAndSubstanceUseApproach) {
  const auto context = course_context(d("2024-04-01"));
  Course course = ok(save_crisis_plan(
      phase_2_course(),
      {0, "Sover dårligt", "Tal med personalet", "Tovholder", "Egen læge", "Pladsen holdes"}, context));
  EXPECT_EQ(course.crisis_plan.version, 1);
  EXPECT_EQ(save_crisis_plan(course, {0, "", "", "", "", ""}, context).error().kind,
            ErrorKind::stale_version);
  course = ok(save_crisis_plan(course, {1, "Sover dårligt", "", "", "", ""}, context));
  EXPECT_EQ(course.crisis_plan.version, 2);

  EXPECT_EQ(set_substance_use_approach(course, {""}, context).error().field, "approach");
  course =
      ok(set_substance_use_approach(course, {"Motiverende samtaler, henvisning til behandling"}, context));
  EXPECT_FALSE(course.substance_use_approach.empty());
}

TEST(Phase2, AnAdmissionPausesTheCourseAndKeepsThePlace) {
  const Course paused = paused_course();
  EXPECT_TRUE(is_paused(paused));
  EXPECT_EQ(paused.place_id, 2);
  EXPECT_EQ(paused.state, CourseState::phase_2);
  const auto context = course_context(d("2024-04-20"));
  EXPECT_EQ(resume_after_admission(paused, {d("2024-04-01")}, context).error().code, "date_too_early");
  const Course resumed = ok(resume_after_admission(paused, {d("2024-04-10")}, context));
  EXPECT_FALSE(is_paused(resumed));
  EXPECT_EQ(resumed.admission_pauses[0].resumed_on, d("2024-04-10"));
  EXPECT_EQ(pause_for_admission(resumed, {d("2024-04-09"), ""}, context).error().code, "date_too_early");
  EXPECT_EQ(pause_for_admission(phase_2_course(), {d("2024-03-10"), ""}, context).error().code,
            "date_too_early");
  EXPECT_TRUE(pause_for_admission(resumed, {d("2024-04-15"), ""}, context).ok());
}

TEST(Phase2, ExtensionsAreExplicitDecisionsWithAReason) {
  const auto context = course_context(d("2024-05-01"));
  auto refused = extend_stay(phase_2_course(), {d("2024-05-01"), d("2024-07-01"), ""}, context);
  EXPECT_EQ(refused.error().code, "reason_required");
  EXPECT_EQ(refused.error().kind, ErrorKind::rule_violated);
  Course course =
      ok(extend_stay(phase_2_course(), {d("2024-05-01"), d("2024-07-01"), "Venter på bolig"}, context));
  EXPECT_EQ(course.planned_end_on, d("2024-07-01"));
  EXPECT_FALSE(course.extensions[0].previous_planned_end_on);
  EXPECT_EQ(extend_stay(course, {d("2024-05-01"), d("2024-06-30"), "x"}, context).error().code,
            "extension_not_later");
  course = ok(extend_stay(course, {d("2024-05-01"), d("2024-08-01"), "Stadig ingen bolig"}, context));
  EXPECT_EQ(course.extensions[1].previous_planned_end_on, d("2024-07-01"));
  EXPECT_EQ(extend_stay(phase_2_course(), {d("2024-05-01"), d("2024-03-18"), "x"}, context).error().code,
            "planned_end_too_early");
}

TEST(Phase3, AllocationHandoverAndMoveOut) {
  Course course = phase_3_course(Destination::temporary_housing);
  EXPECT_EQ(destination(course), Destination::temporary_housing);
  const auto context = course_context(d("2024-05-20"));
  course =
      ok(decide_allocation(course, {d("2024-05-02"), Destination::long_term_housing, "Revideret"}, context));
  EXPECT_EQ(destination(course), Destination::long_term_housing);
  EXPECT_EQ(
      decide_allocation(phase_2_course(), {d("2024-03-17"), Destination::other, ""}, context).error().code,
      "date_too_early");
  EXPECT_EQ(add_handover_note(course, {d("2024-05-10"), "Botilbuddet", ""}, context).error().field, "text");
  course = ok(add_handover_note(course, {d("2024-05-10"), "Botilbuddet", "Overlevering af plan"}, context));
  EXPECT_EQ(course.handover_notes.size(), 1u);
  course = ok(move_out(course, {d("2024-05-15")}, context));
  EXPECT_EQ(course.state, CourseState::follow_up);
  EXPECT_EQ(course.moved_out_on, d("2024-05-15"));
  EXPECT_FALSE(occupies_place(course.state));  // the place is free again
  for (const auto& task : course.tasks) EXPECT_FALSE(is_task_open(task)) << to_code(task.kind);
}

TEST(Phase3, MoveOutWhileAdmittedOnlyWhenTheStayEndsInHospital) {
  const auto context = course_context(d("2024-05-20"));
  Course paused = paused_course();
  Course other = ok(decide_allocation(paused, {d("2024-05-01"), Destination::family, ""}, context));
  EXPECT_EQ(move_out(other, {d("2024-05-15")}, context).error().code, "course_paused");
  Course readmitted = ok(decide_allocation(paused, {d("2024-05-01"), Destination::readmitted, ""}, context));
  readmitted = ok(move_out(readmitted, {d("2024-05-15")}, context));
  EXPECT_FALSE(is_paused(readmitted));
  EXPECT_EQ(readmitted.admission_pauses[0].resumed_on, d("2024-05-15"));
}

TEST(FollowUp, RequiredForOwnHomeWithoutSupport) {
  Course course = follow_up_course(Destination::own_home_without_support);
  const auto context = course_context(d("2024-08-30"));
  auto refused = close_course(course, {d("2024-08-30")}, context);
  EXPECT_EQ(refused.error().code, "follow_up_required");
  EXPECT_EQ(refused.error().kind, ErrorKind::rule_violated);
  EXPECT_EQ(add_follow_up_contact(course, {d("2024-05-14"), "x", false}, context).error().code,
            "date_too_early");
  EXPECT_EQ(add_follow_up_contact(course, {d("2024-06-17"), "", false}, context).error().field, "note");
  course = ok(add_follow_up_contact(course, {d("2024-06-17"), "Trives, har fået job", false}, context));
  course = ok(close_course(course, {d("2024-08-30")}, context));
  EXPECT_EQ(course.state, CourseState::closed);
}

TEST(FollowUp, ACitizenMayDeclineFollowUp) {
  Course course = follow_up_course(Destination::own_home_without_support);
  const auto context = course_context(d("2024-05-20"));
  course = ok(add_follow_up_contact(course, {d("2024-05-20"), "", true}, context));
  for (const auto& task : course.tasks)
    if (task.kind == TaskKind::follow_up) {
      EXPECT_EQ(task.completed_on, d("2024-05-20"));
    }
  EXPECT_TRUE(close_course(course, {d("2024-05-20")}, context).ok());
}

TEST(FollowUp, OtherDestinationsCloseWithoutFollowUp) {
  EXPECT_TRUE(close_course(follow_up_course(Destination::deceased), {d("2024-05-15")},
                           course_context(d("2024-05-15")))
                  .ok());
}

}  // namespace
}  // namespace afk
