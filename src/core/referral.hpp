// A referral (henvisning) from a psychiatric ward to a unit, and its joint
// assessment (fælles vurdering): accepted, declined, withdrawn or waiting list.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/citizen.hpp"
#include "core/consent.hpp"
#include "core/date.hpp"
#include "core/enum_codes.hpp"
#include "core/organisation.hpp"
#include "core/result.hpp"
#include "core/unit.hpp"

namespace afk {

// The two support situations of the model's target group.
enum class SupportSituation { none_needs_support, has_support_needs_more };

template <>
struct EnumCodes<SupportSituation> {
  static constexpr std::array<EnumText<SupportSituation>, 2> table{{
      {SupportSituation::none_needs_support, "none_needs_support",
       "Ingen social støtte, men behov for støtte"},
      {SupportSituation::has_support_needs_more, "has_support_needs_more",
       "Har social støtte, men behov for mere"},
  }};
};

enum class SubstanceUse { none, previous, active, unknown };

template <>
struct EnumCodes<SubstanceUse> {
  static constexpr std::array<EnumText<SubstanceUse>, 4> table{{
      {SubstanceUse::none, "none", "Ingen brug af rusmidler"},
      {SubstanceUse::previous, "previous", "Tidligere brug af rusmidler"},
      {SubstanceUse::active, "active", "Aktuel brug af rusmidler"},
      {SubstanceUse::unknown, "unknown", "Ukendt"},
  }};
};

enum class ReferralState { submitted, accepted, declined, withdrawn, waiting_list };

template <>
struct EnumCodes<ReferralState> {
  static constexpr std::array<EnumText<ReferralState>, 5> table{{
      {ReferralState::submitted, "submitted", "Modtaget – afventer fælles vurdering"},
      {ReferralState::accepted, "accepted", "Optaget"},
      {ReferralState::declined, "declined", "Afvist"},
      {ReferralState::withdrawn, "withdrawn", "Trukket tilbage"},
      {ReferralState::waiting_list, "waiting_list", "Venteliste"},
  }};
};

struct ExclusionAnswer {
  std::int64_t criterion_id = 0;
  bool answer = false;  // true = the criterion applies, the citizen is excluded

  friend bool operator==(const ExclusionAnswer&, const ExclusionAnswer&) = default;
};

// What the ward sends: entered once in the referral, kept as sent in the
// Referral (its base), so the two cannot drift.
struct ReferralContent {
  std::int64_t unit_id = 0;
  std::int64_t citizen_id = 0;
  std::int64_t ward_id = 0;
  Date referred_on;
  std::string reason;
  SupportSituation support_situation = SupportSituation::none_needs_support;
  std::optional<Date> expected_ready_for_discharge_on;
  SubstanceUse substance_use = SubstanceUse::unknown;
  std::string substance_use_note;
  std::string risk_history;
  bool consent_to_share_with_unit = false;
  std::vector<ExclusionAnswer> exclusion_answers;

  friend bool operator==(const ReferralContent&, const ReferralContent&) = default;
};

struct Referral : ReferralContent {
  std::int64_t id = 0;
  std::int64_t version = 0;
  ReferralState state = ReferralState::submitted;
  std::optional<Date> decided_on;
  std::string decision_note;  // the reason when declined or withdrawn
  // Whether the unit shared its note with the ward; ward staff see it only then.
  bool note_shared_with_ward = false;
  // Withdrawn because the citizen does not want a stay (recorded by the unit), not by the ward.
  bool withdrawn_by_citizen = false;

  friend bool operator==(const Referral&, const Referral&) = default;
};

struct SubmitReferral : ReferralContent {
  // How the consent was given; it is recorded as a consent record (core/consent).
  ConsentForm consent_form = ConsentForm::oral;
  // The citizen also lets the ward follow the course that comes of the referral.
  bool consent_to_share_back_with_ward = false;
};

// Creates a referral in state `submitted`. Refuses input errors (bad_input:
// `reason_required`, `date_in_future`, `unknown_exclusion_criterion`,
// `exclusion_answer_missing`, `duplicate_exclusion_answer`), a citizen without
// CPR at a unit that does not allow anonymous stays (rule_violated
// `cpr_required`) and anyone outside the model's target group (rule_violated,
// see eligibility.hpp). Exclusion answers are stored here and judged at the
// joint assessment.
Result<Referral> submit_referral(const SubmitReferral& command, const Citizen& citizen, const Ward& ward,
                                 const Unit& unit, Date today);

}  // namespace afk
