#include "core/referral.hpp"

#include "core/eligibility.hpp"
#include "core/text_checks.hpp"

namespace afk {

namespace {
Status check_exclusion_answers(const std::vector<ExclusionAnswer>& answers, const Unit& unit) {
  for (size_t i = 0; i < answers.size(); ++i) {
    const std::string field = "exclusion_answers[" + std::to_string(i) + "].criterion_id";
    if (!find_exclusion_criterion(unit, answers[i].criterion_id))
      return make_error(ErrorKind::bad_input, "unknown_exclusion_criterion",
                        "Tilbuddet har ikke det kriterium, der svares på.", field);
    for (size_t j = 0; j < i; ++j)
      if (answers[j].criterion_id == answers[i].criterion_id)
        return make_error(ErrorKind::bad_input, "duplicate_exclusion_answer",
                          "Samme kriterium er besvaret to gange.", field);
  }
  for (const auto& criterion : unit.exclusion_criteria) {
    if (!criterion.active) continue;
    bool answered = false;
    for (const auto& answer : answers) answered = answered || answer.criterion_id == criterion.id;
    if (!answered)
      return make_error(ErrorKind::bad_input, "exclusion_answer_missing",
                        "Besvar tilbuddets kriterium: " + criterion.question, "exclusion_answers");
  }
  return ok_status();
}
}  // namespace

Result<Referral> submit_referral(const SubmitReferral& command, const Citizen& citizen, const Ward& ward,
                                 const Unit& unit, Date today) {
  AFK_CHECK(require_text(command.reason, "reason", "Årsagen til henvisningen"));
  AFK_CHECK(require_not_future(command.referred_on, today, "referred_on"));
  AFK_CHECK(check_exclusion_answers(command.exclusion_answers, unit));

  Referral referral;
  static_cast<ReferralContent&>(referral) = command;  // kept as the ward sent it

  AFK_CHECK(check_eligibility(model_eligibility_issues(referral, citizen, ward, unit)));
  return referral;
}

}  // namespace afk
