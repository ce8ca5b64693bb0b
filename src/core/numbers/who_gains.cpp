#include "core/numbers/who_gains.hpp"

#include <cstdio>

#include "core/numbers/days_awaiting_discharge.hpp"
#include "core/numbers/length_of_stay.hpp"

namespace afk::numbers {

std::optional<PriceAssumption> select_version(std::span<const PriceAssumption> versions, int year) {
  std::optional<PriceAssumption> chosen;
  for (const auto& version : versions)
    if (version.year <= year && (!chosen || chosen->year < version.year)) chosen = version;
  return chosen;
}

namespace {
std::string format_fixed(double value, const char* unit) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.2f %s", value, unit);
  return buffer;
}

AssumptionUsed used(const PriceAssumption& price) {
  return {price.code, price.label_da, format_fixed(price.per_day.as_kroner(), "kr./dag"), price.source,
          price.year};
}

AssumptionUsed used(const Baseline& baseline) {
  return {baseline.code, baseline.label_da, format_fixed(baseline.value, "dage pr. forløb"), baseline.source,
          baseline.year};
}

StakeholderLine line(std::string label, double days, Money price) {
  return {std::move(label), days, price, times_rounded(price, days)};
}

// Bed-days of the citizen's psychiatric admissions, other than the index,
// starting within [move_in, move_in + window]; open admissions count to today.
int readmission_bed_days(const CourseFacts& course, std::span<const AdmissionFacts> admissions, int window,
                         Date today) {
  int days = 0;
  for (const auto& admission : admissions) {
    if (!admission.psychiatric || admission.citizen_key != course.citizen_key) continue;
    if (course.index_admission_id && admission.admission_id == *course.index_admission_id) continue;
    const int offset = days_between(*course.move_in, admission.admitted);
    if (offset < 0 || offset > window) continue;
    days += days_between(admission.admitted, admission.discharged.value_or(today));
  }
  return days;
}
}  // namespace

WhoGains who_gains(std::span<const CourseFacts> courses, std::span<const AdmissionFacts> admissions,
                   const WhoGainsInput& input, const WhoGainsConfig& config) {
  WhoGains result;
  result.period = input.period;
  int awaiting_days = 0, awaiting_courses = 0, readmission_days = 0;
  for (const auto& course : courses) {
    if (!course.move_in || !input.period.contains(*course.move_in) || input.today < *course.move_in) continue;
    ++result.courses;
    if (const auto awaiting = days_awaiting_discharge(course, admissions, input.today); awaiting.days) {
      awaiting_days += *awaiting.days;
      ++awaiting_courses;
    }
    if (days_between(*course.move_in, input.today) >= config.readmission_window_days) {
      ++result.courses_followed_for_readmission;
      readmission_days +=
          readmission_bed_days(course, admissions, config.readmission_window_days, input.today);
    }
    if (const auto stay = stay_observation(course, input.today)) result.stay_days += stay->days;
  }
  if (awaiting_courses > 0)
    result.observed_awaiting_discharge_days = static_cast<double>(awaiting_days) / awaiting_courses;
  if (result.courses_followed_for_readmission > 0)
    result.observed_readmission_bed_days =
        static_cast<double>(readmission_days) / result.courses_followed_for_readmission;

  // Avoided days for the cohort: (baseline − observed mean) × courses. A
  // negative value is a real result (more days than before), not clipped.
  double awaiting_avoided = 0;
  if (result.observed_awaiting_discharge_days)
    awaiting_avoided =
        (config.awaiting_discharge_days_per_course.value - *result.observed_awaiting_discharge_days) *
        result.courses;
  else
    result.notes_da.push_back(
        "Ingen færdigbehandlingsdage kunne opgøres for forløbene; regnet som 0 undgåede dage.");
  double readmission_avoided = 0;
  if (result.observed_readmission_bed_days)
    readmission_avoided =
        (config.readmission_bed_days_per_course.value - *result.observed_readmission_bed_days) *
        result.courses_followed_for_readmission;
  else
    result.notes_da.push_back("Ingen forløb er fulgt " + std::to_string(config.readmission_window_days) +
                              " dage endnu; genindlæggelsessengedage er ikke medregnet.");

  result.municipality.stakeholder = "kommune";
  result.municipality.lines.push_back(
      line("Undgåede færdigbehandlingsdage", awaiting_avoided, config.awaiting_discharge_payment.per_day));
  if (input.observed_residential_days_per_course) {
    const double residential_avoided =
        (config.residential_days_per_course.value - *input.observed_residential_days_per_course) *
        result.courses;
    result.municipality.lines.push_back(
        line("Undgåede botilbudsdøgn", residential_avoided, config.residential_day_price.per_day));
  } else {
    result.notes_da.push_back("Botilbudsdøgn efter forløbet er ikke oplyst; botilbud er ikke medregnet.");
  }
  StakeholderLine stays = line("Ophold på afklaringsplads", result.stay_days, config.place_tariff.per_day);
  stays.amount = -stays.amount;
  result.municipality.lines.push_back(stays);

  result.region.stakeholder = "region";
  result.region.lines.push_back(
      line("Frigjorte sengedage (færdigbehandlingsdage)", awaiting_avoided, config.bed_day_cost.per_day));
  result.region.lines.push_back(
      line("Frigjorte sengedage (genindlæggelser)", readmission_avoided, config.bed_day_cost.per_day));

  for (StakeholderResult* stakeholder : {&result.municipality, &result.region})
    for (const auto& one : stakeholder->lines) stakeholder->net = stakeholder->net + one.amount;

  result.assumptions = {used(config.awaiting_discharge_payment), used(config.place_tariff),
                        used(config.bed_day_cost), used(config.awaiting_discharge_days_per_course),
                        used(config.readmission_bed_days_per_course)};
  if (input.observed_residential_days_per_course) {
    result.assumptions.push_back(used(config.residential_day_price));
    result.assumptions.push_back(used(config.residential_days_per_course));
  }
  result.assumptions.push_back({"readmission_window_days", "Genindlæggelser talt med efter indflytning",
                                std::to_string(config.readmission_window_days) + " dage", "konfiguration",
                                0});
  return result;
}

}  // namespace afk::numbers
