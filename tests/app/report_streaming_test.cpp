// The national report is built in one streamed pass, citizen by citizen
// (store/figure_builder). On the demo world (many citizens, units and
// municipalities; readmissions, open stays, every decision) every figure must
// equal (1) the same figure built from all facts in memory and (2) for each
// group, the numbers functions of core/numbers applied directly to that
// group's courses and all admissions.
#include <gtest/gtest.h>

#include "app/demo_world.hpp"
#include "core/numbers/days_awaiting_discharge.hpp"
#include "core/numbers/destinations.hpp"
#include "core/numbers/length_of_stay.hpp"
#include "core/numbers/readmissions.hpp"
#include "core/numbers/referrals.hpp"
#include "core/numbers/waiting_times.hpp"
#include "json/report_table_json.hpp"
#include "store/report_facts_world.hpp"
#include "store/report_figures.hpp"

namespace afk::test {
namespace {

const Date today = *Date::parse_iso("2026-11-30");
const numbers::Period two_years{*Date::parse_iso("2024-12-01"), today};
const Date retired_on = *Date::parse_iso("2026-06-15");

template <class T>
void insert_all(store::SqlConnection& sql, std::vector<T>& values) {
  for (T& value : values) store::insert(sql, value);
}

class StreamedReport : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world_ = new ReportWorld();
    app::DemoOptions options;
    options.seed = 2024;
    options.today = today;
    app::DemoWorld demo = app::build_demo_world(options);
    // One place of unit 1 retired on a known day; occupancy must stop counting it from then on.
    Place& retired = demo.units.at(0).places.back();
    retired.retired = true;
    retired.retired_on = retired_on;
    auto sql = world_->pool().acquire();
    store::Transaction transaction(*sql);
    insert_all(*sql, demo.municipalities);
    insert_all(*sql, demo.regions);
    insert_all(*sql, demo.wards);
    insert_all(*sql, demo.units);
    insert_all(*sql, demo.citizens);
    insert_all(*sql, demo.referrals);
    insert_all(*sql, demo.courses);
    transaction.commit();
  }
  static void TearDownTestSuite() {
    delete world_;
    world_ = nullptr;
  }
  static ReportWorld* world_;
};
ReportWorld* StreamedReport::world_ = nullptr;

numbers::CellValue cell(const numbers::ReportTable& table, std::size_t row, const std::string& key) {
  for (std::size_t c = 0; c < table.columns.size(); ++c)
    if (table.columns[c].key == key) return table.rows.at(row).cells[c];
  ADD_FAILURE() << "no column " << key;
  return std::monostate{};
}
std::int64_t count(const numbers::ReportTable& table, std::size_t row, const std::string& key) {
  return std::get<std::int64_t>(cell(table, row, key));
}
std::optional<double> number(const numbers::ReportTable& table, std::size_t row, const std::string& key) {
  const auto value = cell(table, row, key);
  if (const auto* decimal = std::get_if<double>(&value)) return *decimal;
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return static_cast<double>(*integer);
  return std::nullopt;
}

TEST_F(StreamedReport, EqualsTheFigureFromAllFactsInMemoryForEveryFigureAndScope) {
  auto sql = world_->pool().acquire();
  const std::vector<store::ReportScope> scopes{{store::ReportScopeKind::national, 0},
                                               {store::ReportScopeKind::municipality, 1},
                                               {store::ReportScopeKind::region, 1},
                                               {store::ReportScopeKind::unit, 1}};
  for (const auto& scope : scopes)
    for (const std::string& figure : store::report_figure_codes()) {
      store::FigureRequest request{figure,
                                   two_years,
                                   today,
                                   scope.kind == store::ReportScopeKind::national
                                       ? store::ReportGrouping::municipality
                                       : store::ReportGrouping::unit,
                                   {{"acceptance_rate_percent", "Optagelsesprocent", 50.0, "test", 2024}}};
      const auto streamed = store::report_figure(*sql, scope, request);
      ASSERT_TRUE(streamed) << figure;
      const auto in_memory = store::compute_figure(request, store::load_facts(*sql, scope, two_years));
      ASSERT_TRUE(in_memory) << figure;
      EXPECT_EQ(json::report_table_json(streamed.value()), json::report_table_json(in_memory.value()))
          << figure << " in scope " << to_code(scope.kind);
      EXPECT_GE(streamed.value().rows.size(), 1u) << figure;
    }
}

TEST_F(StreamedReport, EachGroupEqualsTheNumbersFunctionsOnItsOwnCourses) {
  auto sql = world_->pool().acquire();
  const store::ReportScope national{store::ReportScopeKind::national, 0};
  const auto facts = store::load_facts(*sql, national, two_years);
  ASSERT_GT(facts.courses.size(), 50u);
  auto report = [&](const std::string& figure) {
    return store::report_figure(*sql, national,
                                {figure, two_years, today, store::ReportGrouping::municipality, {}})
        .value();
  };
  const auto flow = report("flow");
  const auto days = report("days-awaiting-discharge");
  const auto readmissions = report("readmissions");
  const auto stays = report("length-of-stay");
  const auto destinations = report("destinations");
  ASSERT_GE(flow.rows.size(), 3u) << "several municipalities and the total";
  int readmitted_somewhere = 0;

  for (std::size_t row = 0; row < flow.rows.size(); ++row) {
    const bool total = flow.rows[row].is_total;
    const std::string group = std::get<std::string>(flow.rows[row].cells[0]);
    std::vector<numbers::CourseFacts> courses, referred, moved_in;
    for (const auto& course : facts.courses)
      if (total || course.municipality_code == group) {
        courses.push_back(course);
        if (two_years.contains(course.referral_date)) referred.push_back(course);
        if (course.move_in && two_years.contains(*course.move_in)) moved_in.push_back(course);
      }
    SCOPED_TRACE("group " + group);

    const auto counts = numbers::referral_counts(courses, two_years);
    EXPECT_EQ(count(flow, row, "referrals"), counts.referrals);
    EXPECT_EQ(count(flow, row, "accepted"), counts.accepted);
    EXPECT_EQ(count(flow, row, "waiting_list"), counts.waiting_list);
    EXPECT_EQ(number(flow, row, "acceptance_rate_percent"), counts.acceptance_rate_percent);
    const auto waits = numbers::waiting_times(referred, facts.admissions);
    EXPECT_EQ(count(flow, row, "ready_to_move_in_n"), waits.ready_to_move_in.days.n);
    EXPECT_EQ(number(flow, row, "ready_to_move_in_median_days"), waits.ready_to_move_in.days.median);
    EXPECT_EQ(number(flow, row, "referral_to_decision_median_days"), waits.referral_to_decision.days.median);

    const auto per_course = numbers::total_days_awaiting_discharge(moved_in, facts.admissions, today);
    EXPECT_EQ(count(days, row, "total_days"), per_course.total_days);
    EXPECT_EQ(count(days, row, "courses_with_days"), per_course.with_days);
    EXPECT_EQ(count(days, row, "ongoing"), per_course.ongoing);

    for (int window : numbers::reported_readmission_windows) {
      const auto after_out = numbers::readmission_rate(
          moved_in, facts.admissions, numbers::ReadmissionReference::move_out, window, today);
      const std::string key = "after_move_out_" + std::to_string(window);
      EXPECT_EQ(count(readmissions, row, key + "_followed"), after_out.courses_followed);
      EXPECT_EQ(count(readmissions, row, key + "_readmitted"), after_out.courses_readmitted);
      readmitted_somewhere += after_out.courses_readmitted;
    }
    const auto during = numbers::readmissions_during_stay(moved_in, facts.admissions, today);
    EXPECT_EQ(count(readmissions, row, "stays_with_readmission"), during.stays_with_readmission);

    const auto stay = numbers::length_of_stay(moved_in, today);
    EXPECT_EQ(count(stays, row, "closed"), stay.closed);
    EXPECT_EQ(count(stays, row, "open"), stay.censored);
    EXPECT_EQ(number(stays, row, "km_median_days"),
              stay.km_median_days ? std::optional<double>(*stay.km_median_days) : std::nullopt);

    const auto shares = numbers::destination_shares(courses, two_years);
    EXPECT_EQ(count(destinations, row, "closed"), shares.closed_courses);
  }
  EXPECT_GT(readmitted_somewhere, 0) << "the demo world has readmissions to check";
}

TEST_F(StreamedReport, ARetiredPlaceIsAvailableUntilTheDayItWasRetired) {
  auto sql = world_->pool().acquire();
  const auto facts = store::load_facts(*sql, {store::ReportScopeKind::unit, 1}, two_years);
  int retired = 0;
  for (const auto& place : facts.places)
    if (place.closed) {
      EXPECT_EQ(*place.closed, retired_on);
      ++retired;
    }
  EXPECT_EQ(retired, 1);
}

TEST_F(StreamedReport, NationalRowsAreLabelledWithMunicipalityNames) {
  auto sql = world_->pool().acquire();
  const auto flow = store::report_figure(*sql, {store::ReportScopeKind::national, 0},
                                         {"flow", two_years, today, store::ReportGrouping::municipality, {}})
                        .value();
  const auto names = sql->query("SELECT code, document FROM municipalities");
  ASSERT_FALSE(names.empty());
  for (const auto& row : flow.rows) {
    if (row.is_total) continue;
    const std::string code = std::get<std::string>(row.cells[0]);
    const std::string label = std::get<std::string>(row.cells[1]);
    for (const auto& municipality : names)
      if (municipality.text(0) == code) {
        const auto document = nlohmann::json::parse(municipality.text(1));
        EXPECT_EQ(label, document["name"].get<std::string>());
      }
  }
}

}  // namespace
}  // namespace afk::test
