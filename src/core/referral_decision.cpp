#include "core/referral_decision.hpp"

#include "core/course_tasks.hpp"
#include "core/eligibility.hpp"
#include "core/text_checks.hpp"

namespace afk {

namespace {
Status check_undecided(const Referral& referral) {
  if (referral.state == ReferralState::submitted) return ok_status();
  return make_error(ErrorKind::illegal_state, "referral_already_decided",
                    "Henvisningen er allerede afgjort (" + std::string(label_da(referral.state)) + ").");
}

Status check_decision_date(const Referral& referral, Date decided_on, Date today) {
  if (auto checked = require_not_future(decided_on, today, "decided_on"); !checked) return checked;
  return require_not_before(decided_on, referral.referred_on, "decided_on", "henvisningsdatoen");
}

Result<ReferralDecision> admit(const Referral& referral, Date decided_on, const std::string& note,
                               bool share_note, bool waiting_list, const ReferralContext& context) {
  AFK_CHECK(check_undecided(referral));
  AFK_CHECK(check_decision_date(referral, decided_on, context.today));
  AFK_CHECK(check_eligibility(eligibility_issues(referral, context.citizen, context.ward, context.unit)));

  ReferralDecision decision;
  if (!context.has_active_agreement) {
    if (context.unit.agreement_policy == AgreementPolicy::block)
      return make_error(
          ErrorKind::rule_violated, "no_active_agreement",
          "Tilbuddet har ingen gældende samarbejdsaftale med regionen og kan derfor ikke optage "
          "borgere.");
    decision.warnings.push_back(
        {"no_active_agreement", "Bemærk: Tilbuddet har ingen gældende samarbejdsaftale med regionen."});
  }
  decision.referral = referral;
  decision.referral.state = waiting_list ? ReferralState::waiting_list : ReferralState::accepted;
  decision.referral.decided_on = decided_on;
  decision.referral.decision_note = note;
  decision.referral.note_shared_with_ward = share_note;
  decision.course =
      open_course(decision.referral, decided_on, waiting_list, context.unit.deadline_rules, context.calendar);
  // Færdigmeldt on the admission is the fact; the referral's date was expected.
  if (const HospitalAdmission* index = index_admission(context.citizen, referral.referred_on);
      index && index->ready_for_discharge_on)
    decision.course->ready_for_discharge_on = index->ready_for_discharge_on;
  return decision;
}
}  // namespace

Result<ReferralDecision> accept_referral(const Referral& referral, const AcceptReferral& command,
                                         const ReferralContext& context) {
  return admit(referral, command.decided_on, command.note, command.share_note_with_ward, false, context);
}

Result<ReferralDecision> waitlist_referral(const Referral& referral, const WaitlistReferral& command,
                                           const ReferralContext& context) {
  return admit(referral, command.decided_on, command.note, command.share_note_with_ward, true, context);
}

std::optional<Referral> referral_following_course(const Referral& referral, const Course& course) {
  if (referral.state != ReferralState::waiting_list || course.waiting_list || course.cancelled_on)
    return std::nullopt;
  Referral followed = referral;
  followed.state = ReferralState::accepted;
  return followed;
}

Result<ReferralDecision> decline_referral(const Referral& referral, const DeclineReferral& command,
                                          const ReferralContext& context) {
  AFK_CHECK(check_undecided(referral));
  AFK_CHECK(check_decision_date(referral, command.decided_on, context.today));
  if (is_blank(command.reason))
    return make_error(ErrorKind::rule_violated, "reason_required", "Skriv en begrundelse for afvisningen.",
                      "reason");
  ReferralDecision decision;
  decision.referral = referral;
  decision.referral.state = ReferralState::declined;
  decision.referral.decided_on = command.decided_on;
  decision.referral.decision_note = command.reason;
  decision.referral.note_shared_with_ward = command.share_note_with_ward;
  return decision;
}

Result<ReferralDecision> withdraw_referral(const Referral& referral, const WithdrawReferral& command,
                                           const ReferralContext& context) {
  AFK_CHECK(check_undecided(referral));
  AFK_CHECK(check_decision_date(referral, command.decided_on, context.today));
  ReferralDecision decision;
  decision.referral = referral;
  decision.referral.state = ReferralState::withdrawn;
  decision.referral.decided_on = command.decided_on;
  decision.referral.decision_note = command.reason;
  return decision;
}

Result<ReferralDecision> citizen_declines_stay(const Referral& referral, const CitizenDeclinesStay& command,
                                               const ReferralContext& context) {
  // A withdrawal, told apart: at the citizen's wish, with the unit's note (shared only when ticked).
  AFK_TRY(decision, withdraw_referral(referral, {command.decided_on, command.note}, context));
  decision->referral.withdrawn_by_citizen = true;
  decision->referral.note_shared_with_ward = command.share_note_with_ward;
  return decision;
}

std::vector<std::string> legal_referral_commands(const Referral& referral) {
  std::vector<std::string> names;
  if (referral.state != ReferralState::submitted) return names;
  for (const auto& info : referral_command_infos) names.emplace_back(info.name);
  return names;
}

}  // namespace afk
