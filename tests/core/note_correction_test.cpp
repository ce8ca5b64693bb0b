// A note is corrected, never deleted: the old text stays with who corrected
// it and when, and a colleague's correction is not overwritten.
#include <gtest/gtest.h>

#include "core/course_commands.hpp"
#include "core/domain_fixtures.hpp"

namespace afk {
namespace {
using namespace afk::testing;

CourseCommandContext by(const std::string& name, Date today) {
  CourseCommandContext context = course_context(today);
  context.author = Author{name, Role::unit_staff};
  return context;
}

Course with_note() {
  return ok(add_status_note(phase_2_course(), {d("2024-04-05"), "Borgeren sov dårligt."},
                            by("Anne", d("2024-04-05"))));
}

TEST(NoteCorrection, TheOldTextIsKeptWithWhoCorrectedItAndWhen) {
  const Course course = with_note();
  const std::int64_t id = course.status_notes.front().id;
  const Course corrected = ok(
      correct_note(course, {NoteKind::status_note, id, "Borgeren sov godt.", 0}, by("Bo", d("2024-04-06"))));
  const StatusNote& note = corrected.status_notes.front();
  EXPECT_EQ(note.text, "Borgeren sov godt.");
  EXPECT_EQ(note.author->name, "Anne") << "the note is still Anne's";
  ASSERT_EQ(note.corrections.size(), 1u);
  EXPECT_EQ(note.corrections[0].replaced_text, "Borgeren sov dårligt.");
  EXPECT_EQ(note.corrections[0].corrected_on, d("2024-04-06"));
  EXPECT_EQ(note.corrections[0].corrected_by->name, "Bo");
  EXPECT_EQ(corrected.status_notes.size(), 1u) << "nothing added, nothing deleted";
}

TEST(NoteCorrection, AColleaguesCorrectionSinceIsNotOverwritten) {
  const Course course = with_note();
  const std::int64_t id = course.status_notes.front().id;
  const Course once =
      ok(correct_note(course, {NoteKind::status_note, id, "Første rettelse.", 0}, by("Bo", d("2024-04-06"))));
  const auto stale =
      correct_note(once, {NoteKind::status_note, id, "Anden rettelse.", 0}, by("Cai", d("2024-04-06")));
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::stale_version);
  EXPECT_EQ(stale.error().code, "note_corrected_meanwhile");
  EXPECT_NE(stale.error().message.find("rettet af Bo den 06-04-2024"), std::string::npos)
      << stale.error().message;
  const Course twice =
      ok(correct_note(once, {NoteKind::status_note, id, "Anden rettelse.", 1}, by("Cai", d("2024-04-07"))));
  EXPECT_EQ(twice.status_notes.front().corrections.size(), 2u);
  EXPECT_EQ(twice.status_notes.front().corrections[1].replaced_text, "Første rettelse.");
}

TEST(NoteCorrection, ClearErrorsForAMissingNoteAnEmptyOrUnchangedText) {
  const Course course = with_note();
  const std::int64_t id = course.status_notes.front().id;
  const auto context = by("Bo", d("2024-04-06"));
  EXPECT_EQ(correct_note(course, {NoteKind::status_note, 999, "x", 0}, context).error().code,
            "note_not_found");
  EXPECT_EQ(correct_note(course, {NoteKind::handover_note, id, "x", 0}, context).error().code,
            "note_not_found");
  EXPECT_EQ(correct_note(course, {NoteKind::status_note, id, "  ", 0}, context).error().code,
            "text_required");
  EXPECT_EQ(
      correct_note(course, {NoteKind::status_note, id, "Borgeren sov dårligt.", 0}, context).error().code,
      "text_unchanged");
}

}  // namespace
}  // namespace afk
