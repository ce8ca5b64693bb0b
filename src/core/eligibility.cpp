#include "core/eligibility.hpp"

namespace afk {

std::vector<EligibilityIssue> model_eligibility_issues(const Referral& referral, const Citizen& citizen,
                                                       const Ward& ward, const Unit& unit) {
  std::vector<EligibilityIssue> issues;
  if (age_on(citizen, referral.referred_on) < 18)
    issues.push_back({"under_18", "Borgeren skal være fyldt 18 år på henvisningsdatoen.", "citizen_id"});
  if (!ward.psychiatric)
    issues.push_back({"not_psychiatric_ward",
                      "Henvisningen skal komme fra et sengeafsnit i regionspsykiatrien.", "ward_id"});
  if (is_anonymous(citizen) && !unit.allows_anonymous)
    issues.push_back({"cpr_required", "Tilbuddet tager ikke imod anonyme ophold. Angiv borgerens CPR-nummer.",
                      "citizen_id"});
  // Both support situations belong to the target group; the enum admits no third.
  return issues;
}

std::vector<EligibilityIssue> exclusion_issues(const Referral& referral, const Unit& unit) {
  std::vector<EligibilityIssue> issues;
  for (size_t i = 0; i < referral.exclusion_answers.size(); ++i) {
    const auto& answer = referral.exclusion_answers[i];
    const ExclusionCriterion* criterion = find_exclusion_criterion(unit, answer.criterion_id);
    if (answer.answer && criterion && criterion->active)
      issues.push_back({"excluded_by_criterion",
                        "Borgeren er udelukket efter tilbuddets kriterium: " + criterion->question,
                        "exclusion_answers[" + std::to_string(i) + "].answer"});
  }
  return issues;
}

std::vector<EligibilityIssue> eligibility_issues(const Referral& referral, const Citizen& citizen,
                                                 const Ward& ward, const Unit& unit) {
  auto issues = model_eligibility_issues(referral, citizen, ward, unit);
  auto excluded = exclusion_issues(referral, unit);
  issues.insert(issues.end(), excluded.begin(), excluded.end());
  return issues;
}

Status check_eligibility(const std::vector<EligibilityIssue>& issues) {
  if (issues.empty()) return ok_status();
  const auto& first = issues.front();
  return make_error(ErrorKind::rule_violated, first.code, first.message, first.field);
}

}  // namespace afk
