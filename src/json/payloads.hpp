// Strict parsing of the command payloads outside the course registry
// (citizens, referrals, units, cooperation agreements). Same rules as
// aggregates.hpp. Course and referral-decision payloads go through
// course_commands.hpp.
#pragma once

#include <nlohmann/json.hpp>

#include "core/citizen.hpp"
#include "core/consent.hpp"
#include "core/cooperation_agreement.hpp"
#include "core/medcom/care_communication.hpp"
#include "core/referral.hpp"
#include "core/result.hpp"
#include "core/unit.hpp"

namespace afk::json {

Result<RegisterCitizen> parse_register_citizen(const nlohmann::json& json);
Result<RecordAdmission> parse_record_admission(const nlohmann::json& json);
Result<SetAdmissionReadyForDischarge> parse_set_admission_ready_for_discharge(const nlohmann::json& json);
Result<RecordDischarge> parse_record_discharge(const nlohmann::json& json);
Result<SubmitReferral> parse_submit_referral(const nlohmann::json& json);
Result<AddPlace> parse_add_place(const nlohmann::json& json);
Result<ClosePlace> parse_close_place(const nlohmann::json& json);
Result<AddExclusionCriterion> parse_add_exclusion_criterion(const nlohmann::json& json);
Result<CreateCooperationAgreement> parse_create_cooperation_agreement(const nlohmann::json& json);
Result<CheckAgreementPoint> parse_check_agreement_point(const nlohmann::json& json);
Result<SetAgreementPeriod> parse_set_agreement_period(const nlohmann::json& json);
Result<RecordConsent> parse_record_consent(const nlohmann::json& json);
Result<medcom::WriteLetter> parse_write_letter(const nlohmann::json& json);

}  // namespace afk::json
