#include "core/course_tasks.hpp"

#include <algorithm>
#include <utility>

namespace afk {

Course open_course(const Referral& referral, Date accepted_on, bool waiting_list, const DeadlineRules& rules,
                   const WorkingDayCalendar& calendar) {
  Course course;
  course.unit_id = referral.unit_id;
  course.citizen_id = referral.citizen_id;
  course.referral_id = referral.id;
  course.state = CourseState::phase_1;
  course.waiting_list = waiting_list;
  course.accepted_on = accepted_on;
  course.ready_for_discharge_on = referral.expected_ready_for_discharge_on;
  if (rules.key_worker_working_days > 0)
    add_task(course, TaskKind::key_worker, accepted_on,
             add_working_days(accepted_on, rules.key_worker_working_days, calendar));
  return course;
}

bool is_task_open(const Task& task) { return !task.completed_on && !task.cancelled_on; }

bool is_overdue(const Task& task, Date today) { return is_task_open(task) && task.due_on < today; }

std::vector<Task> overdue_tasks(const Course& course, Date today) {
  std::vector<Task> overdue;
  for (const auto& task : course.tasks)
    if (is_overdue(task, today)) overdue.push_back(task);
  std::stable_sort(overdue.begin(), overdue.end(),
                   [](const Task& a, const Task& b) { return a.due_on < b.due_on; });
  return overdue;
}

std::vector<OverdueTask> overdue_tasks_for_unit(const std::vector<Course>& courses, std::int64_t unit_id,
                                                Date today) {
  std::vector<OverdueTask> overdue;
  for (const auto& course : courses) {
    if (course.unit_id != unit_id || !is_open(course.state)) continue;
    for (const auto& task : overdue_tasks(course, today))
      overdue.push_back(OverdueTask{course.id, course.citizen_id, task});
  }
  std::stable_sort(overdue.begin(), overdue.end(),
                   [](const OverdueTask& a, const OverdueTask& b) { return a.task.due_on < b.task.due_on; });
  return overdue;
}

std::int64_t add_task(Course& course, TaskKind kind, Date created_on, Date due_on) {
  const std::int64_t id = course.next_local_id++;
  course.tasks.push_back(Task{id, kind, created_on, due_on, std::nullopt, std::nullopt, {}});
  return id;
}

void complete_task_and_roll(Course& course, Task& task, Date completed_on, std::string note,
                            const CourseCommandContext& context) {
  task.completed_on = completed_on;
  task.note = std::move(note);
  const Task completed = task;  // copy: scheduling may reallocate the task list
  if (occupies_place(course.state))
    schedule_next_status_review(course, completed, context.unit.deadline_rules, context.calendar);
}

void settle_tasks_done_by(Course& course, CourseCommand command, Date done_on,
                          const CourseCommandContext& context) {
  for (const TaskClosingRule& rule : task_closing_rules) {
    if (rule.command != command) continue;
    Task* earliest = nullptr;
    for (auto& task : course.tasks)
      if (task.kind == rule.task && is_task_open(task) && (!earliest || task.due_on < earliest->due_on))
        earliest = &task;
    if (!earliest || done_on < earliest->created_on) continue;
    if (rule.days_before_due && done_on < earliest->due_on.plus_days(-*rule.days_before_due)) continue;
    complete_task_and_roll(course, *earliest, done_on, std::string(rule.done_by_da), context);
  }
}

void cancel_open_tasks(Course& course, TaskKind kind, Date cancelled_on) {
  for (auto& task : course.tasks)
    if (task.kind == kind && is_task_open(task)) task.cancelled_on = cancelled_on;
}

void schedule_stay_tasks(Course& course, Date moved_in_on, const DeadlineRules& rules,
                         const WorkingDayCalendar& calendar) {
  if (rules.plan_working_days > 0)
    add_task(course, TaskKind::plan, moved_in_on,
             add_working_days(moved_in_on, rules.plan_working_days, calendar));
  if (rules.status_review_interval_days > 0)
    add_task(
        course, TaskKind::status_review, moved_in_on,
        next_working_day_on_or_after(moved_in_on.plus_days(rules.status_review_interval_days), calendar));
  if (rules.reassessment_months > 0)
    add_task(course, TaskKind::reassessment, moved_in_on,
             next_working_day_on_or_after(add_months(moved_in_on, rules.reassessment_months), calendar));
}

void schedule_follow_up_tasks(Course& course, Date moved_out_on, const DeadlineRules& rules,
                              const WorkingDayCalendar& calendar) {
  for (int months : rules.follow_up_months)
    if (months > 0)
      add_task(course, TaskKind::follow_up, moved_out_on,
               next_working_day_on_or_after(add_months(moved_out_on, months), calendar));
}

void schedule_next_status_review(Course& course, const Task& completed, const DeadlineRules& rules,
                                 const WorkingDayCalendar& calendar) {
  if (completed.kind != TaskKind::status_review || rules.status_review_interval_days <= 0) return;
  Date due =
      next_working_day_on_or_after(completed.due_on.plus_days(rules.status_review_interval_days), calendar);
  // Completing very late must not leave the next review already overdue.
  while (completed.completed_on && due <= *completed.completed_on)
    due = next_working_day_on_or_after(due.plus_days(rules.status_review_interval_days), calendar);
  add_task(course, TaskKind::status_review, completed.completed_on.value_or(completed.due_on), due);
}

}  // namespace afk
