// Deadlines as tasks inside the course. Tasks are generated when their
// trigger happens (acceptance, move-in, completion of the previous review,
// move-out) with due dates from the unit's DeadlineRules and the calendar.
// Status reviews roll: completing one creates the next, anchored on the
// previous due date so the rhythm does not drift.
#pragma once

#include <cstdint>
#include <vector>

#include "core/course.hpp"
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

// Building blocks for the course commands.
std::int64_t add_task(Course& course, TaskKind kind, Date created_on, Date due_on);
void complete_open_tasks(Course& course, TaskKind kind, Date completed_on);
void cancel_open_tasks(Course& course, TaskKind kind, Date cancelled_on);
void schedule_stay_tasks(Course& course, Date moved_in_on, const DeadlineRules& rules,
                         const WorkingDayCalendar& calendar);
void schedule_follow_up_tasks(Course& course, Date moved_out_on, const DeadlineRules& rules,
                              const WorkingDayCalendar& calendar);
// The next status review after completing one (rolling horizon of one).
void schedule_next_status_review(Course& course, const Task& completed, const DeadlineRules& rules,
                                 const WorkingDayCalendar& calendar);

}  // namespace afk
