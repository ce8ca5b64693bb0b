// Every command on a course: its payload, its pure function and its name.
// A command takes the current course, the payload and a context (today, the
// unit, the calendar, occupied places) and returns the new course or an
// Error: illegal_state (409) when the phase forbids it, rule_violated (422)
// for business rules, bad_input (400) for invalid values, stale_version (412)
// for edits of an out-of-date sub-record. Ids and the course version are the
// store's business; local sub-record ids come from `next_local_id`.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/course.hpp"
#include "core/result.hpp"
#include "core/unit.hpp"
#include "core/working_days.hpp"

namespace afk {

struct CourseCommandContext {
  Date today;
  Unit unit;  // the course's unit: places, closures, deadline rules
  WorkingDayCalendar calendar;
  // Place ids (of this unit) occupied by other courses right now; the store computes it.
  std::vector<std::int64_t> occupied_place_ids;
  // Who runs the command: the notes and events it writes carry it.
  std::optional<Author> author = std::nullopt;
  // For plan-move-in and move-in: the course the board names for the next
  // free place (UnitBoard::next_in_line); the service computes it.
  std::optional<std::int64_t> next_in_line_course_id = std::nullopt;
};

enum class CourseCommand {
  appoint_key_worker,
  record_ward_visit,
  record_place_visit,
  add_discharge_agreement,
  set_ready_for_discharge,
  plan_move_in,
  move_in,
  save_plan,
  add_status_note,
  record_vum,
  add_actor,
  update_actor,
  save_crisis_plan,
  set_substance_use_approach,
  pause_for_admission,
  resume_after_admission,
  extend_stay,
  decide_allocation,
  add_handover_note,
  move_out,
  add_follow_up_contact,
  close,
  cancel,
  complete_task,
  correct_note,
};

struct CourseCommandInfo {
  CourseCommand command;
  std::string_view name;      // kebab-case, used in the API route
  std::string_view title_da;  // one line for buttons and the audit log
  // The section the command edits in place; none when it only adds a record
  // (a note, a visit, an admission, a task done), which never conflicts.
  std::optional<CourseSection> section;
};

inline constexpr std::array<CourseCommandInfo, 25> course_command_infos{{
    {CourseCommand::appoint_key_worker, "appoint-key-worker", "Udpeg tovholder", CourseSection::key_worker},
    {CourseCommand::record_ward_visit, "record-ward-visit", "Registrér besøg på sengeafsnittet",
     std::nullopt},
    {CourseCommand::record_place_visit, "record-place-visit",
     "Registrér besøg eller prøveovernatning på pladsen", std::nullopt},
    {CourseCommand::add_discharge_agreement, "add-discharge-agreement",
     "Tilføj udskrivningsaftale/koordinationsplan", std::nullopt},
    {CourseCommand::set_ready_for_discharge, "set-ready-for-discharge", "Angiv færdigmeldingsdato",
     CourseSection::key_dates},
    {CourseCommand::plan_move_in, "plan-move-in", "Planlæg indflytning", CourseSection::key_dates},
    {CourseCommand::move_in, "move-in", "Indflytning", CourseSection::stay},
    {CourseCommand::save_plan, "save-plan", "Gem borgerens plan", CourseSection::plan},
    {CourseCommand::add_status_note, "add-status-note", "Skriv statusnotat", std::nullopt},
    {CourseCommand::record_vum, "record-vum", "Registrér VUM-udredning", CourseSection::vum},
    {CourseCommand::add_actor, "add-actor", "Tilføj aktør", std::nullopt},
    {CourseCommand::update_actor, "update-actor", "Ret aktør", CourseSection::actors},
    {CourseCommand::save_crisis_plan, "save-crisis-plan", "Gem kriseplan", CourseSection::crisis_plan},
    {CourseCommand::set_substance_use_approach, "set-substance-use-approach", "Angiv tilgang til rusmidler",
     CourseSection::substance_use},
    {CourseCommand::pause_for_admission, "pause-for-admission", "Sæt forløbet på pause ved indlæggelse",
     std::nullopt},
    {CourseCommand::resume_after_admission, "resume-after-admission", "Genoptag forløbet efter indlæggelse",
     std::nullopt},
    {CourseCommand::extend_stay, "extend-stay", "Forlæng opholdet", CourseSection::stay},
    {CourseCommand::decide_allocation, "decide-allocation", "Registrér visitation og næste tilbud",
     CourseSection::allocation},
    {CourseCommand::add_handover_note, "add-handover-note", "Skriv overleveringsnotat", std::nullopt},
    {CourseCommand::move_out, "move-out", "Fraflytning", CourseSection::stay},
    {CourseCommand::add_follow_up_contact, "add-follow-up-contact", "Registrér opfølgningskontakt",
     std::nullopt},
    {CourseCommand::close, "close", "Afslut forløbet", CourseSection::stay},
    {CourseCommand::cancel, "cancel", "Annullér forløbet", CourseSection::stay},
    {CourseCommand::complete_task, "complete-task", "Markér opgave som udført", std::nullopt},
    // Checked per note (corrections_seen), so a correction never waits for If-Match.
    {CourseCommand::correct_note, "correct-note", "Ret notat", std::nullopt},
}};

std::string_view course_command_name(CourseCommand command);
std::optional<CourseCommand> course_command_from_name(std::string_view name);

// Whether the course's state allows the command at all (phase, pause, final
// states). Errors: illegal_state `wrong_state`, `course_paused`, `course_not_paused`.
Status check_command_allowed(CourseCommand command, const Course& course);
// The names of the commands the state allows now; the UI offers only these.
// Data-dependent rules (a free place, a reason) are checked when applied.
std::vector<std::string> legal_course_commands(const Course& course);

// ---- payloads and commands, phase 1 ----
struct AppointKeyWorker {
  std::string name;
  std::string contact;
  Date appointed_on;
};
Result<Course> appoint_key_worker(const Course&, const AppointKeyWorker&, const CourseCommandContext&);

struct RecordWardVisit {
  Date date;
  std::string note;
};
Result<Course> record_ward_visit(const Course&, const RecordWardVisit&, const CourseCommandContext&);

struct RecordPlaceVisit {
  Date date;
  bool overnight = false;  // a trial night at the place
  std::string note;
};
Result<Course> record_place_visit(const Course&, const RecordPlaceVisit&, const CourseCommandContext&);

struct AddDischargeAgreement {
  DischargeAgreementKind kind = DischargeAgreementKind::udskrivningsaftale;
  Date date;
  std::vector<std::string> parties;
};
Result<Course> add_discharge_agreement(const Course&, const AddDischargeAgreement&,
                                       const CourseCommandContext&);

struct SetReadyForDischarge {
  Date date;
};
Result<Course> set_ready_for_discharge(const Course&, const SetReadyForDischarge&,
                                       const CourseCommandContext&);

struct PlanMoveIn {
  Date date;
  // Needed when another citizen is next in line for a place; kept on the course.
  std::string reason_ahead_of_turn = {};
};
Result<Course> plan_move_in(const Course&, const PlanMoveIn&, const CourseCommandContext&);

// ---- move-in ----
struct MoveIn {
  Date date;
  PlaceKind place_kind = PlaceKind::regular;
  std::optional<Date> planned_end_on;
  // A specific place by its number; absent: the lowest free one of `place_kind`.
  std::optional<int> place_number = std::nullopt;
  // Needed when another citizen is next in line and no move-in was planned.
  std::string reason_ahead_of_turn = {};
};
// Takes the place numbered `place_number`, or the free, open place of the
// wanted kind with the lowest number. Errors: illegal_state `no_free_place`,
// `place_taken`; rule_violated `key_worker_missing`, `place_closed`,
// `reason_ahead_of_turn_required`; bad_input `place_not_found`.
Result<Course> move_in(const Course&, const MoveIn&, const CourseCommandContext&);

// ---- phase 2 ----
struct GoalInput {
  std::optional<std::int64_t> id;       // absent: a new goal
  std::optional<std::int64_t> version;  // required with id
  std::string text;
  GoalStatus status = GoalStatus::not_started;
};
struct SavePlan {
  std::int64_t plan_version = 0;  // the version the editor read; 0 for the first save
  std::string hopes;
  std::string wishes;
  std::string goals_in_own_words;
  // Goals named by id are updated, those without id added, those left out kept.
  std::vector<GoalInput> goals;
};
Result<Course> save_plan(const Course&, const SavePlan&, const CourseCommandContext&);

struct AddStatusNote {
  Date date;
  std::string text;
};
Result<Course> add_status_note(const Course&, const AddStatusNote&, const CourseCommandContext&);

struct RecordVum {
  std::optional<Date> started_on;
  std::optional<Date> completed_on;
};
Result<Course> record_vum(const Course&, const RecordVum&, const CourseCommandContext&);

struct AddActor {
  ActorFields actor;
};
Result<Course> add_actor(const Course&, const AddActor&, const CourseCommandContext&);

struct UpdateActor {
  std::int64_t actor_id = 0;
  std::int64_t version = 0;
  ActorFields actor;
};
Result<Course> update_actor(const Course&, const UpdateActor&, const CourseCommandContext&);

struct SaveCrisisPlan {
  std::int64_t version = 0;  // the version the editor read; 0 for the first save
  std::string warning_signs;
  std::string what_to_do;
  std::string who_to_call;
  std::string medication_responsible;
  std::string on_readmission;
};
Result<Course> save_crisis_plan(const Course&, const SaveCrisisPlan&, const CourseCommandContext&);

struct SetSubstanceUseApproach {
  std::string approach;
};
Result<Course> set_substance_use_approach(const Course&, const SetSubstanceUseApproach&,
                                          const CourseCommandContext&);

struct PauseForAdmission {
  Date admitted_on;
  std::string note;
};
Result<Course> pause_for_admission(const Course&, const PauseForAdmission&, const CourseCommandContext&);

struct ResumeAfterAdmission {
  Date resumed_on;
};
Result<Course> resume_after_admission(const Course&, const ResumeAfterAdmission&,
                                      const CourseCommandContext&);

struct ExtendStay {
  Date decided_on;
  Date new_planned_end_on;
  std::string reason;
};
Result<Course> extend_stay(const Course&, const ExtendStay&, const CourseCommandContext&);

// ---- phase 3 ----
struct DecideAllocation {
  Date decided_on;
  Destination destination = Destination::other;
  std::string note;
};
// Phase 2 → phase 3 (or a revised decision in phase 3).
Result<Course> decide_allocation(const Course&, const DecideAllocation&, const CourseCommandContext&);

struct AddHandoverNote {
  Date date;
  std::string recipient;
  std::string text;
};
Result<Course> add_handover_note(const Course&, const AddHandoverNote&, const CourseCommandContext&);

struct MoveOut {
  Date date;
};
// Phase 3 → follow-up; frees the place.
Result<Course> move_out(const Course&, const MoveOut&, const CourseCommandContext&);

// ---- follow-up and the end ----
struct AddFollowUpContact {
  Date date;
  std::string note;
  bool declined_by_citizen = false;
};
Result<Course> add_follow_up_contact(const Course&, const AddFollowUpContact&, const CourseCommandContext&);

struct CloseCourse {
  Date date;
};
// Follow-up → closed. Own home without support requires a follow-up contact
// (rule_violated `follow_up_required`).
Result<Course> close_course(const Course&, const CloseCourse&, const CourseCommandContext&);

struct CancelCourse {
  Date date;
  std::string reason;
};
// Phase 1 → cancelled (the citizen never moved in).
Result<Course> cancel_course(const Course&, const CancelCourse&, const CourseCommandContext&);

struct CompleteTask {
  std::int64_t task_id = 0;
  Date completed_on;
  std::string note;
};
Result<Course> complete_task(const Course&, const CompleteTask&, const CourseCommandContext&);

// ---- any phase ----
enum class NoteKind { status_note, handover_note };

template <>
struct EnumCodes<NoteKind> {
  static constexpr std::array<EnumText<NoteKind>, 2> table{{
      {NoteKind::status_note, "status_note", "Statusnotat"},
      {NoteKind::handover_note, "handover_note", "Overleveringsnotat"},
  }};
};

struct CorrectNote {
  NoteKind note = NoteKind::status_note;
  std::int64_t note_id = 0;
  std::string text;
  // How many corrections the editor saw: a colleague's correction since is not overwritten.
  std::int64_t corrections_seen = 0;
};
// Replaces the note's text and keeps the old text, who corrected it and when.
// Errors: not_found `note_not_found`; rule_violated `text_required`,
// `text_unchanged`; stale_version `note_corrected_meanwhile` naming who.
Result<Course> correct_note(const Course&, const CorrectNote&, const CourseCommandContext&);

}  // namespace afk
