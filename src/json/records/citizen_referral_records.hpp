// Citizens (with hospital admissions), referrals and referral decisions.
#pragma once

#include "core/citizen.hpp"
#include "core/citizen_search.hpp"
#include "core/course.hpp"
#include "core/referral.hpp"
#include "core/referral_decision.hpp"
#include "json/fields.hpp"

namespace afk::json {

AFK_FIELDS(AdmissionStay, "AdmissionStay", field("ward_id", &T::ward_id),
           field("admitted_on", &T::admitted_on), field("ready_for_discharge_on", &T::ready_for_discharge_on),
           field("discharged_on", &T::discharged_on))

AFK_FIELDS(AdmissionLeave, "AdmissionLeave", field("started_on", &T::started_on),
           field("ended_on", &T::ended_on))

AFK_FIELDS(HospitalAdmission, "HospitalAdmission", field("id", &T::id), flatten_base<AdmissionStay, T>(),
           omissible("episode_of_care", &T::episode_of_care,
                     "The hospital's episode-of-care identifier when MedCom notified the stay"),
           omissible("notified_by", &T::notified_by, "Ids of the MedCom messages that shaped the admission"),
           omissible("leaves", &T::leaves, "Leaves of absence (not discharges)"),
           omissible("opened_by_message", &T::opened_by_message,
                     "Opened by a MedCom message rather than entered by staff"))

AFK_FIELDS(Citizen, "CitizenRecord", field("id", &T::id), field("version", &T::version),
           field("name", &T::name), field("cpr", &T::cpr, "DDMMYY-SSSS; null for an anonymous citizen"),
           field("birth_date", &T::birth_date), field("home_municipality_id", &T::home_municipality_id),
           field("admissions", &T::admissions),
           field("next_local_id", &T::next_local_id, "The id the next admission gets"),
           omissible("died_on", &T::died_on, "Told by the hospital (MedCom)"))

AFK_FIELDS(ExclusionAnswer, "ExclusionAnswer", field("criterion_id", &T::criterion_id),
           field("answer", &T::answer))

// Written once for the referral the ward sends and the Referral that keeps it.
AFK_FIELDS(ReferralContent, "ReferralContent", field("unit_id", &T::unit_id),
           field("citizen_id", &T::citizen_id), field("ward_id", &T::ward_id),
           field("referred_on", &T::referred_on), field("reason", &T::reason),
           field("support_situation", &T::support_situation),
           omissible("expected_ready_for_discharge_on", &T::expected_ready_for_discharge_on),
           field("substance_use", &T::substance_use), omissible("substance_use_note", &T::substance_use_note),
           omissible("risk_history", &T::risk_history),
           field("consent_to_share_with_unit", &T::consent_to_share_with_unit,
                 "The citizen consented to share the referral with the unit (recorded as a consent dated "
                 "referred_on)"),
           omissible("exclusion_answers", &T::exclusion_answers))

AFK_FIELDS(Referral, "Referral", field("id", &T::id), field("version", &T::version),
           flatten_base<ReferralContent, T>(), field("state", &T::state), field("decided_on", &T::decided_on),
           field("decision_note", &T::decision_note,
                 "For ward staff empty unless the unit shared it (or the ward withdrew)"),
           field("note_shared_with_ward", &T::note_shared_with_ward),
           omissible("withdrawn_by_citizen", &T::withdrawn_by_citizen,
                     "Withdrawn at the citizen's wish, recorded by the unit"))

AFK_FIELDS(DecisionWarning, "DecisionWarning", field("code", &T::code), field("message", &T::message))

AFK_FIELDS(ReferralDecision, "ReferralDecisionRecord", field("referral", &T::referral),
           field("course", &T::course), field("warnings", &T::warnings))

// A search's answer (core/citizen_search).
AFK_FIELDS(CitizenSearchReferral, "CitizenSearchReferral", field("id", &T::id), field("state", &T::state),
           field("referred_on", &T::referred_on), field("unit_id", &T::unit_id))

AFK_FIELDS(CitizenSearchCourse, "CitizenSearchCourse", field("id", &T::id), field("state", &T::state),
           field("unit_id", &T::unit_id))

AFK_FIELDS(CitizenSearchHit, "CitizenSearchHit", field("id", &T::id), field("name", &T::name),
           field("cpr", &T::cpr, "DDMMYY-SSSS; null for an anonymous citizen"),
           field("birth_date", &T::birth_date),
           field("referrals", &T::referrals, "The citizen's referrals the caller may open"),
           field("courses", &T::courses, "The citizen's courses the caller may open"))

AFK_FIELDS(CitizenSearchResult, "CitizenSearchResult", field("hits", &T::hits, "By name; at most 50"),
           field("more", &T::more, "More citizens matched than are shown: a longer query narrows the search"))

}  // namespace afk::json
