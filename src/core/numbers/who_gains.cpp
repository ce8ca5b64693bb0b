#include "core/numbers/who_gains.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "core/numbers/days_awaiting_discharge.hpp"
#include "core/numbers/length_of_stay.hpp"

namespace afk::numbers {

const PriceAssumption* figure_for_year(std::span<const PriceAssumption> figures, int year) {
  const PriceAssumption* chosen = nullptr;
  for (const auto& figure : figures)
    if (figure.year <= year && (!chosen || chosen->year < figure.year)) chosen = &figure;
  if (chosen || figures.empty()) return chosen;
  return &*std::min_element(figures.begin(), figures.end(),
                            [](const auto& a, const auto& b) { return a.year < b.year; });
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

// The day the citizen left hospital for the place: the index admission's
// discharge (today while it is open), else the move-in.
Date left_hospital(const CourseFacts& course, std::span<const AdmissionFacts> admissions, Date today) {
  if (course.index_admission_id)
    if (const AdmissionFacts* index = find_admission(admissions, *course.index_admission_id))
      return index->discharged.value_or(today);
  return *course.move_in;
}

// Puts a course's avoided færdigbehandlingsdage on the calendar, so each day
// is priced with its own year's figure: a positive number is the days after
// `left` that the baseline would have added; a negative one is the observed
// days just before `left` beyond the baseline. Fractions stay fractions.
void add_days_by_year(std::map<int, double>& by_year, Date left, double avoided) {
  const double sign = avoided < 0 ? -1.0 : 1.0;
  double start = std::min(0.0, avoided);
  const double end = std::max(0.0, avoided);
  while (start < end) {  // one step per calendar year touched
    const Date day = left.plus_days(static_cast<int>(std::floor(start)));
    const Date new_year = *Date::from_ymd(day.year() + 1, 1, 1);
    const double segment_end = std::min(end, static_cast<double>(days_between(left, new_year)));
    by_year[day.year()] += sign * (segment_end - start);
    start = segment_end;
  }
}

// A course's færdigbehandlingsdage and the day it left hospital.
struct CourseAwaiting {
  Date left_hospital;
  std::optional<int> days;  // nullopt: not defined, counted at the cohort's mean
};

// The kommune's lines for avoided færdigbehandlingsdage, one per calendar
// year with that year's payment (Sundhedsloven §238), and the figures used.
// Each course avoids baseline − its own days (the cohort's mean when its days
// are not defined), so the lines add up to (baseline − mean) × courses.
std::vector<AssumptionUsed> add_awaiting_discharge_lines(std::span<const CourseAwaiting> courses,
                                                         int period_year, const WhoGainsConfig& config,
                                                         WhoGains& result) {
  const std::string label = "Undgåede færdigbehandlingsdage";
  const double baseline = config.awaiting_discharge_days_per_course.value;
  std::map<int, double> by_year;
  if (result.observed_awaiting_discharge_days)
    for (const auto& course : courses)
      add_days_by_year(by_year, course.left_hospital,
                       baseline - (course.days ? *course.days : *result.observed_awaiting_discharge_days));
  std::erase_if(by_year, [](const auto& entry) { return std::abs(entry.second) < 1e-9; });

  std::vector<AssumptionUsed> used_figures;
  std::map<int, std::vector<int>> years_priced_with;  // older or earliest figure's year → days' years
  auto price_of = [&](int year) {
    const PriceAssumption* figure = figure_for_year(config.awaiting_discharge_payment, year);
    if (!figure) return Money{};
    if (figure->year != year) years_priced_with[figure->year].push_back(year);
    if (std::none_of(used_figures.begin(), used_figures.end(),
                     [&](const AssumptionUsed& one) { return one.year == figure->year; }))
      used_figures.push_back(used(*figure));
    return figure->per_day;
  };
  if (by_year.empty()) {
    result.municipality.lines.push_back(line(label, 0, price_of(period_year)));
  } else {
    for (const auto& [year, days] : by_year)
      result.municipality.lines.push_back(line(label + " i " + std::to_string(year), days, price_of(year)));
  }
  if (config.awaiting_discharge_payment.empty())
    result.notes_da.push_back(
        "Kommunens betaling pr. færdigbehandlingsdag er ikke oprettet; regnet som 0 kr.");
  for (const auto& [figure_year, years] : years_priced_with) {
    std::string listed;
    for (std::size_t i = 0; i < years.size(); ++i)
      listed += (i == 0 ? "" : i + 1 == years.size() ? " og " : ", ") + std::to_string(years[i]);
    result.notes_da.push_back("Kommunens betaling pr. færdigbehandlingsdag for " + listed +
                              " er ikke oprettet; tallet for " + std::to_string(figure_year) +
                              " er brugt. Tilføj årets takst fra Sundhedsdatastyrelsens takstsystem.");
  }
  std::sort(used_figures.begin(), used_figures.end(),
            [](const AssumptionUsed& a, const AssumptionUsed& b) { return a.year < b.year; });
  return used_figures;
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
  std::vector<CourseAwaiting> awaiting_by_course;
  for (const auto& course : courses) {
    if (!course.move_in || !input.period.contains(*course.move_in) || input.today < *course.move_in) continue;
    ++result.courses;
    const auto awaiting = days_awaiting_discharge(course, admissions, input.today);
    awaiting_by_course.push_back({left_hospital(course, admissions, input.today), awaiting.days});
    if (awaiting.days) {
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
  const auto payments =
      add_awaiting_discharge_lines(awaiting_by_course, input.period.last.year(), config, result);
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

  result.assumptions = payments;
  result.assumptions.insert(result.assumptions.end(), {used(config.place_tariff), used(config.bed_day_cost),
                                                       used(config.awaiting_discharge_days_per_course),
                                                       used(config.readmission_bed_days_per_course)});
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
