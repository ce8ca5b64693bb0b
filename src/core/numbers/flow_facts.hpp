// The plain facts the flow figures are computed from. They deliberately know
// nothing about the course state machine: the store maps its rows to these
// structs, and every figure in numbers.md is a pure function of them plus
// "today". Keys are opaque strings so pseudonymised data works the same way.
#pragma once

#include <optional>
#include <string>

#include "core/date.hpp"
#include "core/destination.hpp"

namespace afk::numbers {

// One hospital admission of one citizen (any ward, any course).
struct AdmissionFacts {
  std::string admission_id;  // unique per admission; referenced by CourseFacts::index_admission_id
  std::string citizen_key;   // same opaque key as CourseFacts::citizen_key (CPR never needed)
  std::string ward_id;       // the ward that admitted; for grouping only
  Date admitted;             // first day of the admission
  std::optional<Date> ready_for_discharge;  // færdigmeldt; missing = not (yet) registered
  std::optional<Date> discharged;           // missing = still admitted
  // Only psychiatric admissions count as readmissions (numbers.md "Flow").
  bool psychiatric = true;
};

// Outcome of the joint assessment of the referral.
enum class Decision {
  pending,       // no decision registered yet
  accepted,      // optaget
  declined,      // afvist
  withdrawn,     // trukket tilbage
  waiting_list,  // venteliste: eligible, but no free place
};

// One referral and, when accepted, the course that followed it.
struct CourseFacts {
  std::string course_id;
  std::string citizen_key;        // opaque; links the course to the citizen's admissions
  std::string unit_id;            // the unit (afklaringstilbud) that received the referral
  std::string municipality_code;  // acting municipality (handlekommune), e.g. "0101"
  Date referral_date;             // the day the referral was received
  Decision decision = Decision::pending;
  std::optional<Date> decision_date;  // the day of the joint assessment's decision
  std::optional<Date> move_in;        // indflytning; missing = the stay has not started
  std::optional<Date> move_out;       // fraflytning; missing = the stay is open
  // Where the citizen went; only meaningful once move_out is set. Missing on a
  // closed course is reported as "unknown", never dropped.
  std::optional<Destination> destination;
  // The admission the citizen was discharged from into the place. It supplies
  // the course's færdigbehandlingsdage and is never counted as a readmission.
  std::optional<std::string> index_admission_id;
};

}  // namespace afk::numbers
