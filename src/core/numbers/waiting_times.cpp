#include "core/numbers/waiting_times.hpp"

#include <optional>
#include <vector>

#include "core/numbers/days_awaiting_discharge.hpp"

namespace afk::numbers {

void WaitingTimeCollector::One::add(std::optional<Date> from, std::optional<Date> to) {
  if (!from || !to) {
    ++counts.missing_dates;
    return;
  }
  const int days = days_between(*from, *to);
  if (days < 0) {
    ++counts.inconsistent;
    return;
  }
  if (waits_by_days.size() <= static_cast<size_t>(days)) waits_by_days.resize(static_cast<size_t>(days) + 1);
  ++waits_by_days[static_cast<size_t>(days)];
}

WaitingTime WaitingTimeCollector::One::finish() const {
  std::vector<double> values;
  for (size_t days = 0; days < waits_by_days.size(); ++days)
    values.insert(values.end(), waits_by_days[days], days);
  WaitingTime result = counts;
  result.days = summarize(values);
  return result;
}

void WaitingTimeCollector::add(const CourseFacts& course, std::span<const AdmissionFacts> admissions) {
  referral_to_decision_.add(course.referral_date, course.decision_date);
  decision_to_move_in_.add(course.decision_date, course.move_in);
  std::optional<Date> ready;
  if (course.index_admission_id)
    if (const auto* index = find_admission(admissions, *course.index_admission_id))
      ready = index->ready_for_discharge;
  ready_to_move_in_.add(ready, course.move_in);
}

WaitingTimes WaitingTimeCollector::finish() const {
  return {referral_to_decision_.finish(), decision_to_move_in_.finish(), ready_to_move_in_.finish()};
}

WaitingTimes waiting_times(std::span<const CourseFacts> courses, std::span<const AdmissionFacts> admissions) {
  WaitingTimeCollector collector;
  for (const auto& course : courses) collector.add(course, admissions);
  return collector.finish();
}

}  // namespace afk::numbers
