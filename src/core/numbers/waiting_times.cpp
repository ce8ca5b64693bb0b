#include "core/numbers/waiting_times.hpp"

#include <optional>
#include <vector>

#include "core/numbers/days_awaiting_discharge.hpp"

namespace afk::numbers {

namespace {
class WaitingTimeCollector {
 public:
  void add(std::optional<Date> from, std::optional<Date> to) {
    if (!from || !to) {
      ++result_.missing_dates;
      return;
    }
    const int days = days_between(*from, *to);
    if (days < 0) {
      ++result_.inconsistent;
      return;
    }
    values_.push_back(days);
  }
  WaitingTime finish() {
    result_.days = summarize(values_);
    return result_;
  }

 private:
  WaitingTime result_;
  std::vector<double> values_;
};
}  // namespace

WaitingTimes waiting_times(std::span<const CourseFacts> courses, std::span<const AdmissionFacts> admissions) {
  WaitingTimeCollector referral_to_decision, decision_to_move_in, ready_to_move_in;
  for (const auto& course : courses) {
    referral_to_decision.add(course.referral_date, course.decision_date);
    decision_to_move_in.add(course.decision_date, course.move_in);
    std::optional<Date> ready;
    if (course.index_admission_id)
      if (const auto* index = find_admission(admissions, *course.index_admission_id))
        ready = index->ready_for_discharge;
    ready_to_move_in.add(ready, course.move_in);
  }
  return {referral_to_decision.finish(), decision_to_move_in.finish(), ready_to_move_in.finish()};
}

}  // namespace afk::numbers
