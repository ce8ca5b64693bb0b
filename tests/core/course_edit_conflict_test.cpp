// Two people on one course: adding never conflicts; an edit conflicts only
// with a later edit of the same section, and the refusal names who and what.
#include "core/course_edit_conflict.hpp"

#include <gtest/gtest.h>

#include "core/domain_fixtures.hpp"

namespace afk {
namespace {
using namespace afk::testing;

// The course as the store would have it after `command` by `author` at `version`.
Course edited(Course course, CourseCommand command, const Author& author, Date on) {
  Course after = course;
  stamp_section_change(course, after, command, author, on);
  after.version = course.version + 1;
  return after;
}

TEST(EditConflict, EveryCommandEitherAddsOrEditsOneNamedSection) {
  for (const auto& info : course_command_infos) {
    if (info.section) {
      EXPECT_FALSE(label_da(*info.section).empty()) << info.name;
    }
  }
  EXPECT_FALSE(edited_section(CourseCommand::add_status_note));
  EXPECT_FALSE(edited_section(CourseCommand::complete_task));
  EXPECT_FALSE(edited_section(CourseCommand::pause_for_admission));
  EXPECT_EQ(edited_section(CourseCommand::save_plan), CourseSection::plan);
  EXPECT_EQ(edited_section(CourseCommand::save_crisis_plan), CourseSection::crisis_plan);
}

TEST(EditConflict, AddingNeedsNoReadVersionAndNeverConflicts) {
  Course course = phase_2_course();
  course.version = 7;
  course = edited(course, CourseCommand::save_plan, Author{"Mette Plan", Role::unit_staff}, d("2024-04-02"));
  EXPECT_TRUE(check_edit_fresh(course, CourseCommand::add_status_note, std::nullopt));
  EXPECT_TRUE(check_edit_fresh(course, CourseCommand::add_status_note, 3));
  EXPECT_TRUE(check_edit_fresh(course, CourseCommand::complete_task, 7));
}

TEST(EditConflict, AnEditNeedsTheVersionItWasBasedOn) {
  const Course course = phase_2_course();
  const Status missing = check_edit_fresh(course, CourseCommand::save_plan, std::nullopt);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, "version_required");
  EXPECT_EQ(missing.error().kind, ErrorKind::bad_input);
}

TEST(EditConflict, AnEditConflictsOnlyWithALaterEditOfItsSection) {
  Course course = phase_2_course();
  course.version = 4;
  const std::int64_t read = 4;
  course =
      edited(course, CourseCommand::save_crisis_plan, Author{"Karl Krise", Role::unit_lead}, d("2024-04-03"));
  EXPECT_TRUE(check_edit_fresh(course, CourseCommand::save_plan, read)) << "another section";
  const Status clash = check_edit_fresh(course, CourseCommand::save_crisis_plan, read);
  ASSERT_FALSE(clash);
  EXPECT_EQ(clash.error().kind, ErrorKind::stale_version);
  EXPECT_EQ(clash.error().code, "section_changed");
  EXPECT_EQ(clash.error().message.rfind(
                "Kriseplanen er ændret af Karl Krise (Leder af afklaringstilbud) den 03-04-2024", 0),
            0u)
      << clash.error().message;
  EXPECT_TRUE(check_edit_fresh(course, CourseCommand::save_crisis_plan, 5)) << "read after the change";
}

TEST(EditConflict, CommandsOfOneSectionShareIt) {
  Course course = phase_1_course();
  course.version = 2;
  course = edited(course, CourseCommand::set_ready_for_discharge, Author{"Ward", Role::ward_staff},
                  d("2024-03-01"));
  EXPECT_FALSE(check_edit_fresh(course, CourseCommand::plan_move_in, 2)) << "both are the key dates";
  course = edited(course, CourseCommand::plan_move_in, Author{"Unit", Role::unit_staff}, d("2024-03-02"));
  ASSERT_EQ(course.section_changes.size(), 1u) << "one entry per section, the last change";
  EXPECT_EQ(course.section_changes.front().course_version, 4);
  EXPECT_EQ(course.section_changes.front().author->name, "Unit");
}

TEST(EditConflict, AReadVersionTheCourseNeverHadIsStale) {
  Course course = phase_2_course();
  course.version = 3;
  const Status future = check_edit_fresh(course, CourseCommand::add_status_note, 4);
  ASSERT_FALSE(future);
  EXPECT_EQ(future.error().code, "stale_version");
}

}  // namespace
}  // namespace afk
