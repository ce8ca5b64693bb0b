// Command payloads outside the course registry: citizens, admissions, referrals, units,
// cooperation agreements and consents. Text that may stay empty (notes) may be left out;
// what a command cannot do without is required, so a misspelt field name is an unknown
// field rather than silently missing data.
#pragma once

#include "core/citizen.hpp"
#include "core/consent.hpp"
#include "core/cooperation_agreement.hpp"
#include "core/referral.hpp"
#include "core/unit.hpp"
#include "json/fields.hpp"
#include "json/records/citizen_referral_records.hpp"

namespace afk::json {

AFK_FIELDS(RegisterCitizen, "RegisterCitizen", field("name", &T::name),
           omissible("cpr", &T::cpr, "DDMMYY-SSSS or DDMMYYSSSS; leave out for an anonymous stay"),
           omissible("birth_date", &T::birth_date, "Required without CPR"),
           field("home_municipality_id", &T::home_municipality_id))

AFK_FIELDS(RecordConsent, "RecordConsent", field("purpose", &T::purpose), field("status", &T::status),
           field("form", &T::form),
           omissible("legal_basis", &T::legal_basis, "Required exactly when status is cannot_take_position"),
           omissible("recorded_on", &T::recorded_on), omissible("course_id", &T::course_id),
           omissible("actor_id", &T::actor_id))

AFK_FIELDS(RecordAdmission, "RecordAdmission", flatten_base<AdmissionStay, T>())

AFK_FIELDS(SetAdmissionReadyForDischarge, "SetAdmissionReadyForDischarge",
           field("admission_id", &T::admission_id),
           field("ready_for_discharge_on", &T::ready_for_discharge_on))

AFK_FIELDS(RecordDischarge, "RecordDischarge", field("admission_id", &T::admission_id),
           field("discharged_on", &T::discharged_on))

AFK_FIELDS(SubmitReferral, "SubmitReferral", flatten_base<ReferralContent, T>(),
           omissible("consent_form", &T::consent_form, "How the consent was given (default oral)"),
           omissible("consent_to_share_back_with_ward", &T::consent_to_share_back_with_ward,
                     "true records a consent (share_back_with_ward): the ward may follow the course (moved "
                     "in, moved out)"))

AFK_FIELDS(AddPlace, "AddPlace", field("number", &T::number), field("kind", &T::kind))

AFK_FIELDS(ClosePlace, "ClosePlace", field("place_id", &T::place_id), field("from", &T::from),
           omissible("to", &T::to), field("reason", &T::reason))

AFK_FIELDS(AddExclusionCriterion, "AddExclusionCriterion", field("question", &T::question))

AFK_FIELDS(CreateCooperationAgreement, "CreateCooperationAgreement", field("unit_id", &T::unit_id),
           field("region_id", &T::region_id), field("valid_from", &T::valid_from),
           omissible("valid_to", &T::valid_to))

AFK_FIELDS(CheckAgreementPoint, "CheckAgreementPoint", field("point", &T::point), field("agreed", &T::agreed),
           omissible("note", &T::note))

AFK_FIELDS(SetAgreementPeriod, "SetAgreementPeriod", field("valid_from", &T::valid_from),
           omissible("valid_to", &T::valid_to))

}  // namespace afk::json
