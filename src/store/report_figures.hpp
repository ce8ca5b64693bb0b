// The report figures as tables: each figure of numbers.md computed by the
// pure functions of core/numbers over the facts of one scope, one row per
// group (unit, or municipality for the national scope) plus a total row.
// The numbers functions look admissions up by scanning; here every course
// is handed only its own citizen's admissions, so a national report stays
// linear in the number of courses.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/numbers/baseline.hpp"
#include "core/numbers/report_table.hpp"
#include "core/result.hpp"
#include "store/report_facts.hpp"

namespace afk::store {

// flow, days-awaiting-discharge, readmissions, length-of-stay, occupancy,
// destinations, baseline-comparison.
const std::vector<std::string>& report_figure_codes();
bool is_report_figure(const std::string& code);
// Which facts a figure reads (occupancy needs places, most need admissions).
FactsNeeded facts_needed_for(const std::string& figure);

enum class ReportGrouping { unit, municipality };

struct FigureRequest {
  std::string figure;
  numbers::Period period;
  Date today;
  ReportGrouping grouping = ReportGrouping::unit;
  std::vector<numbers::Baseline> baselines;  // for baseline-comparison
};

// bad_input `unknown_figure` for a figure not in report_figure_codes().
// Takes the facts by value: callers with a national load move them in, and
// they are sorted in place rather than copied per group.
Result<numbers::ReportTable> compute_figure(const FigureRequest& request, ReportFacts facts);

std::vector<numbers::Baseline> load_baselines(SqlConnection& sql);

// {title, columns:[{key, heading, type}], rows:[{cells by key, is_total}],
// suppressed:[[row, column key]…], notes}; a hidden cell is null.
nlohmann::json report_table_json(const numbers::ReportTable& table);

}  // namespace afk::store
