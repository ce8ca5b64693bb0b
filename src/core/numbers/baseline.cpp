#include "core/numbers/baseline.hpp"

namespace afk::numbers {

BaselineComparison compare_to_baseline(std::optional<double> observed, const Baseline& baseline) {
  BaselineComparison result;
  result.observed = observed;
  result.baseline = baseline.value;
  result.assumption = baseline;
  if (observed) {
    result.difference = *observed - baseline.value;
    if (baseline.value != 0) result.relative_percent = *result.difference / baseline.value * 100.0;
  }
  return result;
}

}  // namespace afk::numbers
