// Færdigbehandlingsdage: days from ready-for-discharge to discharge
// (numbers.md "Flow"). Open admissions count up to today and are marked
// ongoing; without a ready date the figure is not defined.
#pragma once

#include <optional>
#include <span>

#include "core/numbers/flow_facts.hpp"

namespace afk::numbers {

enum class AwaitingStatus {
  complete,                // discharged: days = discharge - ready
  ongoing,                 // still admitted: days = today - ready
  no_ready_date,           // færdigmeldt not registered: not defined
  ready_in_future,         // ready date after today (a planned date): not defined yet
  discharge_before_ready,  // inconsistent dates: not defined, shown as a data error
};

struct DaysAwaitingDischarge {
  AwaitingStatus status = AwaitingStatus::no_ready_date;
  std::optional<int> days;  // set for complete and ongoing only
};

DaysAwaitingDischarge days_awaiting_discharge(const AdmissionFacts& admission, Date today);

// The course's figure: that of its index admission. Not defined (status
// no_ready_date, days nullopt) when the course has no index admission or it is
// not among `admissions`.
DaysAwaitingDischarge days_awaiting_discharge(const CourseFacts& course,
                                              std::span<const AdmissionFacts> admissions, Date today);

struct DaysAwaitingDischargeTotal {
  int total_days = 0;               // sum over admissions with a defined figure (complete + ongoing)
  int with_days = 0;                // admissions contributing to total_days
  int ongoing = 0;                  // of those, still admitted (their days keep growing)
  int not_defined = 0;              // missing/future ready date or inconsistent dates
  std::optional<double> mean_days;  // total_days / with_days; nullopt when with_days == 0
};

// Running totals, for reports that build every group in one pass: add one
// figure at a time, then finish sets the mean.
void add(DaysAwaitingDischargeTotal& total, const DaysAwaitingDischarge& one);
void finish(DaysAwaitingDischargeTotal& total);

DaysAwaitingDischargeTotal total_days_awaiting_discharge(std::span<const AdmissionFacts> admissions,
                                                         Date today);

// Totals over the index admissions of the given courses (one per course).
DaysAwaitingDischargeTotal total_days_awaiting_discharge(std::span<const CourseFacts> courses,
                                                         std::span<const AdmissionFacts> admissions,
                                                         Date today);

// The admission with `admission_id`, or nullptr.
const AdmissionFacts* find_admission(std::span<const AdmissionFacts> admissions,
                                     const std::string& admission_id);

}  // namespace afk::numbers
