// Small-cell suppression for roles without access to the persons: counts of
// fewer than 5 citizens are hidden, and so is whatever would let a reader
// work a hidden count back out:
//  1. primary: citizen-count cells with 1 ≤ value < threshold (0 reveals no
//     person and stays visible unless suppress_zero is set);
//  2. complementary: in every sum — a total row over the detail rows of a
//     column, a total column over its parts in a row — a single hidden cell
//     could be recomputed from the others, so a second cell is hidden: the
//     smallest visible non-zero part, else the total;
//  3. derived: a share or sum computed from a hidden cell of its row (it
//     would give the cell away);
//  4. statistics (mean, median, quartiles) are shown when they are over 5 or
//     more citizens and hidden when over fewer, whatever else is hidden: a
//     median stay over 46 stays reveals no count, even beside a hidden one.
// Steps 2 and 3 repeat until nothing changes, since hiding a cell in one sum
// can leave a single hidden cell in another.
#pragma once

#include <cstdint>
#include <string>

#include "core/numbers/report_table.hpp"
#include "core/role.hpp"

namespace afk::numbers {

// Whether `role` gets aggregates with small cells hidden: the unit and the
// municipal authority work with the citizens in person and see every count;
// the project lead, the evaluator and the administrator do not. The one
// decision for reports, questionnaire change and who-gains.
bool hides_small_cells_for(Role role);

struct SuppressionRule {
  std::int64_t threshold = 5;  // counts below this are hidden
  bool suppress_zero = false;
  std::string note_da =
      "* Skjult af hensyn til diskretion: færre end 5 borgere, eller et tal, som sådan et antal kan udledes "
      "af. "
      "Gennemsnit, medianer og kvartiler vises, når de bygger på mindst 5 borgere.";
};

// Whether a whole result over `citizens` is too small to show to such a role
// (1 to threshold − 1; 0 reveals nobody).
bool is_small_cohort(std::int64_t citizens, const SuppressionRule& rule = {});

struct SuppressionOutcome {
  ReportTable table;
  int primary = 0;        // cells hidden for being small
  int complementary = 0;  // cells hidden so a small one cannot be recomputed from a sum
  int derived = 0;        // shares/sums hidden with their source, statistics over fewer than 5
};

// The table with cells replaced by SuppressedCell; when anything was hidden,
// rule.note_da is appended to the table's notes.
SuppressionOutcome suppress_small_cells(ReportTable table, const SuppressionRule& rule = {});

}  // namespace afk::numbers
