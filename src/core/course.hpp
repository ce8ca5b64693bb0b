// The course aggregate: one citizen's episode at a unit, created when a
// referral is accepted (or wait-listed). Sub-records carry a local id from
// `next_local_id`; editable ones (plan, goals, actors, crisis plan) also a
// version so an edit based on a stale copy is refused.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/course_state.hpp"
#include "core/date.hpp"
#include "core/destination.hpp"
#include "core/enum_codes.hpp"
#include "core/place.hpp"
#include "core/role.hpp"

namespace afk {

// Who wrote a note or recorded an event, as they were then: the journal
// shows it beside the entry. Entries from before authors were kept have none.
struct Author {
  std::string name;
  Role role = Role::unit_staff;

  friend bool operator==(const Author&, const Author&) = default;
};

// ---- phase 1 ----
struct KeyWorker {
  std::string name;
  std::string contact;
  Date appointed_on;

  friend bool operator==(const KeyWorker&, const KeyWorker&) = default;
};

enum class TransitionEventKind { ward_visit, place_visit, trial_night };

template <>
struct EnumCodes<TransitionEventKind> {
  static constexpr std::array<EnumText<TransitionEventKind>, 3> table{{
      {TransitionEventKind::ward_visit, "ward_visit", "Besøg på sengeafsnittet"},
      {TransitionEventKind::place_visit, "place_visit", "Besøg på afklaringspladsen"},
      {TransitionEventKind::trial_night, "trial_night", "Prøveovernatning"},
  }};
};

struct TransitionEvent {
  std::int64_t id = 0;
  TransitionEventKind kind = TransitionEventKind::ward_visit;
  Date date;
  std::string note;
  std::optional<Author> author;

  friend bool operator==(const TransitionEvent&, const TransitionEvent&) = default;
};

enum class DischargeAgreementKind { udskrivningsaftale, koordinationsplan };

template <>
struct EnumCodes<DischargeAgreementKind> {
  static constexpr std::array<EnumText<DischargeAgreementKind>, 2> table{{
      {DischargeAgreementKind::udskrivningsaftale, "udskrivningsaftale", "Udskrivningsaftale"},
      {DischargeAgreementKind::koordinationsplan, "koordinationsplan", "Koordinationsplan"},
  }};
};

struct DischargeAgreement {
  std::int64_t id = 0;
  DischargeAgreementKind kind = DischargeAgreementKind::udskrivningsaftale;
  Date date;
  std::vector<std::string> parties;

  friend bool operator==(const DischargeAgreement&, const DischargeAgreement&) = default;
};

// ---- phase 2 ----
enum class GoalStatus { not_started, in_progress, achieved, dropped };

template <>
struct EnumCodes<GoalStatus> {
  static constexpr std::array<EnumText<GoalStatus>, 4> table{{
      {GoalStatus::not_started, "not_started", "Ikke påbegyndt"},
      {GoalStatus::in_progress, "in_progress", "I gang"},
      {GoalStatus::achieved, "achieved", "Nået"},
      {GoalStatus::dropped, "dropped", "Opgivet"},
  }};
};

struct Goal {
  std::int64_t id = 0;
  std::int64_t version = 0;
  std::string text;
  GoalStatus status = GoalStatus::not_started;

  friend bool operator==(const Goal&, const Goal&) = default;
};

// The citizen's own plan; version 0 means not written yet.
struct Plan {
  std::int64_t version = 0;
  std::string hopes;
  std::string wishes;
  std::string goals_in_own_words;
  std::vector<Goal> goals;
  std::optional<Date> saved_on;

  friend bool operator==(const Plan&, const Plan&) = default;
};

// A note is never deleted: a correction keeps the text it replaced, who
// corrected it and when (oldest first), and the note shows the newest text.
struct NoteCorrection {
  std::string replaced_text;
  Date corrected_on;
  std::optional<Author> corrected_by;

  friend bool operator==(const NoteCorrection&, const NoteCorrection&) = default;
};

struct StatusNote {
  std::int64_t id = 0;
  Date date;
  std::string text;
  std::optional<Author> author;
  std::vector<NoteCorrection> corrections = {};

  friend bool operator==(const StatusNote&, const StatusNote&) = default;
};

struct VumAssessment {
  std::optional<Date> started_on;
  std::optional<Date> completed_on;

  friend bool operator==(const VumAssessment&, const VumAssessment&) = default;
};

enum class ActorKind {
  jobcenter,
  general_practitioner,
  substance_treatment,
  outpatient_psychiatry,
  network,
  civil_society,
  other
};

template <>
struct EnumCodes<ActorKind> {
  static constexpr std::array<EnumText<ActorKind>, 7> table{{
      {ActorKind::jobcenter, "jobcenter", "Jobcenter"},
      {ActorKind::general_practitioner, "general_practitioner", "Egen læge"},
      {ActorKind::substance_treatment, "substance_treatment", "Rusmiddelbehandling"},
      {ActorKind::outpatient_psychiatry, "outpatient_psychiatry", "Ambulant psykiatri"},
      {ActorKind::network, "network", "Netværk"},
      {ActorKind::civil_society, "civil_society", "Civilsamfund"},
      {ActorKind::other, "other", "Andet"},
  }};
};

// What staff write about an actor; adding one and correcting one send these.
struct ActorFields {
  ActorKind kind = ActorKind::other;
  std::string name;
  std::string role;
  std::string contact;
  bool consent_to_share = false;
  bool is_coordinator = false;
  bool operator==(const ActorFields&) const = default;
};

struct Actor : ActorFields {
  std::int64_t id = 0;
  std::int64_t version = 0;

  friend bool operator==(const Actor&, const Actor&) = default;
};

// Version 0 means not written yet.
struct CrisisPlan {
  std::int64_t version = 0;
  std::string warning_signs;
  std::string what_to_do;
  std::string who_to_call;
  std::string medication_responsible;
  std::string on_readmission;
  std::optional<Date> saved_on;

  friend bool operator==(const CrisisPlan&, const CrisisPlan&) = default;
};

// A hospital admission during the stay pauses the course; the place stays reserved.
struct AdmissionPause {
  std::int64_t id = 0;
  Date admitted_on;
  std::optional<Date> resumed_on;
  std::string note;

  friend bool operator==(const AdmissionPause&, const AdmissionPause&) = default;
};

struct Extension {
  std::int64_t id = 0;
  Date decided_on;
  std::optional<Date> previous_planned_end_on;
  Date new_planned_end_on;
  std::string reason;
  std::optional<Author> author;

  friend bool operator==(const Extension&, const Extension&) = default;
};

// ---- phase 3 ----
struct Allocation {
  Date decided_on;
  Destination destination = Destination::other;
  std::string note;
  std::optional<Author> author;

  friend bool operator==(const Allocation&, const Allocation&) = default;
};

struct HandoverNote {
  std::int64_t id = 0;
  Date date;
  std::string recipient;
  std::string text;
  std::optional<Author> author;
  std::vector<NoteCorrection> corrections = {};

  friend bool operator==(const HandoverNote&, const HandoverNote&) = default;
};

// ---- follow-up ----
struct FollowUpContact {
  std::int64_t id = 0;
  Date date;
  std::string note;
  bool declined_by_citizen = false;  // offered, but the citizen said no
  std::optional<Author> author;

  friend bool operator==(const FollowUpContact&, const FollowUpContact&) = default;
};

// ---- deadlines ----
enum class TaskKind { key_worker, plan, status_review, reassessment, follow_up };

template <>
struct EnumCodes<TaskKind> {
  static constexpr std::array<EnumText<TaskKind>, 5> table{{
      {TaskKind::key_worker, "key_worker", "Udpeg tovholder"},
      {TaskKind::plan, "plan", "Lav borgerens plan"},
      {TaskKind::status_review, "status_review", "Statusopfølgning"},
      {TaskKind::reassessment, "reassessment", "Revurdering af opholdet"},
      {TaskKind::follow_up, "follow_up", "Opfølgning efter fraflytning"},
  }};
};

struct Task {
  std::int64_t id = 0;
  TaskKind kind = TaskKind::key_worker;
  Date created_on;
  Date due_on;
  std::optional<Date> completed_on;
  std::optional<Date> cancelled_on;  // no longer relevant (e.g. moved out)
  std::string note;

  friend bool operator==(const Task&, const Task&) = default;
};

// ---- the place ----
// A place given ahead of the citizen next in line (UnitBoard::next_in_line):
// why, and who decided. Kept so the choice can be explained afterwards.
struct PlaceAheadOfTurn {
  Date decided_on;
  std::string reason;
  std::optional<Author> author;

  friend bool operator==(const PlaceAheadOfTurn&, const PlaceAheadOfTurn&) = default;
};

// ---- who changed what ----
// The parts of a course that are edited in place (rather than added to). Each
// remembers the write that changed it last, so an edit conflicts only with a
// colleague's edit of the same part, not with notes, tasks or admissions
// added meanwhile (core/course_edit_conflict.hpp).
enum class CourseSection {
  key_worker,
  key_dates,
  stay,
  plan,
  crisis_plan,
  actors,
  vum,
  substance_use,
  allocation
};

template <>
struct EnumCodes<CourseSection> {
  static constexpr std::array<EnumText<CourseSection>, 9> table{{
      {CourseSection::key_worker, "key_worker", "Tovholderen"},
      {CourseSection::key_dates, "key_dates", "Færdigmeldings- og indflytningsdatoen"},
      {CourseSection::stay, "stay", "Opholdet"},
      {CourseSection::plan, "plan", "Borgerens plan"},
      {CourseSection::crisis_plan, "crisis_plan", "Kriseplanen"},
      {CourseSection::actors, "actors", "Aktørerne"},
      {CourseSection::vum, "vum", "VUM-udredningen"},
      {CourseSection::substance_use, "substance_use", "Tilgangen til rusmidler"},
      {CourseSection::allocation, "allocation", "Visitationen"},
  }};
};

struct SectionChange {
  CourseSection section = CourseSection::plan;
  std::int64_t course_version = 0;  // the course version the change wrote
  std::optional<Author> author;
  Date changed_on;

  friend bool operator==(const SectionChange&, const SectionChange&) = default;
};

struct Course {
  std::int64_t id = 0;
  std::int64_t version = 0;
  // Denormalised keys for the store.
  std::int64_t unit_id = 0;
  std::int64_t citizen_id = 0;
  std::int64_t referral_id = 0;
  CourseState state = CourseState::phase_1;
  // Accepted without a free place; cleared when move-in is planned or happens.
  bool waiting_list = false;
  Date accepted_on;

  // phase 1
  std::optional<KeyWorker> key_worker;
  std::vector<TransitionEvent> transition_events;
  std::vector<DischargeAgreement> discharge_agreements;
  std::optional<Date> ready_for_discharge_on;
  std::optional<Date> planned_move_in_on;
  std::optional<PlaceAheadOfTurn> ahead_of_turn;

  // the stay
  std::optional<std::int64_t> place_id;
  std::optional<PlaceKind> place_kind;
  std::optional<Date> moved_in_on;
  std::optional<Date> planned_end_on;
  Plan plan;
  std::vector<StatusNote> status_notes;
  VumAssessment vum;
  std::vector<Actor> actors;
  std::string substance_use_approach;
  CrisisPlan crisis_plan;
  std::vector<AdmissionPause> admission_pauses;
  std::vector<Extension> extensions;

  // phase 3 and after
  std::optional<Allocation> allocation;
  std::vector<HandoverNote> handover_notes;
  std::optional<Date> moved_out_on;
  std::vector<FollowUpContact> follow_up_contacts;
  std::optional<Date> closed_on;
  std::optional<Date> cancelled_on;
  std::string cancel_reason;

  std::vector<Task> tasks;
  std::int64_t next_local_id = 1;
  // The last change of each section edited since sections were kept.
  std::vector<SectionChange> section_changes;

  friend bool operator==(const Course&, const Course&) = default;
};

bool is_paused(const Course& course);
std::optional<Destination> destination(const Course& course);

// What a referral's view shows of the course it led to.
struct CourseSummary {
  std::int64_t id = 0;
  CourseState state = CourseState::phase_1;
  std::optional<Date> moved_in_on, moved_out_on;
};

}  // namespace afk
