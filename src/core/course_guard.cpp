// Which command each state allows. This table is the state machine; the
// commands add their data rules on top.
#include <algorithm>

#include "core/course_commands.hpp"

namespace afk {

namespace {
using S = CourseState;

bool in(CourseState state, std::initializer_list<CourseState> states) {
  return std::find(states.begin(), states.end(), state) != states.end();
}

bool state_allows(CourseCommand command, CourseState state) {
  switch (command) {
    case CourseCommand::record_ward_visit:
    case CourseCommand::record_place_visit:
    case CourseCommand::add_discharge_agreement:
    case CourseCommand::set_ready_for_discharge:
    case CourseCommand::plan_move_in:
    case CourseCommand::move_in:
    case CourseCommand::cancel:
      return state == S::phase_1;
    case CourseCommand::appoint_key_worker:
    case CourseCommand::record_vum:
    case CourseCommand::add_actor:
    case CourseCommand::update_actor:
    case CourseCommand::save_crisis_plan:
    case CourseCommand::set_substance_use_approach:
      return in(state, {S::phase_1, S::phase_2, S::phase_3});
    case CourseCommand::save_plan:
    case CourseCommand::add_status_note:
    case CourseCommand::pause_for_admission:
    case CourseCommand::resume_after_admission:
    case CourseCommand::decide_allocation:
      return in(state, {S::phase_2, S::phase_3});
    case CourseCommand::extend_stay:
      return state == S::phase_2;
    case CourseCommand::add_handover_note:
    case CourseCommand::move_out:
      return state == S::phase_3;
    case CourseCommand::add_follow_up_contact:
    case CourseCommand::close:
      return state == S::follow_up;
    case CourseCommand::complete_task:
      return is_open(state);
    case CourseCommand::correct_note:
      return state != S::cancelled;
  }
  return false;
}

std::string_view title_of(CourseCommand command) {
  for (const auto& info : course_command_infos)
    if (info.command == command) return info.title_da;
  return {};
}
}  // namespace

std::string_view course_command_name(CourseCommand command) {
  for (const auto& info : course_command_infos)
    if (info.command == command) return info.name;
  return {};
}

std::optional<CourseCommand> course_command_from_name(std::string_view name) {
  for (const auto& info : course_command_infos)
    if (info.name == name) return info.command;
  return std::nullopt;
}

Status check_command_allowed(CourseCommand command, const Course& course) {
  if (!state_allows(command, course.state))
    return make_error(ErrorKind::illegal_state, "wrong_state",
                      "\"" + std::string(title_of(command)) + "\" kan ikke bruges, når forløbet er i " +
                          std::string(label_da(course.state)) + ".");
  if (command == CourseCommand::pause_for_admission && is_paused(course))
    return make_error(ErrorKind::illegal_state, "course_paused",
                      "Forløbet er allerede sat på pause på grund af indlæggelse.");
  if (command == CourseCommand::resume_after_admission && !is_paused(course))
    return make_error(ErrorKind::illegal_state, "course_not_paused", "Forløbet er ikke sat på pause.");
  return ok_status();
}

std::vector<std::string> legal_course_commands(const Course& course) {
  std::vector<std::string> names;
  for (const auto& info : course_command_infos)
    if (check_command_allowed(info.command, course)) names.emplace_back(info.name);
  return names;
}

}  // namespace afk
