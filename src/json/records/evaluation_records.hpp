// The evaluation dataset's columns (core/numbers/evaluation_rows.hpp), one
// line each: key, meaning and — where the type does not say it — the allowed
// values. The export writes these lines, the import reads them strictly, the
// store names its columns after them and the codebook is printed from them.
#pragma once

#include <string_view>

#include "core/numbers/evaluation_rows.hpp"
#include "json/fields.hpp"

namespace afk::json {

// A closure is written as the pair [first, last or null].
template <>
struct FreeFormSchema<numbers::ClosureSpan> {
  static constexpr std::string_view schema =
      R"({"type": "array", "minItems": 2, "maxItems": 2, "description": "[first day, last day or null]",
          "items": {"type": "string", "format": "date", "nullable": true}})";
};

inline constexpr std::string_view source_meaning = "Id of the exporting installation";
inline constexpr std::string_view source_allowed = "12+ hex characters";
inline constexpr std::string_view person_meaning = "Keyed pseudonym of the citizen (HMAC of the CPR number)";
inline constexpr std::string_view person_allowed = "64 hex characters";

AFK_FIELDS(numbers::EvaluationCourseRow, "EvaluationCourseRow",
           field("source", &T::source, source_meaning, source_allowed),
           field("referral_key", &T::referral_key, "The referral, unique within source", "digits"),
           field("course_key", &T::course_key,
                 "The course after the referral; empty when none (declined, withdrawn, pending)", "digits"),
           field("person", &T::person, person_meaning, person_allowed),
           field("age_band", &T::age_band, "Age at referral in 5-year bands", "15-19, 20-24, …, 75-79, 80+"),
           field("municipality_code", &T::municipality_code, "The citizen's (acting) municipality",
                 "four-digit kommunekode"),
           field("unit_key", &T::unit_key, "The unit that received the referral: source:unit id",
                 "source:digits"),
           field("referral_date", &T::referral_date, "Day the referral was received"),
           field("decision", &T::decision, "Outcome of the joint assessment",
                 "pending, accepted, declined, withdrawn, waiting_list"),
           field("decision_date", &T::decision_date, "Day of the decision"),
           field("move_in", &T::move_in, "Move-in (indflytning)"),
           field("move_out", &T::move_out, "Move-out (fraflytning); empty = the stay is open"),
           field("destination", &T::destination, "Where the citizen went (allocation)",
                 "own_home_without_support, own_home_with_support, temporary_housing, long_term_housing, "
                 "shelter, family, other, readmitted, deceased"),
           field("index_admission_key", &T::index_admission_key,
                 "The admission the referral was made from (admissions.admission_key)"))

AFK_FIELDS(numbers::EvaluationAdmissionRow, "EvaluationAdmissionRow",
           field("source", &T::source, source_meaning, source_allowed),
           field("admission_key", &T::admission_key, "The admission, unique within source",
                 "citizen.admission digits"),
           field("person", &T::person, person_meaning, person_allowed),
           field("admitted", &T::admitted, "First day of the psychiatric admission"),
           field("ready_for_discharge", &T::ready_for_discharge, "Færdigmeldt"),
           field("discharged", &T::discharged, "Discharge; empty = still admitted"))

AFK_FIELDS(numbers::EvaluationPlaceRow, "EvaluationPlaceRow",
           field("source", &T::source, source_meaning, source_allowed),
           field("place_key", &T::place_key, "The place, unique within source", "unit.place digits"),
           field("unit_key", &T::unit_key, "The unit: source:unit id", "source:digits"),
           field("unit_name", &T::unit_name, "Name of the unit (an organisation, not a person)"),
           field("kind", &T::kind, "Kind of place", "regular, guest_bed"),
           field("opened", &T::opened, "First day counted as available (the unit's first referral)"),
           field("closed", &T::closed,
                 "First day the place was out of use for good (retired); empty = in use"),
           field("closures", &T::closures, "Temporary closures, both days included",
                 "[[first, last or null], …]"))

AFK_FIELDS(numbers::EvaluationResponseRow, "EvaluationResponseRow",
           field("source", &T::source, source_meaning, source_allowed),
           field("response_key", &T::response_key, "The response, unique within source", "digits"),
           field("course_key", &T::course_key, "The course (courses.course_key)", "digits"),
           field("person", &T::person, person_meaning, person_allowed),
           field("instrument_code", &T::instrument_code, "The questionnaire",
                 "who5, brief_inspire, or a unit's own code"),
           field("time_point", &T::time_point, "When it was answered in the course",
                 "move_in, move_out, follow_up, monthly"),
           field("answered_on", &T::answered_on, "Day answered"),
           field("answers", &T::answers, "Item answers only, no free text",
                 "[{item_code, value (number or null)}, …]"))

}  // namespace afk::json
