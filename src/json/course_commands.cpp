#include "json/course_commands.hpp"

#include <array>

#include "json/codec.hpp"

namespace afk::json {

namespace {
// Parses the payload strictly, then runs the core command.
template <class Payload,
          Result<Course> (*command)(const Course&, const Payload&, const CourseCommandContext&)>
Result<Course> run(const Course& course, const Json& payload, const CourseCommandContext& context) {
  AFK_TRY(parsed, read_document<Payload>(payload));
  return command(course, parsed.value(), context);
}

template <CourseCommand command>
constexpr std::string_view name_of() {
  for (const auto& info : course_command_infos)
    if (info.command == command) return info.name;
  return {};
}
template <CourseCommand command>
constexpr std::string_view title_of() {
  for (const auto& info : course_command_infos)
    if (info.command == command) return info.title_da;
  return {};
}

template <CourseCommand command, class Payload,
          Result<Course> (*apply)(const Course&, const Payload&, const CourseCommandContext&)>
constexpr CourseCommandEntry entry() {
  return CourseCommandEntry{command, name_of<command>(), title_of<command>(), Fields<Payload>::name,
                            &run<Payload, apply>};
}

using C = CourseCommand;
constexpr std::array registry{
    entry<C::appoint_key_worker, AppointKeyWorker, appoint_key_worker>(),
    entry<C::record_ward_visit, RecordWardVisit, record_ward_visit>(),
    entry<C::record_place_visit, RecordPlaceVisit, record_place_visit>(),
    entry<C::add_discharge_agreement, AddDischargeAgreement, add_discharge_agreement>(),
    entry<C::set_ready_for_discharge, SetReadyForDischarge, set_ready_for_discharge>(),
    entry<C::plan_move_in, PlanMoveIn, plan_move_in>(),
    entry<C::move_in, MoveIn, move_in>(),
    entry<C::save_plan, SavePlan, save_plan>(),
    entry<C::add_status_note, AddStatusNote, add_status_note>(),
    entry<C::record_vum, RecordVum, record_vum>(),
    entry<C::add_actor, AddActor, add_actor>(),
    entry<C::update_actor, UpdateActor, update_actor>(),
    entry<C::save_crisis_plan, SaveCrisisPlan, save_crisis_plan>(),
    entry<C::set_substance_use_approach, SetSubstanceUseApproach, set_substance_use_approach>(),
    entry<C::pause_for_admission, PauseForAdmission, pause_for_admission>(),
    entry<C::resume_after_admission, ResumeAfterAdmission, resume_after_admission>(),
    entry<C::extend_stay, ExtendStay, extend_stay>(),
    entry<C::decide_allocation, DecideAllocation, decide_allocation>(),
    entry<C::add_handover_note, AddHandoverNote, add_handover_note>(),
    entry<C::move_out, MoveOut, move_out>(),
    entry<C::add_follow_up_contact, AddFollowUpContact, add_follow_up_contact>(),
    entry<C::close, CloseCourse, close_course>(),
    entry<C::cancel, CancelCourse, cancel_course>(),
    entry<C::complete_task, CompleteTask, complete_task>(),
    entry<C::correct_note, CorrectNote, correct_note>(),
};
static_assert(registry.size() == course_command_infos.size(), "every course command needs a registry entry");

template <class Payload,
          Result<ReferralDecision> (*decide)(const Referral&, const Payload&, const ReferralContext&)>
Result<ReferralDecision> decide_from_json(const Referral& referral, const Json& payload,
                                          const ReferralContext& context) {
  AFK_TRY(parsed, read_document<Payload>(payload));
  return decide(referral, parsed.value(), context);
}

template <class Payload,
          Result<ReferralDecision> (*decide)(const Referral&, const Payload&, const ReferralContext&)>
constexpr ReferralCommandEntry referral_entry(std::string_view name) {
  return ReferralCommandEntry{name, Fields<Payload>::name, &decide_from_json<Payload, decide>};
}

constexpr std::array referral_registry{
    referral_entry<AcceptReferral, accept_referral>("accept"),
    referral_entry<DeclineReferral, decline_referral>("decline"),
    referral_entry<WithdrawReferral, withdraw_referral>("withdraw"),
    referral_entry<WaitlistReferral, waitlist_referral>("waitlist"),
    referral_entry<CitizenDeclinesStay, citizen_declines_stay>("citizen-declines"),
};

Error unknown_command(std::string_view name) {
  return make_error(ErrorKind::not_found, "unknown_command",
                    "Handlingen \"" + std::string(name) + "\" findes ikke.");
}
}  // namespace

std::span<const CourseCommandEntry> course_command_registry() { return registry; }

const CourseCommandEntry* find_course_command(std::string_view name) {
  for (const auto& entry : registry)
    if (entry.name == name) return &entry;
  return nullptr;
}

Result<Course> apply_course_command(std::string_view name, const Course& course, const Json& payload,
                                    const CourseCommandContext& context) {
  const CourseCommandEntry* entry = find_course_command(name);
  if (!entry) return unknown_command(name);
  return entry->apply(course, payload, context);
}

std::span<const ReferralCommandEntry> referral_command_registry() { return referral_registry; }

Result<ReferralDecision> apply_referral_command(std::string_view name, const Referral& referral,
                                                const Json& payload, const ReferralContext& context) {
  for (const auto& entry : referral_registry)
    if (entry.name == name) return entry.apply(referral, payload, context);
  return unknown_command(name);
}

}  // namespace afk::json
