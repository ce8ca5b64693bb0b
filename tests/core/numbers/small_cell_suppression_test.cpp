#include "core/numbers/small_cell_suppression.hpp"

#include <gtest/gtest.h>

namespace afk::numbers {
namespace {

using I = std::int64_t;

// Referrals per kommune: accepted, declined, total (sum of both), acceptance % (from accepted and total).
ReportTable referrals_table(std::vector<std::array<I, 2>> counts) {
  ReportTable table;
  table.title = "Henvisninger pr. kommune";
  table.columns = {
      {"municipality", "Kommune", ColumnType::text, 0, false, {}, {}, {}},
      {"accepted", "Optaget", ColumnType::integer, 0, true, {}, {}, {}},
      {"declined", "Afvist", ColumnType::integer, 0, true, {}, {}, {}},
      {"total", "I alt", ColumnType::integer, 0, true, {}, {1, 2}, {}},
      {"acceptance", "Optaget (%)", ColumnType::percent, 1, false, {1, 3}, {}, {}},
  };
  I total_accepted = 0, total_declined = 0;
  int n = 0;
  for (const auto& [accepted, declined] : counts) {
    total_accepted += accepted;
    total_declined += declined;
    table.rows.push_back(
        {{std::string("kommune ") + std::to_string(++n), accepted, declined, accepted + declined,
          100.0 * static_cast<double>(accepted) / static_cast<double>(accepted + declined)},
         false});
  }
  table.rows.push_back(
      {{std::string("I alt"), total_accepted, total_declined, total_accepted + total_declined,
        100.0 * static_cast<double>(total_accepted) / static_cast<double>(total_accepted + total_declined)},
       true});
  return table;
}

TEST(NumbersSmallCellSuppression, NothingSmallNothingHidden) {
  const auto outcome = suppress_small_cells(referrals_table({{12, 6}, {20, 8}}));
  EXPECT_EQ(outcome.primary + outcome.complementary + outcome.derived, 0);
  EXPECT_TRUE(outcome.table.notes_da.empty());
}

TEST(NumbersSmallCellSuppression, HidesSmallCountsAndEverythingThatWouldRevealThem) {
  const auto outcome = suppress_small_cells(referrals_table({{3, 10}, {12, 6}, {20, 8}}));
  const auto& table = outcome.table;
  EXPECT_EQ(outcome.primary, 1);
  EXPECT_TRUE(table.is_suppressed(0, 1));  // the 3
  // Row 0 "I alt" 13 is visible, so the 10 beside the 3 must go; the column total 35 is visible,
  // so the smallest other accepted count (12) must go; that in turn forces the 6 beside it.
  EXPECT_TRUE(table.is_suppressed(0, 2));
  EXPECT_TRUE(table.is_suppressed(1, 1));
  EXPECT_TRUE(table.is_suppressed(1, 2));
  EXPECT_EQ(outcome.complementary, 3);
  // Shares computed from a hidden count go too.
  EXPECT_TRUE(table.is_suppressed(0, 4));
  EXPECT_TRUE(table.is_suppressed(1, 4));
  EXPECT_EQ(outcome.derived, 2);
  // The rest stays.
  EXPECT_FALSE(table.is_suppressed(2, 1));
  EXPECT_FALSE(table.is_suppressed(0, 3));
  EXPECT_FALSE(table.is_suppressed(3, 1));
  EXPECT_EQ(table.notes_da.size(), 1u);

  // No sum in the table has exactly one hidden cell left.
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const int hidden = table.is_suppressed(r, 1) + table.is_suppressed(r, 2) + table.is_suppressed(r, 3);
    EXPECT_NE(hidden, 1) << "row " << r;
  }
  for (std::size_t c = 1; c <= 3; ++c) {
    int hidden = 0;
    for (std::size_t r = 0; r < table.rows.size(); ++r) hidden += table.is_suppressed(r, c);
    EXPECT_NE(hidden, 1) << "column " << c;
  }
}

TEST(NumbersSmallCellSuppression, ZeroStaysVisibleUnlessAsked) {
  auto table = referrals_table({{0, 10}, {12, 6}});
  EXPECT_EQ(suppress_small_cells(table).primary, 0);
  SuppressionRule strict;
  strict.suppress_zero = true;
  const auto outcome = suppress_small_cells(table, strict);
  EXPECT_EQ(outcome.primary, 1);
  EXPECT_TRUE(outcome.table.is_suppressed(0, 1));
}

TEST(NumbersSmallCellSuppression, ExactlyThresholdIsShown) {
  const auto outcome = suppress_small_cells(referrals_table({{5, 10}, {12, 6}}));
  EXPECT_EQ(outcome.primary, 0);
  EXPECT_FALSE(outcome.table.is_suppressed(0, 1));
}

TEST(NumbersSmallCellSuppression, OnlyCitizenCountColumnsArePrimaryCandidates) {
  ReportTable table;
  table.columns = {{"unit", "Tilbud", ColumnType::text, 0, false, {}, {}, {}},
                   {"median_days", "Median (dage)", ColumnType::decimal, 1, false, {}, {}, {}},
                   {"places", "Pladser", ColumnType::integer, 0, false, {}, {}, {}}};
  table.rows.push_back({{std::string("A"), 3.0, I{2}}, false});
  const auto outcome = suppress_small_cells(table);
  EXPECT_EQ(outcome.primary, 0);
  EXPECT_FALSE(outcome.table.is_suppressed(0, 2));  // 2 places is not 2 persons
}

TEST(NumbersSmallCellSuppression, SmallTotalWithSmallPartsNeedsNoMore) {
  const auto outcome = suppress_small_cells(referrals_table({{2, 0}, {0, 0}}));
  const auto& table = outcome.table;
  EXPECT_TRUE(table.is_suppressed(0, 1));  // 2
  EXPECT_TRUE(table.is_suppressed(0, 3));  // row total 2
  EXPECT_TRUE(table.is_suppressed(2, 1));  // column total 2
  EXPECT_TRUE(table.is_suppressed(2, 3));  // grand total 2
  EXPECT_EQ(outcome.complementary, 0);
}

// Stays per kommune: closed, open (censored), the median over both, the mean over the closed.
ReportTable stays_table(std::vector<std::array<I, 2>> counts) {
  ReportTable table;
  table.columns = {
      {"municipality", "Kommune", ColumnType::text, 0, false, {}, {}, {}},
      {"closed", "Afsluttede", ColumnType::integer, 0, true, {}, {}, {}},
      {"open", "Åbne", ColumnType::integer, 0, true, {}, {}, {}},
      {"median", "Median, dage", ColumnType::integer, 0, false, {}, {}, {1, 2}},
      {"mean_closed", "Gennemsnit af afsluttede, dage", ColumnType::decimal, 1, false, {}, {}, {1}},
  };
  for (const auto& [closed, open] : counts)
    table.rows.push_back({{std::string("kommune"), closed, open, I{84}, 91.5}, false});
  return table;
}

TEST(NumbersSmallCellSuppression, StatisticsOverFiveOrMoreCitizensAreShownBesideAHiddenCount) {
  // Aarhus: 46 closed stays and 3 open ones. The 3 is hidden; the median over 49 stays and the mean
  // over 46 reveal no count and are shown.
  const auto outcome = suppress_small_cells(stays_table({{46, 3}}));
  EXPECT_TRUE(outcome.table.is_suppressed(0, 2));
  EXPECT_FALSE(outcome.table.is_suppressed(0, 3));
  EXPECT_FALSE(outcome.table.is_suppressed(0, 4));
  EXPECT_EQ(outcome.table.rows[0].cells[3], CellValue(I{84}));
}

TEST(NumbersSmallCellSuppression, StatisticsOverFewerThanFiveCitizensAreHidden) {
  // 3 closed and 1 open: the median over 4 stays and the mean over 3 describe too few persons.
  const auto outcome = suppress_small_cells(stays_table({{3, 1}, {2, 10}}));
  EXPECT_TRUE(outcome.table.is_suppressed(0, 3));
  EXPECT_TRUE(outcome.table.is_suppressed(0, 4));
  // 2 closed and 10 open: the median over 12 is shown, the mean over the 2 closed is not.
  EXPECT_FALSE(outcome.table.is_suppressed(1, 3));
  EXPECT_TRUE(outcome.table.is_suppressed(1, 4));
  EXPECT_EQ(outcome.derived, 3);
}

// One decision for every aggregate answer: who gets small cells hidden, and
// when a whole result is too small to show them.
TEST(SmallCells, HiddenForRolesWithoutAccessToThePersons) {
  for (Role role : {Role::project_lead, Role::evaluator, Role::admin})
    EXPECT_TRUE(hides_small_cells_for(role));
  for (Role role : {Role::unit_staff, Role::unit_lead, Role::authority})
    EXPECT_FALSE(hides_small_cells_for(role));
  EXPECT_FALSE(is_small_cohort(0)) << "nobody is revealed by 0";
  EXPECT_TRUE(is_small_cohort(1));
  EXPECT_TRUE(is_small_cohort(4));
  EXPECT_FALSE(is_small_cohort(5));
}

}  // namespace
}  // namespace afk::numbers
