// Deadlines: generated tasks, completion, rolling status reviews, overdue lists.
#include "core/course_tasks.hpp"

#include <gtest/gtest.h>

#include "core/domain_fixtures.hpp"

namespace afk {
namespace {
using namespace afk::testing;

const Task& task_of(const Course& course, TaskKind kind, int nth = 0) {
  for (const auto& task : course.tasks)
    if (task.kind == kind && nth-- == 0) return task;
  throw std::runtime_error("no such task");
}

TEST(Tasks, KeyWorkerTaskIsDueTwoWorkingDaysAfterAcceptance) {
  // Accepted Thursday 2023-05-04: Store Bededag and the weekend follow.
  Referral referral = sample_referral();
  const Course course = open_course(referral, d("2023-05-04"), false, DeadlineRules{}, WorkingDayCalendar{});
  EXPECT_EQ(task_of(course, TaskKind::key_worker).due_on, d("2023-05-09"));
  const Course in_2024 = open_course(referral, d("2024-04-25"), false, DeadlineRules{}, WorkingDayCalendar{});
  EXPECT_EQ(task_of(in_2024, TaskKind::key_worker).due_on, d("2024-04-29"));
}

TEST(Tasks, RulesSetToZeroGenerateNothing) {
  DeadlineRules rules;
  rules.key_worker_working_days = 0;
  EXPECT_TRUE(
      open_course(sample_referral(), d("2024-03-04"), false, rules, WorkingDayCalendar{}).tasks.empty());
}

TEST(Tasks, OverdueTasksArePerCourse) {
  const Course course = phase_1_course();                       // key worker due 2024-03-06
  EXPECT_TRUE(overdue_tasks(course, d("2024-03-06")).empty());  // due today is not overdue
  ASSERT_EQ(overdue_tasks(course, d("2024-03-07")).size(), 1u);
  EXPECT_TRUE(overdue_tasks(with_key_worker(course), d("2024-03-07")).empty());
}

TEST(Tasks, OverdueTasksPerUnitSkipOtherUnitsAndEndedCourses) {
  Course late = phase_1_course();
  Course other_unit = phase_1_course();
  other_unit.unit_id = 8;
  Course ended = cancelled_course();
  Course stay = phase_2_course();  // plan due 2024-04-04, review 2024-04-15
  stay.id = 42;
  const auto overdue = overdue_tasks_for_unit({late, other_unit, ended, stay}, 7, d("2024-04-16"));
  ASSERT_EQ(overdue.size(), 3u);
  EXPECT_EQ(overdue[0].course_id, 41);
  EXPECT_EQ(overdue[0].task.kind, TaskKind::key_worker);
  EXPECT_EQ(overdue[1].course_id, 42);
  EXPECT_EQ(overdue[1].task.kind, TaskKind::plan);
  EXPECT_EQ(overdue[2].task.kind, TaskKind::status_review);
}

TEST(Tasks, CompletingAStatusReviewSchedulesTheNext) {
  Course course = phase_2_course();
  const Task review = task_of(course, TaskKind::status_review);
  ASSERT_EQ(review.due_on, d("2024-04-15"));
  course = ok(
      complete_task(course, {review.id, d("2024-04-12"), "Status holdt"}, course_context(d("2024-04-12"))));
  EXPECT_EQ(task_of(course, TaskKind::status_review, 0).completed_on, d("2024-04-12"));
  EXPECT_EQ(task_of(course, TaskKind::status_review, 0).note, "Status holdt");
  // Anchored on the previous due date: 4 weeks after 2024-04-15.
  EXPECT_EQ(task_of(course, TaskKind::status_review, 1).due_on, d("2024-05-13"));
}

TEST(Tasks, AVeryLateReviewDoesNotLeaveTheNextOverdue) {
  Course course = phase_2_course();
  const Task review = task_of(course, TaskKind::status_review);
  course = ok(complete_task(course, {review.id, d("2024-05-20"), ""}, course_context(d("2024-05-20"))));
  const Task& next = task_of(course, TaskKind::status_review, 1);
  EXPECT_GT(next.due_on, d("2024-05-20"));
  EXPECT_EQ(next.due_on, d("2024-06-10"));
}

TEST(Tasks, AStatusNoteFromTwoWeeksBeforeTheReviewCompletesItAndSchedulesTheNext) {
  Course course = phase_2_course();  // review due 2024-04-15
  course = ok(add_status_note(course, {d("2024-04-05"), "Går fremad"}, course_context(d("2024-04-05"))));
  const Task& done = task_of(course, TaskKind::status_review, 0);
  EXPECT_EQ(done.completed_on, d("2024-04-05"));
  EXPECT_EQ(done.note, "Statusnotatet er skrevet.");
  EXPECT_EQ(task_of(course, TaskKind::status_review, 1).due_on, d("2024-05-13"));
  EXPECT_TRUE(is_task_open(task_of(course, TaskKind::status_review, 1)));
  // A second note the same week does not complete the next review, due in five weeks.
  course = ok(add_status_note(course, {d("2024-04-08"), "Samtale"}, course_context(d("2024-04-08"))));
  EXPECT_TRUE(is_task_open(task_of(course, TaskKind::status_review, 1)));
}

TEST(Tasks, AStatusNoteWeeksBeforeTheReviewLeavesItOpen) {
  Course course = phase_2_course();
  course = ok(add_status_note(course, {d("2024-03-25"), "Første uge"}, course_context(d("2024-03-25"))));
  EXPECT_TRUE(is_task_open(task_of(course, TaskKind::status_review)));
}

TEST(Tasks, ALateStatusNoteClearsTheOverdueReview) {
  Course course = phase_2_course();
  ASSERT_EQ(overdue_tasks(course, d("2024-04-22")).size(), 2u);  // plan and review
  course = ok(add_status_note(course, {d("2024-04-22"), "Status"}, course_context(d("2024-04-22"))));
  const auto overdue = overdue_tasks(course, d("2024-04-22"));
  ASSERT_EQ(overdue.size(), 1u);
  EXPECT_EQ(overdue[0].kind, TaskKind::plan);
}

TEST(Tasks, ExtendingTheStayCompletesTheReassessment) {
  Course course = phase_2_course();  // reassessment due three months after move-in
  ASSERT_TRUE(is_task_open(task_of(course, TaskKind::reassessment)));
  course = ok(extend_stay(course, {d("2024-06-10"), d("2024-12-31"), "Mangler bolig"},
                          course_context(d("2024-06-10"))));
  EXPECT_EQ(task_of(course, TaskKind::reassessment).completed_on, d("2024-06-10"));
  EXPECT_EQ(task_of(course, TaskKind::reassessment).note, "Opholdet er revurderet og forlænget.");
}

TEST(Tasks, CompletingTasksIsChecked) {
  Course course = phase_2_course();
  const auto context = course_context(d("2024-04-01"));
  EXPECT_EQ(complete_task(course, {999, d("2024-04-01"), ""}, context).error().code, "task_not_found");
  const std::int64_t key_worker_task = task_of(course, TaskKind::key_worker).id;
  EXPECT_EQ(complete_task(course, {key_worker_task, d("2024-04-01"), ""}, context).error().code,
            "task_not_open");
  const std::int64_t plan_task = task_of(course, TaskKind::plan).id;
  EXPECT_EQ(complete_task(course, {plan_task, d("2024-04-02"), ""}, context).error().code, "date_in_future");
  EXPECT_EQ(complete_task(course, {plan_task, d("2024-03-17"), ""}, context).error().code, "date_too_early");
  course = ok(complete_task(course, {plan_task, d("2024-04-01"), ""}, context));
  EXPECT_FALSE(is_task_open(task_of(course, TaskKind::plan)));
}

TEST(Tasks, MoveOutToOwnHomeWithoutSupportSchedulesFollowUpsAfterOneAndThreeMonths) {
  const Course course = follow_up_course(Destination::own_home_without_support);  // out 2024-05-15
  EXPECT_EQ(task_of(course, TaskKind::follow_up, 0).due_on, d("2024-06-17"));     // 15 June is a Saturday
  EXPECT_EQ(task_of(course, TaskKind::follow_up, 1).due_on, d("2024-08-15"));
  const Course elsewhere = follow_up_course(Destination::temporary_housing);
  for (const auto& task : elsewhere.tasks) EXPECT_NE(task.kind, TaskKind::follow_up);
}

TEST(Tasks, ClosingCancelsWhatIsLeft) {
  Course course = follow_up_course(Destination::own_home_without_support);
  const auto context = course_context(d("2024-06-20"));
  course = ok(add_follow_up_contact(course, {d("2024-06-17"), "Går godt", false}, context));
  EXPECT_TRUE(task_of(course, TaskKind::follow_up, 0).completed_on);
  EXPECT_TRUE(is_task_open(task_of(course, TaskKind::follow_up, 1)));
  course = ok(close_course(course, {d("2024-06-20")}, context));
  EXPECT_EQ(task_of(course, TaskKind::follow_up, 1).cancelled_on, d("2024-06-20"));
}

}  // namespace
}  // namespace afk
