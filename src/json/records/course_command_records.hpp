// The payloads of the referral decisions and the course commands (json/course_commands.hpp),
// on the same rules as payload_records.hpp.
#pragma once

#include "core/course_commands.hpp"
#include "core/referral_decision.hpp"
#include "json/fields.hpp"
#include "json/records/course_records.hpp"

namespace afk::json {

AFK_FIELDS(AcceptReferral, "AcceptReferral", field("decided_on", &T::decided_on), omissible("note", &T::note),
           omissible("share_note_with_ward", &T::share_note_with_ward))

AFK_FIELDS(WaitlistReferral, "WaitlistReferral", field("decided_on", &T::decided_on),
           omissible("note", &T::note), omissible("share_note_with_ward", &T::share_note_with_ward))

AFK_FIELDS(DeclineReferral, "DeclineReferral", field("decided_on", &T::decided_on),
           field("reason", &T::reason), omissible("share_note_with_ward", &T::share_note_with_ward))

AFK_FIELDS(WithdrawReferral, "WithdrawReferral", field("decided_on", &T::decided_on),
           omissible("reason", &T::reason))

AFK_FIELDS(CitizenDeclinesStay, "CitizenDeclinesStay", field("decided_on", &T::decided_on),
           omissible("note", &T::note), omissible("share_note_with_ward", &T::share_note_with_ward))

AFK_FIELDS(CorrectNote, "CorrectNote", field("note", &T::note), field("note_id", &T::note_id),
           field("text", &T::text),
           field("corrections_seen", &T::corrections_seen,
                 "How many corrections the editor saw (0 at first)"))

AFK_FIELDS(AppointKeyWorker, "AppointKeyWorker", field("name", &T::name), omissible("contact", &T::contact),
           field("appointed_on", &T::appointed_on))

AFK_FIELDS(RecordWardVisit, "RecordWardVisit", field("date", &T::date), omissible("note", &T::note))

AFK_FIELDS(RecordPlaceVisit, "RecordPlaceVisit", field("date", &T::date), field("overnight", &T::overnight),
           omissible("note", &T::note))

AFK_FIELDS(AddDischargeAgreement, "AddDischargeAgreement", field("kind", &T::kind), field("date", &T::date),
           field("parties", &T::parties))

AFK_FIELDS(SetReadyForDischarge, "SetReadyForDischarge", field("date", &T::date))

inline constexpr std::string_view reason_ahead_of_turn_text =
    "Why this citizen gets a place before the one next in line; needed only then";

AFK_FIELDS(PlanMoveIn, "PlanMoveIn", field("date", &T::date),
           omissible("reason_ahead_of_turn", &T::reason_ahead_of_turn, reason_ahead_of_turn_text))

AFK_FIELDS(MoveIn, "MoveIn", field("date", &T::date),
           field("place_kind", &T::place_kind, "Ignored when place_number names the place"),
           omissible("planned_end_on", &T::planned_end_on),
           omissible("place_number", &T::place_number,
                     "A specific place; absent: the lowest free of place_kind"),
           omissible("reason_ahead_of_turn", &T::reason_ahead_of_turn, reason_ahead_of_turn_text))

AFK_FIELDS(GoalInput, "GoalInput", omissible("id", &T::id), omissible("version", &T::version),
           field("text", &T::text), field("status", &T::status))

AFK_FIELDS(SavePlan, "SavePlan", field("plan_version", &T::plan_version), field("hopes", &T::hopes),
           field("wishes", &T::wishes), field("goals_in_own_words", &T::goals_in_own_words),
           field("goals", &T::goals))

AFK_FIELDS(AddStatusNote, "AddStatusNote", field("date", &T::date), field("text", &T::text))

AFK_FIELDS(RecordVum, "RecordVum", omissible("started_on", &T::started_on),
           omissible("completed_on", &T::completed_on))

AFK_FIELDS(AddActor, "AddActor", flatten(&T::actor))

AFK_FIELDS(UpdateActor, "UpdateActor", field("actor_id", &T::actor_id), field("version", &T::version),
           flatten(&T::actor))

AFK_FIELDS(SaveCrisisPlan, "SaveCrisisPlan", field("version", &T::version),
           field("warning_signs", &T::warning_signs), field("what_to_do", &T::what_to_do),
           field("who_to_call", &T::who_to_call), field("medication_responsible", &T::medication_responsible),
           field("on_readmission", &T::on_readmission))

AFK_FIELDS(SetSubstanceUseApproach, "SetSubstanceUseApproach", field("approach", &T::approach))

AFK_FIELDS(PauseForAdmission, "PauseForAdmission", field("admitted_on", &T::admitted_on),
           omissible("note", &T::note))

AFK_FIELDS(ResumeAfterAdmission, "ResumeAfterAdmission", field("resumed_on", &T::resumed_on))

AFK_FIELDS(ExtendStay, "ExtendStay", field("decided_on", &T::decided_on),
           field("new_planned_end_on", &T::new_planned_end_on), field("reason", &T::reason))

AFK_FIELDS(DecideAllocation, "DecideAllocation", field("decided_on", &T::decided_on),
           field("destination", &T::destination), omissible("note", &T::note))

AFK_FIELDS(AddHandoverNote, "AddHandoverNote", field("date", &T::date), omissible("recipient", &T::recipient),
           field("text", &T::text))

AFK_FIELDS(MoveOut, "MoveOut", field("date", &T::date))

AFK_FIELDS(AddFollowUpContact, "AddFollowUpContact", field("date", &T::date), omissible("note", &T::note),
           omissible("declined_by_citizen", &T::declined_by_citizen))

AFK_FIELDS(CloseCourse, "CloseCourse", field("date", &T::date))

AFK_FIELDS(CancelCourse, "CancelCourse", field("date", &T::date), field("reason", &T::reason))

AFK_FIELDS(CompleteTask, "CompleteTask", field("task_id", &T::task_id),
           field("completed_on", &T::completed_on), omissible("note", &T::note))

}  // namespace afk::json
