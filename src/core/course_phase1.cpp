// Phase 1: the citizen is still admitted; the unit and the ward prepare the move.
#include "core/course_command_support.hpp"
#include "core/course_tasks.hpp"

namespace afk {

Result<Course> appoint_key_worker(const Course& course, const AppointKeyWorker& command,
                                  const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::appoint_key_worker, course));
  AFK_CHECK(require_text(command.name, "name", "Tovholderens navn"));
  AFK_CHECK(require_not_future(command.appointed_on, context.today, "appointed_on"));
  AFK_CHECK(require_not_before(command.appointed_on, course.accepted_on, "appointed_on", "optagelsen"));
  next->key_worker = KeyWorker{command.name, command.contact, command.appointed_on};
  settle_tasks_done_by(next.value(), CourseCommand::appoint_key_worker, command.appointed_on, context);
  return next;
}

namespace {
Result<Course> record_transition_event(CourseCommand command, const Course& course, TransitionEventKind kind,
                                       Date date, const std::string& note,
                                       const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(command, course));
  AFK_CHECK(require_not_future(date, context.today, "date"));
  next->transition_events.push_back(TransitionEvent{next->next_local_id++, kind, date, note, context.author});
  return next;
}
}  // namespace

Result<Course> record_ward_visit(const Course& course, const RecordWardVisit& command,
                                 const CourseCommandContext& context) {
  return record_transition_event(CourseCommand::record_ward_visit, course, TransitionEventKind::ward_visit,
                                 command.date, command.note, context);
}

Result<Course> record_place_visit(const Course& course, const RecordPlaceVisit& command,
                                  const CourseCommandContext& context) {
  return record_transition_event(
      CourseCommand::record_place_visit, course,
      command.overnight ? TransitionEventKind::trial_night : TransitionEventKind::place_visit, command.date,
      command.note, context);
}

Result<Course> add_discharge_agreement(const Course& course, const AddDischargeAgreement& command,
                                       const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::add_discharge_agreement, course));
  AFK_CHECK(require_not_future(command.date, context.today, "date"));
  if (command.parties.empty())
    return make_error(ErrorKind::bad_input, "parties_required", "Angiv hvem der har indgået aftalen.",
                      "parties");
  for (size_t i = 0; i < command.parties.size(); ++i)
    AFK_CHECK(require_text(command.parties[i], "parties[" + std::to_string(i) + "]", "Parten"));
  next->discharge_agreements.push_back(
      DischargeAgreement{next->next_local_id++, command.kind, command.date, command.parties});
  return next;
}

Result<Course> set_ready_for_discharge(const Course& course, const SetReadyForDischarge& command,
                                       const CourseCommandContext&) {
  AFK_TRY(next, begin_command(CourseCommand::set_ready_for_discharge, course));
  next->ready_for_discharge_on = command.date;  // may be an expected, future date
  return next;
}

Result<Course> plan_move_in(const Course& course, const PlanMoveIn& command,
                            const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::plan_move_in, course));
  AFK_CHECK(require_not_before(command.date, course.accepted_on, "date", "optagelsen"));
  if (!course.planned_move_in_on)
    AFK_CHECK(take_turn(course, next.value(), command.reason_ahead_of_turn, context.today, context));
  next->planned_move_in_on = command.date;
  next->waiting_list = false;  // a place is in sight
  return next;
}

Result<Course> cancel_course(const Course& course, const CancelCourse& command,
                             const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::cancel, course));
  if (is_blank(command.reason))
    return make_error(ErrorKind::rule_violated, "reason_required", "Skriv hvorfor forløbet annulleres.",
                      "reason");
  AFK_CHECK(require_not_future(command.date, context.today, "date"));
  AFK_CHECK(require_not_before(command.date, course.accepted_on, "date", "optagelsen"));
  next->state = CourseState::cancelled;
  next->cancelled_on = command.date;
  next->cancel_reason = command.reason;
  next->waiting_list = false;
  cancel_all_open_tasks(next.value(), command.date);
  return next;
}

}  // namespace afk
