#include "core/numbers/days_awaiting_discharge.hpp"

namespace afk::numbers {

DaysAwaitingDischarge days_awaiting_discharge(const AdmissionFacts& admission, Date today) {
  if (!admission.ready_for_discharge) return {AwaitingStatus::no_ready_date, std::nullopt};
  const Date ready = *admission.ready_for_discharge;
  if (admission.discharged) {
    const int days = days_between(ready, *admission.discharged);
    if (days < 0) return {AwaitingStatus::discharge_before_ready, std::nullopt};
    return {AwaitingStatus::complete, days};
  }
  if (today < ready) return {AwaitingStatus::ready_in_future, std::nullopt};
  return {AwaitingStatus::ongoing, days_between(ready, today)};
}

const AdmissionFacts* find_admission(std::span<const AdmissionFacts> admissions,
                                     const std::string& admission_id) {
  for (const auto& admission : admissions)
    if (admission.admission_id == admission_id) return &admission;
  return nullptr;
}

DaysAwaitingDischarge days_awaiting_discharge(const CourseFacts& course,
                                              std::span<const AdmissionFacts> admissions, Date today) {
  if (!course.index_admission_id) return {AwaitingStatus::no_ready_date, std::nullopt};
  const AdmissionFacts* index = find_admission(admissions, *course.index_admission_id);
  if (!index) return {AwaitingStatus::no_ready_date, std::nullopt};
  return days_awaiting_discharge(*index, today);
}

void add(DaysAwaitingDischargeTotal& total, const DaysAwaitingDischarge& one) {
  if (!one.days) {
    ++total.not_defined;
    return;
  }
  total.total_days += *one.days;
  ++total.with_days;
  if (one.status == AwaitingStatus::ongoing) ++total.ongoing;
}

void finish(DaysAwaitingDischargeTotal& total) {
  if (total.with_days > 0) total.mean_days = static_cast<double>(total.total_days) / total.with_days;
}

DaysAwaitingDischargeTotal total_days_awaiting_discharge(std::span<const AdmissionFacts> admissions,
                                                         Date today) {
  DaysAwaitingDischargeTotal total;
  for (const auto& admission : admissions) add(total, days_awaiting_discharge(admission, today));
  finish(total);
  return total;
}

DaysAwaitingDischargeTotal total_days_awaiting_discharge(std::span<const CourseFacts> courses,
                                                         std::span<const AdmissionFacts> admissions,
                                                         Date today) {
  DaysAwaitingDischargeTotal total;
  for (const auto& course : courses) add(total, days_awaiting_discharge(course, admissions, today));
  finish(total);
  return total;
}

}  // namespace afk::numbers
