// The course aggregate and its sub-records.
#pragma once

#include "core/course.hpp"
#include "json/fields.hpp"

namespace afk::json {

AFK_FIELDS(KeyWorker, "KeyWorker", field("name", &T::name), field("contact", &T::contact),
           field("appointed_on", &T::appointed_on))

// Who wrote an entry; entries from before authors were kept have none.
inline constexpr std::string_view author_text = "Who wrote it, as they were then; null on older entries";

AFK_FIELDS(Author, "Author", field("name", &T::name), field("role", &T::role, "The author's role then"))

AFK_FIELDS(TransitionEvent, "TransitionEvent", field("id", &T::id), field("kind", &T::kind),
           field("date", &T::date), field("note", &T::note), field("author", &T::author, author_text))

AFK_FIELDS(DischargeAgreement, "DischargeAgreement", field("id", &T::id), field("kind", &T::kind),
           field("date", &T::date), field("parties", &T::parties))

AFK_FIELDS(Goal, "Goal", field("id", &T::id), field("version", &T::version), field("text", &T::text),
           field("status", &T::status))

AFK_FIELDS(Plan, "Plan", field("version", &T::version, "0 until first saved"), field("hopes", &T::hopes),
           field("wishes", &T::wishes), field("goals_in_own_words", &T::goals_in_own_words),
           field("goals", &T::goals), field("saved_on", &T::saved_on))

AFK_FIELDS(NoteCorrection, "NoteCorrection", field("replaced_text", &T::replaced_text),
           field("corrected_on", &T::corrected_on), field("corrected_by", &T::corrected_by, author_text))

inline constexpr std::string_view corrections_text =
    "The texts this note replaced, oldest first; never deleted";

AFK_FIELDS(StatusNote, "StatusNote", field("id", &T::id), field("date", &T::date), field("text", &T::text),
           field("author", &T::author, author_text),
           omissible("corrections", &T::corrections, corrections_text))

AFK_FIELDS(VumAssessment, "VumAssessment", field("started_on", &T::started_on),
           field("completed_on", &T::completed_on))

AFK_FIELDS(ActorFields, "ActorFields", field("kind", &T::kind), field("name", &T::name),
           omissible("role", &T::role), omissible("contact", &T::contact),
           field("consent_to_share", &T::consent_to_share), omissible("is_coordinator", &T::is_coordinator))

AFK_FIELDS(Actor, "Actor", field("id", &T::id), field("version", &T::version), flatten_base<ActorFields, T>())

AFK_FIELDS(CrisisPlan, "CrisisPlan", field("version", &T::version, "0 until first saved"),
           field("warning_signs", &T::warning_signs), field("what_to_do", &T::what_to_do),
           field("who_to_call", &T::who_to_call), field("medication_responsible", &T::medication_responsible),
           field("on_readmission", &T::on_readmission), field("saved_on", &T::saved_on))

AFK_FIELDS(AdmissionPause, "AdmissionPause", field("id", &T::id), field("admitted_on", &T::admitted_on),
           field("resumed_on", &T::resumed_on), field("note", &T::note))

AFK_FIELDS(Extension, "Extension", field("id", &T::id), field("decided_on", &T::decided_on),
           field("previous_planned_end_on", &T::previous_planned_end_on),
           field("new_planned_end_on", &T::new_planned_end_on), field("reason", &T::reason),
           field("author", &T::author, author_text))

AFK_FIELDS(Allocation, "Allocation", field("decided_on", &T::decided_on),
           field("destination", &T::destination), field("note", &T::note),
           field("author", &T::author, author_text))

AFK_FIELDS(HandoverNote, "HandoverNote", field("id", &T::id), field("date", &T::date),
           field("recipient", &T::recipient), field("text", &T::text),
           field("author", &T::author, author_text),
           omissible("corrections", &T::corrections, corrections_text))

AFK_FIELDS(FollowUpContact, "FollowUpContact", field("id", &T::id), field("date", &T::date),
           field("note", &T::note), field("declined_by_citizen", &T::declined_by_citizen),
           field("author", &T::author, author_text))

AFK_FIELDS(Task, "Task", field("id", &T::id), field("kind", &T::kind), field("created_on", &T::created_on),
           field("due_on", &T::due_on), field("completed_on", &T::completed_on),
           field("cancelled_on", &T::cancelled_on, "No longer relevant (e.g. moved out)"),
           field("note", &T::note))

AFK_FIELDS(PlaceAheadOfTurn, "PlaceAheadOfTurn", field("decided_on", &T::decided_on),
           field("reason", &T::reason), field("author", &T::author, author_text))

AFK_FIELDS(SectionChange, "SectionChange", field("section", &T::section),
           field("course_version", &T::course_version, "The course version this change wrote"),
           field("author", &T::author, author_text), field("changed_on", &T::changed_on))

AFK_FIELDS(
    Course, "Course", field("id", &T::id), field("version", &T::version), field("unit_id", &T::unit_id),
    field("citizen_id", &T::citizen_id), field("referral_id", &T::referral_id), field("state", &T::state),
    field("waiting_list", &T::waiting_list, "Accepted without a free place"),
    field("accepted_on", &T::accepted_on), field("key_worker", &T::key_worker),
    field("transition_events", &T::transition_events),
    field("discharge_agreements", &T::discharge_agreements),
    field("ready_for_discharge_on", &T::ready_for_discharge_on),
    field("planned_move_in_on", &T::planned_move_in_on),
    field("ahead_of_turn", &T::ahead_of_turn, "A place given before the citizen next in line, and why"),
    field("place_id", &T::place_id), field("place_kind", &T::place_kind),
    field("moved_in_on", &T::moved_in_on), field("planned_end_on", &T::planned_end_on),
    field("plan", &T::plan), field("status_notes", &T::status_notes), field("vum", &T::vum),
    field("actors", &T::actors), field("substance_use_approach", &T::substance_use_approach),
    field("crisis_plan", &T::crisis_plan), field("admission_pauses", &T::admission_pauses),
    field("extensions", &T::extensions), field("allocation", &T::allocation),
    field("handover_notes", &T::handover_notes), field("moved_out_on", &T::moved_out_on),
    field("follow_up_contacts", &T::follow_up_contacts), field("closed_on", &T::closed_on),
    field("cancelled_on", &T::cancelled_on), field("cancel_reason", &T::cancel_reason),
    field("tasks", &T::tasks), field("next_local_id", &T::next_local_id, "The id the next sub-record gets"),
    omissible("section_changes", &T::section_changes,
              "Who last edited each part in place; an edit conflicts only with a later edit of its part"))

}  // namespace afk::json
