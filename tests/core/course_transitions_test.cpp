// The state machine: which commands each state allows, and that every other
// command is refused with illegal_state before it looks at its payload.
#include <gtest/gtest.h>

#include "core/course_commands.hpp"
#include "core/domain_fixtures.hpp"

namespace afk {
namespace {
using namespace afk::testing;

// Runs `command` with an empty payload; only the state guard matters here.
Result<Course> run_with_empty_payload(CourseCommand command, const Course& course) {
  const auto context = course_context(d("2024-12-31"));
  switch (command) {
    case CourseCommand::appoint_key_worker:
      return appoint_key_worker(course, {}, context);
    case CourseCommand::record_ward_visit:
      return record_ward_visit(course, {}, context);
    case CourseCommand::record_place_visit:
      return record_place_visit(course, {}, context);
    case CourseCommand::add_discharge_agreement:
      return add_discharge_agreement(course, {}, context);
    case CourseCommand::set_ready_for_discharge:
      return set_ready_for_discharge(course, {}, context);
    case CourseCommand::plan_move_in:
      return plan_move_in(course, {}, context);
    case CourseCommand::move_in:
      return move_in(course, {}, context);
    case CourseCommand::save_plan:
      return save_plan(course, {}, context);
    case CourseCommand::add_status_note:
      return add_status_note(course, {}, context);
    case CourseCommand::record_vum:
      return record_vum(course, {}, context);
    case CourseCommand::add_actor:
      return add_actor(course, {}, context);
    case CourseCommand::update_actor:
      return update_actor(course, {}, context);
    case CourseCommand::save_crisis_plan:
      return save_crisis_plan(course, {}, context);
    case CourseCommand::set_substance_use_approach:
      return set_substance_use_approach(course, {}, context);
    case CourseCommand::pause_for_admission:
      return pause_for_admission(course, {}, context);
    case CourseCommand::resume_after_admission:
      return resume_after_admission(course, {}, context);
    case CourseCommand::extend_stay:
      return extend_stay(course, {}, context);
    case CourseCommand::decide_allocation:
      return decide_allocation(course, {}, context);
    case CourseCommand::add_handover_note:
      return add_handover_note(course, {}, context);
    case CourseCommand::move_out:
      return move_out(course, {}, context);
    case CourseCommand::add_follow_up_contact:
      return add_follow_up_contact(course, {}, context);
    case CourseCommand::close:
      return close_course(course, {}, context);
    case CourseCommand::cancel:
      return cancel_course(course, {}, context);
    case CourseCommand::complete_task:
      return complete_task(course, {}, context);
    case CourseCommand::correct_note:
      return correct_note(course, {}, context);
  }
  return make_error(ErrorKind::internal, "unreachable", "");
}

struct StateCase {
  const char* name;
  Course (*make)();
  std::vector<std::string> legal;
};

std::vector<StateCase> state_cases() {
  return {
      {"phase_1",
       &phase_1_course,
       {"appoint-key-worker", "record-ward-visit", "record-place-visit", "add-discharge-agreement",
        "set-ready-for-discharge", "plan-move-in", "move-in", "record-vum", "add-actor", "update-actor",
        "save-crisis-plan", "set-substance-use-approach", "cancel", "complete-task", "correct-note"}},
      {"phase_2",
       &phase_2_course,
       {"appoint-key-worker", "save-plan", "add-status-note", "record-vum", "add-actor", "update-actor",
        "save-crisis-plan", "set-substance-use-approach", "pause-for-admission", "extend-stay",
        "decide-allocation", "complete-task", "correct-note"}},
      {"phase_2_paused",
       &paused_course,
       {"appoint-key-worker", "save-plan", "add-status-note", "record-vum", "add-actor", "update-actor",
        "save-crisis-plan", "set-substance-use-approach", "resume-after-admission", "extend-stay",
        "decide-allocation", "complete-task", "correct-note"}},
      {"phase_3",
       [] { return phase_3_course(); },
       {"appoint-key-worker", "save-plan", "add-status-note", "record-vum", "add-actor", "update-actor",
        "save-crisis-plan", "set-substance-use-approach", "pause-for-admission", "decide-allocation",
        "add-handover-note", "move-out", "complete-task", "correct-note"}},
      {"follow_up",
       [] { return follow_up_course(); },
       {"add-follow-up-contact", "close", "complete-task", "correct-note"}},
      {"closed", &closed_course, {"correct-note"}},  // a note can be corrected after closing
      {"cancelled", &cancelled_course, {}},
  };
}

TEST(CourseTransitions, LegalCommandsPerState) {
  for (const auto& state_case : state_cases())
    EXPECT_EQ(legal_course_commands(state_case.make()), state_case.legal) << state_case.name;
}

TEST(CourseTransitions, EveryIllegalCommandIsRefusedWithAStableCode) {
  for (const auto& state_case : state_cases()) {
    const Course course = state_case.make();
    for (const auto& info : course_command_infos) {
      const bool legal =
          std::find(state_case.legal.begin(), state_case.legal.end(), info.name) != state_case.legal.end();
      if (legal) continue;
      auto result = run_with_empty_payload(info.command, course);
      ASSERT_FALSE(result.ok()) << state_case.name << " " << info.name;
      EXPECT_EQ(result.error().kind, ErrorKind::illegal_state) << state_case.name << " " << info.name;
      EXPECT_TRUE(result.error().code == "wrong_state" || result.error().code == "course_paused" ||
                  result.error().code == "course_not_paused")
          << result.error().code;
      EXPECT_FALSE(result.error().message.empty());
    }
  }
}

TEST(CourseTransitions, LegalCommandsPassTheGuard) {
  for (const auto& state_case : state_cases()) {
    const Course course = state_case.make();
    for (const auto& name : state_case.legal) {
      auto result = run_with_empty_payload(*course_command_from_name(name), course);
      // The empty payload may fail its data rules, but never the state guard.
      if (!result.ok()) {
        EXPECT_NE(result.error().code, "wrong_state") << state_case.name << " " << name;
      }
    }
  }
}

TEST(CourseTransitions, TheHappyPathWalksThroughAllPhases) {
  EXPECT_EQ(phase_1_course().state, CourseState::phase_1);
  EXPECT_EQ(phase_2_course().state, CourseState::phase_2);
  EXPECT_EQ(phase_3_course().state, CourseState::phase_3);
  EXPECT_EQ(follow_up_course().state, CourseState::follow_up);
  EXPECT_EQ(closed_course().state, CourseState::closed);
  EXPECT_EQ(closed_course().closed_on, d("2024-05-16"));
  EXPECT_EQ(cancelled_course().state, CourseState::cancelled);
}

TEST(CourseTransitions, CommandNamesRoundTrip) {
  for (const auto& info : course_command_infos) {
    EXPECT_EQ(course_command_from_name(info.name), info.command);
    EXPECT_EQ(course_command_name(info.command), info.name);
    EXPECT_FALSE(info.title_da.empty());
  }
  EXPECT_FALSE(course_command_from_name("fly-to-the-moon"));
}

}  // namespace
}  // namespace afk
