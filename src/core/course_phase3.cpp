// Phase 3 and after: the allocation decision, handover, move-out, follow-up,
// closing; and completing tasks, which can happen in any open state.
#include "core/course_command_support.hpp"
#include "core/course_tasks.hpp"

namespace afk {

Result<Course> decide_allocation(const Course& course, const DecideAllocation& command,
                                 const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::decide_allocation, course));
  AFK_CHECK(require_not_future(command.decided_on, context.today, "decided_on"));
  if (course.moved_in_on)
    AFK_CHECK(require_not_before(command.decided_on, *course.moved_in_on, "decided_on", "indflytningen"));
  next->allocation = Allocation{command.decided_on, command.destination, command.note, context.author};
  next->state = CourseState::phase_3;
  return next;
}

Result<Course> add_handover_note(const Course& course, const AddHandoverNote& command,
                                 const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::add_handover_note, course));
  AFK_CHECK(require_text(command.text, "text", "Overleveringsnotatet"));
  AFK_CHECK(require_not_future(command.date, context.today, "date"));
  next->handover_notes.push_back(
      HandoverNote{next->next_local_id++, command.date, command.recipient, command.text, context.author});
  return next;
}

Result<Course> move_out(const Course& course, const MoveOut& command, const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::move_out, course));
  AFK_CHECK(require_not_future(command.date, context.today, "date"));
  if (course.moved_in_on)
    AFK_CHECK(require_not_before(command.date, *course.moved_in_on, "date", "indflytningen"));
  const Destination where = course.allocation->destination;  // phase 3 always has one
  if (is_paused(course)) {
    // Leaving from hospital only makes sense when the stay ends there.
    if (where != Destination::readmitted && where != Destination::deceased)
      return make_error(
          ErrorKind::illegal_state, "course_paused",
          "Borgeren er indlagt. Genoptag forløbet før fraflytning, eller vælg \"Genindlagt\" som "
          "næste tilbud.");
    next->admission_pauses.back().resumed_on = command.date;  // the pause ends with the stay
  }
  next->state = CourseState::follow_up;
  next->moved_out_on = command.date;
  for (TaskKind kind :
       {TaskKind::plan, TaskKind::status_review, TaskKind::reassessment, TaskKind::key_worker})
    cancel_open_tasks(next.value(), kind, command.date);
  if (where == Destination::own_home_without_support)
    schedule_follow_up_tasks(next.value(), command.date, context.unit.deadline_rules, context.calendar);
  return next;
}

Result<Course> add_follow_up_contact(const Course& course, const AddFollowUpContact& command,
                                     const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::add_follow_up_contact, course));
  if (!command.declined_by_citizen) AFK_CHECK(require_text(command.note, "note", "Notatet om opfølgningen"));
  AFK_CHECK(require_not_future(command.date, context.today, "date"));
  if (course.moved_out_on)
    AFK_CHECK(require_not_before(command.date, *course.moved_out_on, "date", "fraflytningen"));
  next->follow_up_contacts.push_back(FollowUpContact{next->next_local_id++, command.date, command.note,
                                                     command.declined_by_citizen, context.author});
  // One contact settles the earliest open follow-up task; a refusal settles them all.
  for (auto& task : next->tasks) {
    if (task.kind != TaskKind::follow_up || !is_task_open(task)) continue;
    task.completed_on = command.date;
    if (!command.declined_by_citizen) break;
  }
  return next;
}

Result<Course> close_course(const Course& course, const CloseCourse& command,
                            const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::close, course));
  AFK_CHECK(require_not_future(command.date, context.today, "date"));
  if (course.moved_out_on)
    AFK_CHECK(require_not_before(command.date, *course.moved_out_on, "date", "fraflytningen"));
  if (destination(course) == Destination::own_home_without_support && course.follow_up_contacts.empty())
    return make_error(
        ErrorKind::rule_violated, "follow_up_required",
        "Borgeren er flyttet i eget hjem uden støtte. Opfølgning skal tilbydes og registreres, før "
        "forløbet afsluttes.");
  next->state = CourseState::closed;
  next->closed_on = command.date;
  cancel_all_open_tasks(next.value(), command.date);
  return next;
}

Result<Course> complete_task(const Course& course, const CompleteTask& command,
                             const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::complete_task, course));
  Task* task = nullptr;
  for (auto& candidate : next->tasks)
    if (candidate.id == command.task_id) task = &candidate;
  if (!task) return make_error(ErrorKind::not_found, "task_not_found", "Opgaven findes ikke.", "task_id");
  if (!is_task_open(*task))
    return make_error(ErrorKind::illegal_state, "task_not_open",
                      "Opgaven er allerede udført eller bortfaldet.", "task_id");
  AFK_CHECK(require_not_future(command.completed_on, context.today, "completed_on"));
  AFK_CHECK(
      require_not_before(command.completed_on, task->created_on, "completed_on", "opgavens oprettelse"));
  complete_task_and_roll(next.value(), *task, command.completed_on, command.note, context);
  return next;
}

}  // namespace afk
