// JSON for the aggregates: `to_json` writes every field (storage and API
// output; dates "YYYY-MM-DD", enums as their snake_case codes, absent
// optionals as null); `parse_*` is strict: wrong type, missing required field,
// unknown field, impossible date or unknown enum code → ErrorKind::bad_input
// with `field` naming the JSON path (e.g. "plan.goals[2].status").
#pragma once

#include <nlohmann/json.hpp>

#include "core/citizen.hpp"
#include "core/citizen_search.hpp"
#include "core/cooperation_agreement.hpp"
#include "core/course.hpp"
#include "core/medcom/care_communication.hpp"
#include "core/numbers/questionnaire_due.hpp"
#include "core/organisation.hpp"
#include "core/referral.hpp"
#include "core/referral_decision.hpp"
#include "core/result.hpp"
#include "core/unit.hpp"
#include "json/records/api_views.hpp"
#include "json/records/report_records.hpp"

namespace afk::json {

using Json = nlohmann::json;

Json to_json(const Municipality& municipality);
Json to_json(const Region& region);
Json to_json(const Ward& ward);
Json to_json(const Unit& unit);
Json to_json(const Citizen& citizen);
Json to_json(const CitizenSearchResult& result);
Json to_json(const Referral& referral);
Json to_json(const Course& course);
Json to_json(const CooperationAgreement& agreement);
Json to_json(const medcom::Letter& letter);
// {"referral": …, "course": … | null, "warnings": [{"code", "message"}]}
Json to_json(const ReferralDecision& decision);
// The API's views (json/records/api_views.hpp).
Json to_json(const CourseView& view);
Json to_json(const ReferralView& view);
Json to_json(const ReferralDecisionView& view);
Json to_json(const AgreementView& view);
Json to_json(const CitizenView& view);
Json to_json(const numbers::InstrumentDue& due);
Json to_json(const FigureView& view);
Json to_json(const AccessLogView& view);
Json to_json(const QuestionnaireChangeView& view);
// {"error": {"code", "message", "field"}} as the API answers.
Json error_to_json(const Error& error);

Result<Municipality> parse_municipality(const Json& json);
Result<Region> parse_region(const Json& json);
Result<Ward> parse_ward(const Json& json);
Result<Unit> parse_unit(const Json& json);
Result<Citizen> parse_citizen(const Json& json);
Result<Referral> parse_referral(const Json& json);
Result<Course> parse_course(const Json& json);
Result<CooperationAgreement> parse_cooperation_agreement(const Json& json);
Result<medcom::Letter> parse_letter(const Json& json);

}  // namespace afk::json
