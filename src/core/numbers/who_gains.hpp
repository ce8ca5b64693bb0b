// "Who gains" (numbers.md "Economics"): for a cohort of courses and a period,
// each stakeholder's net with the assumptions beside it.
//   kommune = færdigbehandlingsdage avoided × the kommune's payment per day
//             (Sundhedsloven §238: one figure per year, each day priced with
//             the figure of its own year)
//           + botilbud days avoided × botilbud day price
//           − cost of the stays (stay days × tariff)
//   region  = (færdigbehandlingsdage avoided + readmission bed-days avoided) × bed-day cost
//   avoided = (configured baseline per course − observed per course) × courses
// Prices and baselines are configuration with source and year; the result
// lists every assumption it used.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/numbers/baseline.hpp"
#include "core/numbers/flow_facts.hpp"
#include "core/numbers/money.hpp"
#include "core/numbers/period.hpp"

namespace afk::numbers {

// A price per day from a named source, valid from `year`.
struct PriceAssumption {
  std::string code;      // e.g. "bed_day_cost"
  std::string label_da;  // e.g. "Sengedagspris, regionale særlige pladser"
  Money per_day;
  std::string source;  // e.g. "Styringsaftale 2020, seed 003"
  int year = 0;
};

// Of several yearly figures of one price, the one for `year`: the latest with
// year <= `year`, else the earliest (a day before the first figure still gets
// a price, and who_gains notes it); nullptr when there are none.
const PriceAssumption* figure_for_year(std::span<const PriceAssumption> figures, int year);

struct WhoGainsConfig {
  // The kommune's færdigbehandling payment per day to the region, one figure
  // per year. A day is priced with the latest figure of its year or before
  // (figure_for_year); a year without its own figure gets a note.
  std::vector<PriceAssumption> awaiting_discharge_payment;
  PriceAssumption residential_day_price;        // botilbud day price (e.g. ABL §105)
  PriceAssumption place_tariff;                 // daily tariff of the afklaringsplads
  PriceAssumption bed_day_cost;                 // region's cost of a psychiatric bed-day
  Baseline awaiting_discharge_days_per_course;  // mean færdigbehandlingsdage per discharge before the scheme
  Baseline readmission_bed_days_per_course;     // bed-days of readmissions within the window, before
  Baseline residential_days_per_course;         // botilbud days per citizen, before
  int readmission_window_days = 180;            // window after move-in for readmission bed-days
};

struct WhoGainsInput {
  Period period;  // the cohort: courses with move-in in this period
  Date today;
  // Botilbud days per course observed after the scheme. The course facts do
  // not hold them (they come from the kommune's own records); nullopt leaves
  // the botilbud line out of the kommune's net, with a note saying so.
  std::optional<double> observed_residential_days_per_course;
};

struct StakeholderLine {
  std::string label_da;  // the avoided færdigbehandlingsdage have one line per calendar year
  double days = 0;       // days avoided (or stay days for a cost)
  Money price_per_day;
  Money amount;  // signed: gain > 0, cost < 0
};

struct StakeholderResult {
  std::string stakeholder;  // "kommune" or "region"
  std::vector<StakeholderLine> lines;
  Money net;
};

struct AssumptionUsed {
  std::string code;
  std::string label_da;
  std::string value;  // e.g. "3959.00 kr./dag" or "12.5 dage pr. forløb"
  std::string source;
  int year = 0;
};

struct WhoGains {
  Period period;
  int courses = 0;  // cohort size
  // Observed per-course figures the lines are built on:
  std::optional<double> observed_awaiting_discharge_days;  // mean over cohort courses with a defined figure
  int courses_followed_for_readmission = 0;                // window over by today
  std::optional<double> observed_readmission_bed_days;     // mean over those
  int stay_days = 0;                                       // up to move-out or today
  StakeholderResult municipality;
  StakeholderResult region;
  std::vector<AssumptionUsed> assumptions;
  std::vector<std::string> notes_da;  // what was left out and why
};

WhoGains who_gains(std::span<const CourseFacts> courses, std::span<const AdmissionFacts> admissions,
                   const WhoGainsInput& input, const WhoGainsConfig& config);

}  // namespace afk::numbers
