// Builds one report figure in a single pass over the citizens: each
// citizen's courses (with that citizen's admissions) are added to the running
// collectors of core/numbers for their group (unit or municipality) and for
// the total, and only those collectors are kept. A national report over a
// million courses therefore never holds the courses themselves.
#pragma once

#include <map>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "core/numbers/report_table.hpp"
#include "store/report_figures.hpp"

namespace afk::store {

class FigureBuilder {
 public:
  // `request.figure` must be one of report_figure_codes().
  explicit FigureBuilder(const FigureRequest& request);
  ~FigureBuilder();
  FigureBuilder(const FigureBuilder&) = delete;
  FigureBuilder& operator=(const FigureBuilder&) = delete;

  // All courses of one citizen (each citizen exactly once) and all of that
  // citizen's admissions.
  void add_citizen(std::span<const numbers::CourseFacts> courses,
                   std::span<const numbers::AdmissionFacts> admissions);

  numbers::ReportTable finish(const FigureLabels& labels);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace afk::store
