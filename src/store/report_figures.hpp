// The report figures as tables: each figure of numbers.md computed by the
// pure functions of core/numbers over the facts of one scope, one row per
// group (unit, or municipality for the national scope) plus a total row.
// The numbers functions look admissions up by scanning; here every course
// is handed only its own citizen's admissions, so a national report stays
// linear in the number of courses.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

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
// From facts in memory (imported evaluation data, tests); they are sorted in
// place, so callers move them in.
Result<numbers::ReportTable> compute_figure(const FigureRequest& request, ReportFacts facts);

// From the local read model, streamed citizen by citizen: the national
// report at a million courses holds only the running collectors.
Result<numbers::ReportTable> report_figure(SqlConnection& sql, const ReportScope& scope,
                                           const FigureRequest& request);

std::vector<numbers::Baseline> load_baselines(SqlConnection& sql);

}  // namespace afk::store
