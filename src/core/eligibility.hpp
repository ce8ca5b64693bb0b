// Who the model is for (seed 000): adults (18+ on the referral date) being
// discharged from a regional psychiatric ward, with no social support but a
// need for it, or with support that must be extended; plus the unit's own
// exclusion criteria answered yes/no.
#pragma once

#include <string>
#include <vector>

#include "core/citizen.hpp"
#include "core/organisation.hpp"
#include "core/referral.hpp"
#include "core/result.hpp"
#include "core/unit.hpp"

namespace afk {

struct EligibilityIssue {
  std::string code;     // under_18, not_psychiatric_ward, excluded_by_criterion, cpr_required
  std::string message;  // Danish
  std::string field;

  friend bool operator==(const EligibilityIssue&, const EligibilityIssue&) = default;
};

// The model's own criteria (age, ward, support situation) and anonymity.
std::vector<EligibilityIssue> model_eligibility_issues(const Referral& referral, const Citizen& citizen,
                                                       const Ward& ward, const Unit& unit);
// Unit exclusion criteria answered yes (only active criteria count).
std::vector<EligibilityIssue> exclusion_issues(const Referral& referral, const Unit& unit);

// All issues together; empty means eligible.
std::vector<EligibilityIssue> eligibility_issues(const Referral& referral, const Citizen& citizen,
                                                 const Ward& ward, const Unit& unit);

// The first issue as a rule_violated error, or ok.
Status check_eligibility(const std::vector<EligibilityIssue>& issues);

}  // namespace afk
