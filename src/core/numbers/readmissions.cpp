#include "core/numbers/readmissions.hpp"

namespace afk::numbers {

namespace {
bool is_other_psychiatric_admission(const CourseFacts& course, const AdmissionFacts& admission) {
  if (!admission.psychiatric || admission.citizen_key != course.citizen_key) return false;
  return !(course.index_admission_id && admission.admission_id == *course.index_admission_id);
}

std::optional<Date> reference_date(const CourseFacts& course, ReadmissionReference reference) {
  return reference == ReadmissionReference::move_in ? course.move_in : course.move_out;
}

std::optional<double> percent(int part, int whole) {
  if (whole == 0) return std::nullopt;
  return 100.0 * part / whole;
}
}  // namespace

std::optional<int> count_readmissions(const CourseFacts& course, std::span<const AdmissionFacts> admissions,
                                      ReadmissionReference reference, int window_days) {
  const std::optional<Date> ref = reference_date(course, reference);
  if (!ref) return std::nullopt;
  int count = 0;
  for (const auto& admission : admissions) {
    if (!is_other_psychiatric_admission(course, admission)) continue;
    const int offset = days_between(*ref, admission.admitted);
    if (0 <= offset && offset <= window_days) ++count;
  }
  return count;
}

ReadmissionRate readmission_rate(std::span<const CourseFacts> courses,
                                 std::span<const AdmissionFacts> admissions, ReadmissionReference reference,
                                 int window_days, Date today) {
  ReadmissionRate rate;
  rate.reference = reference;
  rate.window_days = window_days;
  for (const auto& course : courses) {
    const std::optional<Date> ref = reference_date(course, reference);
    if (!ref || today < *ref) {
      ++rate.without_reference;
      continue;
    }
    if (days_between(*ref, today) < window_days) {
      ++rate.incomplete_follow_up;
      continue;
    }
    const int count = *count_readmissions(course, admissions, reference, window_days);
    ++rate.courses_followed;
    rate.readmissions += count;
    if (count > 0) ++rate.courses_readmitted;
  }
  rate.rate_percent = percent(rate.courses_readmitted, rate.courses_followed);
  return rate;
}

int count_readmissions_during_stay(const CourseFacts& course, std::span<const AdmissionFacts> admissions,
                                   Date today) {
  if (!course.move_in) return 0;
  int count = 0;
  for (const auto& admission : admissions) {
    if (!is_other_psychiatric_admission(course, admission)) continue;
    const Date d = admission.admitted;
    const bool in_stay = *course.move_in <= d && (course.move_out ? d < *course.move_out : d <= today);
    if (in_stay) ++count;
  }
  return count;
}

ReadmissionsDuringStay readmissions_during_stay(std::span<const CourseFacts> courses,
                                                std::span<const AdmissionFacts> admissions, Date today) {
  ReadmissionsDuringStay result;
  for (const auto& course : courses) {
    if (!course.move_in || today < *course.move_in) continue;
    ++result.stays;
    const int count = count_readmissions_during_stay(course, admissions, today);
    result.readmissions += count;
    if (count > 0) ++result.stays_with_readmission;
  }
  result.rate_percent = percent(result.stays_with_readmission, result.stays);
  return result;
}

}  // namespace afk::numbers
