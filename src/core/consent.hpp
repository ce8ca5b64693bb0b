// Consent as records, not a flag. Per citizen and purpose (sharing the
// referral with the unit, sharing with one of the course's actors, sharing
// status and outcome back with the ward): given, refused, withdrawn, or the
// citizen cannot take a position and a legal basis is used instead (e.g.
// Retssikkerhedsloven § 12 c). The newest record of a purpose is in force;
// a withdrawal takes effect the moment it is recorded.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/enum_codes.hpp"
#include "core/result.hpp"

namespace afk {

enum class ConsentPurpose { share_with_unit, share_with_actor, share_back_with_ward };
enum class ConsentStatus { given, refused, withdrawn, cannot_take_position };
enum class ConsentForm { oral, written };

struct ConsentRecord {
  std::int64_t id = 0;
  std::int64_t citizen_id = 0;
  ConsentPurpose purpose = ConsentPurpose::share_with_unit;
  // share_with_actor: the course and the actor on it the consent concerns.
  std::optional<std::int64_t> course_id;
  std::optional<std::int64_t> actor_id;
  ConsentStatus status = ConsentStatus::given;
  std::string legal_basis;  // required for cannot_take_position
  ConsentForm form = ConsentForm::oral;
  Date recorded_on;
  std::int64_t recorded_by_user_id = 0;
  std::string recorded_by_role;

  friend bool operator==(const ConsentRecord&, const ConsentRecord&) = default;
};

// All of one citizen's consent records, oldest first (by id).
struct CitizenConsents {
  std::vector<ConsentRecord> records;
};

// The record in force for a purpose (and actor), if any.
const ConsentRecord* consent_in_force(const CitizenConsents& consents, ConsentPurpose purpose,
                                      std::optional<std::int64_t> course_id = std::nullopt,
                                      std::optional<std::int64_t> actor_id = std::nullopt);
// Whether the purpose is covered: consent given, or a legal basis recorded.
bool covers(const CitizenConsents& consents, ConsentPurpose purpose,
            std::optional<std::int64_t> course_id = std::nullopt,
            std::optional<std::int64_t> actor_id = std::nullopt);

struct RecordConsent {
  ConsentPurpose purpose = ConsentPurpose::share_with_unit;
  std::optional<std::int64_t> course_id;
  std::optional<std::int64_t> actor_id;
  ConsentStatus status = ConsentStatus::given;
  std::string legal_basis;
  ConsentForm form = ConsentForm::oral;
  std::optional<Date> recorded_on;  // defaults to today; never in the future
};
// Validates and builds the record (id 0 until stored). Errors: bad_input for
// a missing actor, a legal basis without "cannot take a position" or the reverse,
// a date in the future; rule_violated `nothing_to_withdraw`.
Result<ConsentRecord> record_consent(const CitizenConsents& current, std::int64_t citizen_id,
                                     const RecordConsent& command, std::int64_t user_id, std::string role,
                                     Date today);

template <>
struct EnumCodes<ConsentPurpose> {
  static constexpr std::array<EnumText<ConsentPurpose>, 3> table{{
      {ConsentPurpose::share_with_unit, "share_with_unit", "Deling af henvisningen med afklaringstilbuddet"},
      {ConsentPurpose::share_with_actor, "share_with_actor", "Deling med en aktør i forløbet"},
      {ConsentPurpose::share_back_with_ward, "share_back_with_ward",
       "Status og udfald tilbage til sengeafsnittet"},
  }};
};
template <>
struct EnumCodes<ConsentStatus> {
  static constexpr std::array<EnumText<ConsentStatus>, 4> table{{
      {ConsentStatus::given, "given", "Givet"},
      {ConsentStatus::refused, "refused", "Afvist"},
      {ConsentStatus::withdrawn, "withdrawn", "Trukket tilbage"},
      {ConsentStatus::cannot_take_position, "cannot_take_position",
       "Kan ikke tage stilling – retsgrundlag brugt"},
  }};
};
template <>
struct EnumCodes<ConsentForm> {
  static constexpr std::array<EnumText<ConsentForm>, 2> table{{
      {ConsentForm::oral, "oral", "Mundtligt"},
      {ConsentForm::written, "written", "Skriftligt"},
  }};
};

}  // namespace afk
