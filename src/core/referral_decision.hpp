// The joint assessment of a referral. Accepting or wait-listing opens the
// course (phase 1); declining needs a reason; withdrawing is the ward's
// choice. Only a `submitted` referral can be decided.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/citizen.hpp"
#include "core/course.hpp"
#include "core/organisation.hpp"
#include "core/referral.hpp"
#include "core/result.hpp"
#include "core/unit.hpp"
#include "core/working_days.hpp"

namespace afk {

struct ReferralContext {
  Date today;
  Citizen citizen;
  Ward ward;
  Unit unit;
  WorkingDayCalendar calendar;
  // Whether the unit has an active cooperation agreement with the ward's region
  // (see has_active_agreement in cooperation_agreement.hpp).
  bool has_active_agreement = false;
};

struct DecisionWarning {
  std::string code;
  std::string message;

  friend bool operator==(const DecisionWarning&, const DecisionWarning&) = default;
};

struct ReferralDecision {
  Referral referral;
  std::optional<Course> course;  // set when accepted or wait-listed; id 0 until stored
  std::vector<DecisionWarning> warnings;
};

struct AcceptReferral {
  Date decided_on;
  std::string note;
  bool share_note_with_ward = false;
};
// Errors: illegal_state `referral_already_decided`; rule_violated for
// ineligibility (eligibility.hpp) and `no_active_agreement` when the unit blocks.
Result<ReferralDecision> accept_referral(const Referral&, const AcceptReferral&, const ReferralContext&);

struct WaitlistReferral {
  Date decided_on;
  std::string note;
  bool share_note_with_ward = false;
};
// Accepted but no place yet: the course opens with `waiting_list` set.
Result<ReferralDecision> waitlist_referral(const Referral&, const WaitlistReferral&, const ReferralContext&);

struct DeclineReferral {
  Date decided_on;
  std::string reason;
  bool share_note_with_ward = false;
};
// rule_violated `reason_required` without a reason.
Result<ReferralDecision> decline_referral(const Referral&, const DeclineReferral&, const ReferralContext&);

struct WithdrawReferral {
  Date decided_on;
  std::string reason;
};
Result<ReferralDecision> withdraw_referral(const Referral&, const WithdrawReferral&, const ReferralContext&);

// The citizen does not want a stay: the unit records it in the joint
// assessment, and the referral is withdrawn at the citizen's wish.
struct CitizenDeclinesStay {
  Date decided_on;
  std::string note;
  bool share_note_with_ward = false;
};
Result<ReferralDecision> citizen_declines_stay(const Referral&, const CitizenDeclinesStay&,
                                               const ReferralContext&);

// The referral's status follows its course: wait-listed, it is accepted once
// the course leaves the waiting list (a move-in planned or made). None when
// the status already says so. The decision date stays the wait-listing's.
std::optional<Referral> referral_following_course(const Referral& referral, const Course& course);

enum class ReferralCommand { accept, decline, withdraw, waitlist, citizen_declines };

struct ReferralCommandInfo {
  ReferralCommand command;
  std::string_view name;
  std::string_view title_da;
};

inline constexpr std::array<ReferralCommandInfo, 5> referral_command_infos{{
    {ReferralCommand::accept, "accept", "Optag borgeren"},
    {ReferralCommand::decline, "decline", "Afvis henvisningen"},
    {ReferralCommand::withdraw, "withdraw", "Træk henvisningen tilbage"},
    {ReferralCommand::waitlist, "waitlist", "Optag på venteliste"},
    {ReferralCommand::citizen_declines, "citizen-declines", "Borgeren ønsker ikke et ophold"},
}};

std::vector<std::string> legal_referral_commands(const Referral& referral);

}  // namespace afk
