// A unit (afklaringstilbud) owned by a municipality: its places and its
// configuration (exclusion criteria, anonymous stays, agreement policy,
// deadline rules).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/enum_codes.hpp"
#include "core/place.hpp"
#include "core/result.hpp"

namespace afk {

// What happens when a unit without an active cooperation agreement accepts a referral.
enum class AgreementPolicy { warn, block };

template <>
struct EnumCodes<AgreementPolicy> {
  static constexpr std::array<EnumText<AgreementPolicy>, 2> table{{
      {AgreementPolicy::warn, "warn", "Advar – borgeren kan optages uden aktiv samarbejdsaftale"},
      {AgreementPolicy::block, "block", "Bloker – ingen optagelse uden aktiv samarbejdsaftale"},
  }};
};

// A unit's own yes/no question; "yes" excludes the citizen (e.g. "Demens?").
struct ExclusionCriterion {
  std::int64_t id = 0;
  std::string question;
  bool active = true;

  friend bool operator==(const ExclusionCriterion&, const ExclusionCriterion&) = default;
};

// Deadlines for the tasks a course generates. A value of 0 switches the rule off.
struct DeadlineRules {
  int key_worker_working_days = 2;       // after acceptance
  int plan_working_days = 10;            // after move-in
  int status_review_interval_days = 28;  // every 4 weeks from move-in
  int reassessment_months = 3;           // after move-in
  // Follow-up contacts after a move-out to own home without support.
  std::vector<int> follow_up_months{1, 3};

  friend bool operator==(const DeadlineRules&, const DeadlineRules&) = default;
};

struct Unit {
  std::int64_t id = 0;
  std::int64_t version = 0;
  std::int64_t municipality_id = 0;
  std::string name;
  std::vector<Place> places;
  std::vector<ExclusionCriterion> exclusion_criteria;
  bool allows_anonymous = false;  // stays without CPR, as Pitstop allows
  AgreementPolicy agreement_policy = AgreementPolicy::warn;
  DeadlineRules deadline_rules;
  std::int64_t next_local_id = 1;
  // The unit's SOR code: how MedCom letters name it as sender and receiver.
  std::optional<std::string> sor_code = std::nullopt;

  friend bool operator==(const Unit&, const Unit&) = default;
};

const Place* find_place(const Unit& unit, std::int64_t place_id);
const ExclusionCriterion* find_exclusion_criterion(const Unit& unit, std::int64_t criterion_id);

// Commands on a unit. Errors: bad_input for invalid values, rule_violated
// `place_number_taken`, not_found `place_not_found`.
struct AddPlace {
  int number = 0;
  PlaceKind kind = PlaceKind::regular;
};
Result<Unit> add_place(const Unit& unit, const AddPlace& command);

struct ClosePlace {
  std::int64_t place_id = 0;
  Date from;
  std::optional<Date> to;
  std::string reason;
};
Result<Unit> close_place(const Unit& unit, const ClosePlace& command);

struct AddExclusionCriterion {
  std::string question;
};
Result<Unit> add_exclusion_criterion(const Unit& unit, const AddExclusionCriterion& command);

}  // namespace afk
