// The rows of the pseudonymised evaluation dataset, one struct per dataset.
// Their columns are declared once, in json/records/evaluation_records.hpp:
// that list writes the export, reads the import, names the stored columns and
// writes the codebook. No names, no CPR, no free text: `person` is a keyed
// pseudonym, ages are 5-year bands, keys are local to the source.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/numbers/instrument.hpp"

namespace afk::numbers {

struct EvaluationCourseRow {
  std::string source;
  std::string referral_key;
  std::optional<std::string> course_key;
  std::string person;
  std::optional<std::string> age_band;
  std::string municipality_code;
  std::string unit_key;
  Date referral_date;
  std::string decision;
  std::optional<Date> decision_date;
  std::optional<Date> move_in;
  std::optional<Date> move_out;
  std::optional<std::string> destination;
  std::optional<std::string> index_admission_key;
};

struct EvaluationAdmissionRow {
  std::string source;
  std::string admission_key;
  std::string person;
  Date admitted;
  std::optional<Date> ready_for_discharge;
  std::optional<Date> discharged;
};

// A temporary closure of a place, both days included; open-ended without `last`.
struct ClosureSpan {
  Date first;
  std::optional<Date> last;
};

struct EvaluationPlaceRow {
  std::string source;
  std::string place_key;
  std::string unit_key;
  std::string unit_name;
  std::string kind;  // regular or guest_bed
  Date opened;
  std::optional<Date> closed;
  std::vector<ClosureSpan> closures;
};

struct EvaluationResponseRow {
  std::string source;
  std::string response_key;
  std::string course_key;
  std::string person;
  std::string instrument_code;
  std::string time_point;
  Date answered_on;
  std::vector<ItemAnswer> answers;  // item codes and numbers only, never a note
};

}  // namespace afk::numbers
