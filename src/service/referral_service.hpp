// Referrals from the wards and the joint assessment: the ward submits and
// withdraws, the unit decides (an acceptance opens the course in the same
// transaction), and each reads what the policy allows.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/citizen.hpp"
#include "core/consent.hpp"
#include "core/referral.hpp"
#include "core/referral_decision.hpp"
#include "core/result.hpp"
#include "service/invocation.hpp"

namespace afk::service {

// A referral as the caller may see it (core/consent_view), with what its view needs.
struct ReferralRead {
  Referral referral;
  Citizen citizen;
  CitizenConsents consents;
  // None when there is no course or its outcome is withheld from the caller.
  std::optional<CourseSummary> course;
  bool outcome_withheld = false;
  // Without the citizen's consent to share the referral: only what plans a
  // place, and not the citizen's name.
  bool limited = false;
  // The referral commands the state allows and the caller may run.
  std::vector<std::string> legal_commands;
};

// The ward's referral of `command.citizen_id`, with the consents the ward recorded.
Result<ReferralRead> submit_referral(Invocation& call, const SubmitReferral& command);
// The caller's referrals (the ward's, the unit's, the authority's citizens'),
// optionally in one state, each decided by the policy.
Result<std::vector<ReferralRead>> list_referrals(Invocation& call, const std::optional<std::string>& state);
// `limited`: the policy's decision on the route's record.
Result<ReferralRead> read_referral(Invocation& call, std::int64_t referral_id, bool limited);

struct ReferralDecided {
  ReferralDecision decision;
  ReferralRead read;
};
// Runs a referral command (withdraw, accept, wait-list, reject, …) with its
// JSON payload on the referral the caller read at `expected_version`.
Result<ReferralDecided> decide_referral(Invocation& call, std::int64_t referral_id,
                                        const std::string& command, std::int64_t expected_version,
                                        const nlohmann::json& payload, bool limited);

}  // namespace afk::service
