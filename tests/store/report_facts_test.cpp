// The report read model stays in step with every save, rebuilds from the
// documents, and the figures over it equal the numbers functions.
#include "store/report_facts.hpp"

#include <gtest/gtest.h>

#include "core/numbers/length_of_stay.hpp"
#include "core/numbers/referrals.hpp"
#include "store/report_facts_world.hpp"
#include "store/report_figures.hpp"

namespace afk::test {
namespace {

const numbers::Period year_2025{day("2025-01-01"), day("2025-12-31")};
const store::ReportScope national{store::ReportScopeKind::national, 0};

const numbers::CourseFacts* find_course(const store::ReportFacts& facts, const std::string& course_id) {
  for (const auto& course : facts.courses)
    if (course.course_id == course_id) return &course;
  return nullptr;
}

TEST(ReportFacts, FollowEverySaveOfCourseReferralAndCitizen) {
  ReportWorld world;
  auto sql = world.pool().acquire();
  world.write_organisations(*sql);
  Course course =
      world.add(*sql, "0101800010", day("2025-02-03"), ReferralState::accepted, day("2025-02-10"));
  world.add(*sql, "0101800011", day("2025-02-04"), ReferralState::declined);

  auto facts = store::load_facts(*sql, national, year_2025);
  ASSERT_EQ(facts.courses.size(), 2u);
  const auto* stored = find_course(facts, std::to_string(course.id));
  ASSERT_NE(stored, nullptr);
  EXPECT_EQ(stored->decision, numbers::Decision::accepted);
  EXPECT_EQ(stored->decision_date, day("2025-02-05"));
  EXPECT_EQ(stored->move_in, day("2025-02-10"));
  EXPECT_FALSE(stored->move_out);
  EXPECT_EQ(stored->municipality_code, "0999");
  EXPECT_EQ(stored->index_admission_id, std::to_string(course.citizen_id) + ".1");
  EXPECT_EQ(facts.courses[1].decision, numbers::Decision::declined) << "referrals without a course count too";
  EXPECT_EQ(facts.admissions.size(), 2u);

  // A move-out saved later shows at once.
  course.moved_out_on = day("2025-04-01");
  course.allocation = Allocation{day("2025-03-20"), Destination::family, "", std::nullopt};
  ASSERT_TRUE(store::update(*sql, course, course.version));
  facts = store::load_facts(*sql, national, year_2025);
  stored = find_course(facts, std::to_string(course.id));
  EXPECT_EQ(stored->move_out, day("2025-04-01"));
  EXPECT_EQ(stored->destination, Destination::family);

  // A readmission recorded on the citizen joins the admissions.
  Citizen citizen = store::load<Citizen>(*sql, course.citizen_id).value();
  citizen.admissions.push_back({{world.ward_id, day("2025-04-20"), std::nullopt, std::nullopt}, 2});
  ASSERT_TRUE(store::update(*sql, citizen, citizen.version));
  EXPECT_EQ(store::load_facts(*sql, national, year_2025).admissions.size(), 3u);
}

TEST(ReportFacts, ScopeAndPeriodFilter) {
  ReportWorld world;
  auto sql = world.pool().acquire();
  world.write_mixed(*sql);
  EXPECT_EQ(store::load_facts(*sql, {store::ReportScopeKind::unit, world.unit_id}, year_2025).courses.size(),
            12u);
  EXPECT_EQ(
      store::load_facts(*sql, {store::ReportScopeKind::unit, world.unit_id + 1}, year_2025).courses.size(),
      0u);
  EXPECT_EQ(store::load_facts(*sql, {store::ReportScopeKind::municipality, world.municipality_id}, year_2025)
                .courses.size(),
            12u);
  EXPECT_EQ(store::load_facts(*sql, national, {day("2025-01-01"), day("2025-01-20")}).courses.size(), 1u)
      << "referrals after the period are not loaded";
}

TEST(ReportFacts, RebuildFromDocumentsGivesTheSameFacts) {
  ReportWorld world;
  auto sql = world.pool().acquire();
  world.write_mixed(*sql);
  const auto before = store::load_facts(*sql, national, year_2025);
  sql->execute("DELETE FROM report_referral_facts");
  sql->execute("DELETE FROM report_course_facts");
  sql->execute("DELETE FROM report_admission_facts");
  EXPECT_TRUE(store::report_facts_behind(*sql));
  store::rebuild_report_facts(*sql);
  EXPECT_FALSE(store::report_facts_behind(*sql));
  const auto after = store::load_facts(*sql, national, year_2025);
  ASSERT_EQ(after.courses.size(), before.courses.size());
  for (std::size_t i = 0; i < after.courses.size(); ++i) {
    EXPECT_EQ(after.courses[i].course_id, before.courses[i].course_id);
    EXPECT_EQ(after.courses[i].move_out, before.courses[i].move_out);
    EXPECT_EQ(after.courses[i].index_admission_id, before.courses[i].index_admission_id);
  }
  EXPECT_EQ(after.admissions.size(), before.admissions.size());
}

TEST(ReportFigures, TotalsEqualTheNumbersFunctionsOnTheSameFacts) {
  ReportWorld world;
  auto sql = world.pool().acquire();
  world.write_mixed(*sql);
  const Date today = day("2025-12-31");
  const auto facts = store::load_facts(*sql, national, year_2025);
  auto total_of = [](const numbers::ReportTable& table, const std::string& key) -> numbers::CellValue {
    for (std::size_t c = 0; c < table.columns.size(); ++c)
      if (table.columns[c].key == key) return table.rows.back().cells[c];
    return std::monostate{};
  };

  const auto flow =
      store::compute_figure({"flow", year_2025, today, store::ReportGrouping::unit, {}}, facts).value();
  const auto counts = numbers::referral_counts(facts.courses, year_2025);
  EXPECT_EQ(counts.referrals, 12);
  EXPECT_EQ(std::get<std::int64_t>(total_of(flow, "referrals")), counts.referrals);
  EXPECT_EQ(std::get<std::int64_t>(total_of(flow, "accepted")), counts.accepted);
  EXPECT_EQ(std::get<std::int64_t>(total_of(flow, "declined")), 1);
  EXPECT_DOUBLE_EQ(std::get<double>(total_of(flow, "acceptance_rate_percent")),
                   *counts.acceptance_rate_percent);

  const auto stay =
      store::compute_figure({"length-of-stay", year_2025, today, store::ReportGrouping::unit, {}}, facts)
          .value();
  const auto expected = numbers::length_of_stay(facts.courses, today);
  EXPECT_EQ(std::get<std::int64_t>(total_of(stay, "closed")), expected.closed);
  EXPECT_EQ(std::get<std::int64_t>(total_of(stay, "open")), expected.censored);
  EXPECT_EQ(std::get<std::int64_t>(total_of(stay, "km_median_days")), *expected.km_median_days);

  EXPECT_FALSE(store::compute_figure({"nonsense", year_2025, today, store::ReportGrouping::unit, {}}, facts));
}

}  // namespace
}  // namespace afk::test
