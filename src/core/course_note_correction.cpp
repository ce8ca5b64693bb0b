// Correcting a note: the text changes, the old text stays in the note's
// history with who corrected it and when. Nothing is deleted.
#include <algorithm>

#include "core/course_command_support.hpp"

namespace afk {

namespace {
template <class Note>
Note* find_note(std::vector<Note>& notes, std::int64_t id) {
  const auto found =
      std::find_if(notes.begin(), notes.end(), [&](const Note& note) { return note.id == id; });
  return found == notes.end() ? nullptr : &*found;
}

template <class Note>
Status correct(Note& note, const CorrectNote& command, const CourseCommandContext& context) {
  if (is_blank(command.text))
    return make_error(ErrorKind::rule_violated, "text_required", "Skriv notatets rettede tekst.", "text");
  if (command.corrections_seen != static_cast<std::int64_t>(note.corrections.size())) {
    const NoteCorrection& last = note.corrections.back();
    const std::string who = last.corrected_by ? last.corrected_by->name : std::string("en kollega");
    return make_error(ErrorKind::stale_version, "note_corrected_meanwhile",
                      "Notatet er rettet af " + who + " den " + last.corrected_on.danish() +
                          ", efter du åbnede det, så din rettelse er ikke gemt.",
                      "text");
  }
  if (command.text == note.text)
    return make_error(ErrorKind::rule_violated, "text_unchanged", "Teksten er den samme som før.", "text");
  note.corrections.push_back(NoteCorrection{note.text, context.today, context.author});
  note.text = command.text;
  return ok_status();
}
}  // namespace

Result<Course> correct_note(const Course& course, const CorrectNote& command,
                            const CourseCommandContext& context) {
  AFK_TRY(next, begin_command(CourseCommand::correct_note, course));
  Status corrected = make_error(ErrorKind::not_found, "note_not_found", "Notatet findes ikke.", "note_id");
  if (command.note == NoteKind::status_note) {
    if (StatusNote* note = find_note(next->status_notes, command.note_id))
      corrected = correct(*note, command, context);
  } else if (HandoverNote* note = find_note(next->handover_notes, command.note_id)) {
    corrected = correct(*note, command, context);
  }
  AFK_CHECK(corrected);
  return next;
}

}  // namespace afk
