#include "store/report_figures.hpp"

#include <algorithm>
#include <span>

#include "store/figure_builder.hpp"

namespace afk::store {

namespace {

using numbers::ReportTable;

const std::vector<std::string> figure_codes{
    "flow",         "days-awaiting-discharge", "readmissions", "length-of-stay", "occupancy",
    "destinations", "baseline-comparison"};

Result<numbers::ReportTable> unknown_figure(const std::string& figure) {
  return make_error(ErrorKind::bad_input, "unknown_figure", "Ukendt tal: " + figure + ".", "figure");
}

}  // namespace

const std::vector<std::string>& report_figure_codes() { return figure_codes; }

bool is_report_figure(const std::string& code) {
  return std::find(figure_codes.begin(), figure_codes.end(), code) != figure_codes.end();
}

FactsNeeded facts_needed_for(const std::string& figure) {
  FactsNeeded needed;
  needed.places = figure == "occupancy";
  needed.admissions = figure == "flow" || figure == "days-awaiting-discharge" || figure == "readmissions" ||
                      figure == "baseline-comparison";
  return needed;
}

Result<ReportTable> compute_figure(const FigureRequest& request, ReportFacts facts) {
  if (!is_report_figure(request.figure)) return unknown_figure(request.figure);
  // Each citizen's courses and admissions together, as the builder takes them.
  std::stable_sort(facts.courses.begin(), facts.courses.end(),
                   [](const numbers::CourseFacts& a, const numbers::CourseFacts& b) {
                     return a.citizen_key < b.citizen_key;
                   });
  std::stable_sort(facts.admissions.begin(), facts.admissions.end(),
                   [](const numbers::AdmissionFacts& a, const numbers::AdmissionFacts& b) {
                     return a.citizen_key < b.citizen_key;
                   });
  FigureBuilder builder(request);
  const std::span<const numbers::CourseFacts> courses(facts.courses);
  const std::span<const numbers::AdmissionFacts> admissions(facts.admissions);
  std::size_t admission = 0;
  for (std::size_t first = 0; first < courses.size();) {
    const std::string& citizen = courses[first].citizen_key;
    std::size_t end = first;
    while (end < courses.size() && courses[end].citizen_key == citizen) ++end;
    while (admission < admissions.size() && admissions[admission].citizen_key < citizen) ++admission;
    std::size_t admission_end = admission;
    while (admission_end < admissions.size() && admissions[admission_end].citizen_key == citizen)
      ++admission_end;
    builder.add_citizen(courses.subspan(first, end - first),
                        admissions.subspan(admission, admission_end - admission));
    first = end;
    admission = admission_end;
  }
  return builder.finish(facts);
}

Result<ReportTable> report_figure(SqlConnection& sql, const ReportScope& scope,
                                  const FigureRequest& request) {
  if (!is_report_figure(request.figure)) return unknown_figure(request.figure);
  FigureBuilder builder(request);
  const FigureLabels labels = for_each_citizen(
      sql, scope, request.period, facts_needed_for(request.figure),
      [&](std::span<const numbers::CourseFacts> courses,
          std::span<const numbers::AdmissionFacts> admissions) { builder.add_citizen(courses, admissions); });
  return builder.finish(labels);
}

std::vector<numbers::Baseline> load_baselines(SqlConnection& sql) {
  std::vector<numbers::Baseline> baselines;
  for (const auto& row :
       sql.query("SELECT code, label_da, value, source, year FROM report_baselines ORDER BY code"))
    baselines.push_back(
        {row.text(0), row.text(1), row.real(2), row.text(3), static_cast<int>(row.integer(4))});
  return baselines;
}

}  // namespace afk::store
