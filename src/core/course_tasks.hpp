// Deadlines as tasks inside the course. Tasks are generated when their
// trigger happens (acceptance, move-in, completion of the previous review,
// move-out) with due dates from the unit's DeadlineRules and the calendar.
// Status reviews roll: completing one creates the next, anchored on the
// previous due date so the rhythm does not drift.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/course.hpp"
#include "core/course_commands.hpp"
#include "core/referral.hpp"
#include "core/unit.hpp"
#include "core/working_days.hpp"

namespace afk {

// A new course in phase 1 for an accepted (or wait-listed) referral, with the key worker task.
Course open_course(const Referral& referral, Date accepted_on, bool waiting_list, const DeadlineRules& rules,
                   const WorkingDayCalendar& calendar);

bool is_task_open(const Task& task);
bool is_overdue(const Task& task, Date today);  // open and due before today
std::vector<Task> overdue_tasks(const Course& course, Date today);

struct OverdueTask {
  std::int64_t course_id = 0;
  std::int64_t citizen_id = 0;
  Task task;

  friend bool operator==(const OverdueTask&, const OverdueTask&) = default;
};
// Overdue tasks of the unit's open courses, earliest due first.
std::vector<OverdueTask> overdue_tasks_for_unit(const std::vector<Course>& courses, std::int64_t unit_id,
                                                Date today);

// Tasks close themselves when the work they ask for is done: a command on
// this list completes the earliest open task of its kind, on the command's
// date, when that date is at most `days_before_due` before the task is due
// (a status note written weeks early is not the review; nullopt: any time).
// Declared beside the deadline rules that create the tasks; the commands
// call settle_tasks_done_by.
struct TaskClosingRule {
  CourseCommand command;
  TaskKind task;
  std::optional<int> days_before_due;
  std::string_view done_by_da;  // the task's note: what did it
};
inline constexpr std::array<TaskClosingRule, 4> task_closing_rules{{
    {CourseCommand::appoint_key_worker, TaskKind::key_worker, std::nullopt, "Tovholderen er udpeget."},
    {CourseCommand::save_plan, TaskKind::plan, std::nullopt, "Planen er gemt."},
    {CourseCommand::add_status_note, TaskKind::status_review, 14, "Statusnotatet er skrevet."},
    {CourseCommand::extend_stay, TaskKind::reassessment, std::nullopt,
     "Opholdet er revurderet og forlænget."},
}};

// Applies the closing rules of `command`, done on `done_on`, to `course`; a
// completed status review schedules the next, as completing it by hand does.
void settle_tasks_done_by(Course& course, CourseCommand command, Date done_on,
                          const CourseCommandContext& context);

// Building blocks for the course commands.
std::int64_t add_task(Course& course, TaskKind kind, Date created_on, Date due_on);
// Completes `task` (one of `course`'s) on `completed_on` with `note`; a status
// review done during the stay schedules the next. By hand or by a closing rule.
void complete_task_and_roll(Course& course, Task& task, Date completed_on, std::string note,
                            const CourseCommandContext& context);
void cancel_open_tasks(Course& course, TaskKind kind, Date cancelled_on);
void schedule_stay_tasks(Course& course, Date moved_in_on, const DeadlineRules& rules,
                         const WorkingDayCalendar& calendar);
void schedule_follow_up_tasks(Course& course, Date moved_out_on, const DeadlineRules& rules,
                              const WorkingDayCalendar& calendar);
// The next status review after completing one (rolling horizon of one).
void schedule_next_status_review(Course& course, const Task& completed, const DeadlineRules& rules,
                                 const WorkingDayCalendar& calendar);

}  // namespace afk
