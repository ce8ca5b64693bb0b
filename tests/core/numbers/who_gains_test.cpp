#include "core/numbers/who_gains.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "core/numbers/facts_builders.hpp"

namespace afk::numbers {
namespace {
using namespace fixtures;

WhoGainsConfig config() {
  WhoGainsConfig c;
  c.awaiting_discharge_payment = {{"awaiting_discharge_payment", "Betaling pr. færdigbehandlingsdag",
                                   Money::kroner(4000), "Test-kilde A", 2024}};
  c.residential_day_price = {"residential_day_price", "Botilbud ABL § 105 niveau 4", Money::kroner(1661),
                             "POLARIS, seed 001", 2023};
  c.place_tariff = {"place_tariff", "Døgntakst afklaringsplads", Money::kroner(1243), "POLARIS, seed 001",
                    2023};
  c.bed_day_cost = {"bed_day_cost", "Sengedagspris", Money::kroner(4054), "Styringsaftale, seed 003", 2020};
  c.awaiting_discharge_days_per_course = {"awaiting_baseline", "Færdigbehandlingsdage før", 20,
                                          "Test-kilde B", 2023};
  c.readmission_bed_days_per_course = {"readmission_baseline", "Genindlæggelsesdage før", 15, "Test-kilde C",
                                       2023};
  c.residential_days_per_course = {"residential_baseline", "Botilbudsdøgn før", 30, "Test-kilde D", 2023};
  c.readmission_window_days = 180;
  return c;
}

struct Cohort {
  std::vector<CourseFacts> courses;
  std::vector<AdmissionFacts> admissions;
};

Cohort cohort() {
  Cohort data;
  CourseFacts a = course("A", "a", od("2024-01-10"), od("2024-03-10"));  // 60 stay days
  a.index_admission_id = "ia";
  CourseFacts b = course("B", "b", od("2024-05-01"));  // open: 244 days to 2024-12-31
  b.index_admission_id = "ib";
  CourseFacts c = course("C", "c", od("2023-12-01"), od("2024-02-01"));  // moved in before the period
  c.index_admission_id = "ic";
  CourseFacts d_course = course("D", "d", od("2024-06-30"), od("2024-07-30"));  // 30 days, no index admission
  data.courses = {a, b, c, d_course};
  data.admissions = {
      admission("ia", "a", "2023-12-20", od("2024-01-02"), od("2024-01-10")),  // 8 færdigbehandlingsdage
      admission("ra", "a", "2024-02-01", std::nullopt, od("2024-02-11")),      // readmission, 10 bed-days
      admission("ib", "b", "2024-04-01", od("2024-04-20"), od("2024-05-01")),  // 11
      admission("ic", "c", "2023-11-01", od("2023-11-02"), od("2023-12-01")),  // outside the cohort
      admission("rd", "d", "2024-12-30", std::nullopt, std::nullopt),  // 183 days after move-in: outside
  };
  return data;
}

TEST(NumbersWhoGains, EachStakeholdersNetFromAvoidedDaysAndCosts) {
  const auto data = cohort();
  const WhoGainsInput input{Period{d("2024-01-01"), d("2024-06-30")}, d("2024-12-31"), 10.0};
  const auto result = who_gains(data.courses, data.admissions, input, config());
  EXPECT_EQ(result.courses, 3);
  EXPECT_DOUBLE_EQ(*result.observed_awaiting_discharge_days, 9.5);  // (8 + 11) / 2, D has none
  EXPECT_EQ(result.courses_followed_for_readmission, 3);
  EXPECT_NEAR(*result.observed_readmission_bed_days, 10.0 / 3.0, 1e-12);
  EXPECT_EQ(result.stay_days, 60 + 244 + 30);

  // kommune: (20 - 9.5) × 3 = 31.5 days × 4.000; (30 - 10) × 3 = 60 botilbud days × 1.661; 334 × 1.243 cost.
  ASSERT_EQ(result.municipality.lines.size(), 3u);
  EXPECT_EQ(result.municipality.lines[0].amount, Money::kroner(126000));
  EXPECT_EQ(result.municipality.lines[1].amount, Money::kroner(99660));
  EXPECT_EQ(result.municipality.lines[2].amount, -Money::kroner(415162));
  EXPECT_EQ(result.municipality.net, -Money::kroner(189502));
  // region: (31.5 + (15 - 10/3) × 3 = 35) bed-days × 4.054.
  ASSERT_EQ(result.region.lines.size(), 2u);
  EXPECT_EQ(result.region.lines[0].amount, Money::kroner(127701));
  EXPECT_EQ(result.region.lines[1].amount, Money::kroner(141890));
  EXPECT_EQ(result.region.net, Money::kroner(269591));
  EXPECT_TRUE(result.notes_da.empty());
}

TEST(NumbersWhoGains, ResultCarriesEverySourceAndYearUsed) {
  const auto data = cohort();
  const WhoGainsInput input{Period{d("2024-01-01"), d("2024-06-30")}, d("2024-12-31"), 10.0};
  const auto result = who_gains(data.courses, data.admissions, input, config());
  auto find = [&](const std::string& code) -> const AssumptionUsed* {
    for (const auto& assumption : result.assumptions)
      if (assumption.code == code) return &assumption;
    return nullptr;
  };
  for (const char* code :
       {"awaiting_discharge_payment", "residential_day_price", "place_tariff", "bed_day_cost",
        "awaiting_baseline", "readmission_baseline", "residential_baseline"})
    ASSERT_NE(find(code), nullptr) << code;
  EXPECT_EQ(find("bed_day_cost")->source, "Styringsaftale, seed 003");
  EXPECT_EQ(find("bed_day_cost")->year, 2020);
  EXPECT_EQ(find("bed_day_cost")->value, "4054.00 kr./dag");
}

TEST(NumbersWhoGains, MissingBotilbudDataAndShortFollowUpAreLeftOutWithANote) {
  const auto data = cohort();
  // Today 2024-06-30: nobody has 180 days of follow-up; botilbud days not given.
  const WhoGainsInput input{Period{d("2024-01-01"), d("2024-06-30")}, d("2024-06-30"), std::nullopt};
  const auto result = who_gains(data.courses, data.admissions, input, config());
  EXPECT_EQ(result.courses_followed_for_readmission, 0);
  EXPECT_FALSE(result.observed_readmission_bed_days.has_value());
  EXPECT_EQ(result.municipality.lines.size(), 2u);  // no botilbud line
  EXPECT_EQ(result.region.lines[1].amount, Money{});
  EXPECT_EQ(result.notes_da.size(), 2u);
  for (const auto& assumption : result.assumptions) EXPECT_NE(assumption.code, "residential_day_price");
  // Stay days now: A 60, B 60 (May 1 -> Jun 30), D 0 (moved in today).
  EXPECT_EQ(result.stay_days, 120);
}

TEST(NumbersWhoGains, PicksTheFigureOfTheYear) {
  const std::vector<PriceAssumption> bed_day{
      {"bed_day_cost", "Sengedagspris", Money::kroner(3836), "seed 003", 2018},
      {"bed_day_cost", "Sengedagspris", Money::kroner(4054), "seed 003", 2020},
      {"bed_day_cost", "Sengedagspris", Money::kroner(3959), "seed 003", 2019},
  };
  EXPECT_EQ(figure_for_year(bed_day, 2019)->per_day, Money::kroner(3959));
  EXPECT_EQ(figure_for_year(bed_day, 2024)->per_day, Money::kroner(4054));
  EXPECT_EQ(figure_for_year(bed_day, 2017)->per_day, Money::kroner(3836)) << "before the first: the earliest";
  EXPECT_EQ(figure_for_year({}, 2024), nullptr);
}

// §238: each avoided færdigbehandlingsdag is priced with the figure of its
// own year. One course left hospital on 2024-12-29 after 2 færdigbehandlings-
// dage; with a baseline of 6.5 it avoided 4.5 days: 29-31 Dec 2024 (3 days)
// and 1 Jan plus half of 2 Jan 2025 (1.5 days).
TEST(NumbersWhoGains, PricesEachAvoidedDayWithItsYearsPayment) {
  WhoGainsConfig yearly = config();
  yearly.awaiting_discharge_days_per_course.value = 6.5;
  yearly.awaiting_discharge_payment = {
      {"awaiting_discharge_payment", "Betaling", Money::kroner(2000), "Takstsystem 2025", 2025},
      {"awaiting_discharge_payment", "Betaling", Money::kroner(1976), "Sundhedsloven §238", 2016},
  };
  CourseFacts late = course("L", "l", od("2024-12-29"));
  late.index_admission_id = "il";
  const std::vector<CourseFacts> courses{late};
  const std::vector<AdmissionFacts> admissions{
      admission("il", "l", "2024-12-01", od("2024-12-27"), od("2024-12-29"))};
  const WhoGainsInput input{Period{d("2024-12-01"), d("2024-12-31")}, d("2025-02-01"), std::nullopt};
  const auto result = who_gains(courses, admissions, input, yearly);

  ASSERT_GE(result.municipality.lines.size(), 2u);
  const auto& in_2024 = result.municipality.lines[0];
  const auto& in_2025 = result.municipality.lines[1];
  EXPECT_EQ(in_2024.label_da, "Undgåede færdigbehandlingsdage i 2024");
  EXPECT_DOUBLE_EQ(in_2024.days, 3.0);
  EXPECT_EQ(in_2024.price_per_day, Money::kroner(1976)) << "2024 has no figure of its own: the 2016 level";
  EXPECT_EQ(in_2025.label_da, "Undgåede færdigbehandlingsdage i 2025");
  EXPECT_DOUBLE_EQ(in_2025.days, 1.5);
  EXPECT_EQ(in_2025.price_per_day, Money::kroner(2000));
  EXPECT_EQ(in_2025.amount, Money::kroner(3000));
  // The region's bed-days are the same 4.5 days in one line.
  EXPECT_DOUBLE_EQ(result.region.lines[0].days, 4.5);

  int payment_figures = 0;
  for (const auto& used : result.assumptions)
    if (used.code == "awaiting_discharge_payment") ++payment_figures;
  EXPECT_EQ(payment_figures, 2) << "both figures are listed with their year and source";
  bool noted = false;
  for (const auto& note : result.notes_da)
    noted = noted || note.find("for 2024 er ikke oprettet; tallet for 2016 er brugt") != std::string::npos;
  EXPECT_TRUE(noted) << "a year priced with an older figure says so";
}

// More færdigbehandlingsdage than the baseline cost the kommune: the extra
// days are the last ones before discharge, priced with their year's figure.
TEST(NumbersWhoGains, ExtraDaysAreTheLastOnesBeforeDischarge) {
  WhoGainsConfig yearly = config();
  yearly.awaiting_discharge_days_per_course.value = 2;
  yearly.awaiting_discharge_payment = {
      {"awaiting_discharge_payment", "Betaling", Money::kroner(1000), "A", 2024},
      {"awaiting_discharge_payment", "Betaling", Money::kroner(3000), "B", 2025},
  };
  CourseFacts slow = course("S", "s", od("2025-01-03"));
  slow.index_admission_id = "is";
  const std::vector<CourseFacts> courses{slow};
  // Ready 2024-12-29, discharged 2025-01-03: 5 days, 3 beyond the baseline
  // (31 Dec 2024, 1 and 2 Jan 2025).
  const std::vector<AdmissionFacts> admissions{
      admission("is", "s", "2024-12-01", od("2024-12-29"), od("2025-01-03"))};
  const WhoGainsInput input{Period{d("2025-01-01"), d("2025-01-31")}, d("2025-02-01"), std::nullopt};
  const auto result = who_gains(courses, admissions, input, yearly);
  ASSERT_GE(result.municipality.lines.size(), 2u);
  EXPECT_DOUBLE_EQ(result.municipality.lines[0].days, -1.0);
  EXPECT_EQ(result.municipality.lines[0].amount, -Money::kroner(1000));
  EXPECT_DOUBLE_EQ(result.municipality.lines[1].days, -2.0);
  EXPECT_EQ(result.municipality.lines[1].amount, -Money::kroner(6000));
}

}  // namespace
}  // namespace afk::numbers
