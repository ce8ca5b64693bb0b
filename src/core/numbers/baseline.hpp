// Observed figure against the configured baseline for the target group before
// the scheme (e.g. mean færdigbehandlingsdage per discharge, readmission rate).
// Baselines are configuration that carries where the number came from.
#pragma once

#include <optional>
#include <string>

namespace afk::numbers {

struct Baseline {
  std::string code;      // e.g. "days_awaiting_discharge_per_discharge"
  std::string label_da;  // e.g. "Færdigbehandlingsdage pr. udskrivning før ordningen"
  double value = 0;
  std::string source;  // e.g. "Region Hovedstaden, LPR-udtræk"
  int year = 0;        // the year the baseline describes
};

struct BaselineComparison {
  std::optional<double> observed;  // nullopt when nothing could be observed yet
  double baseline = 0;
  // observed - baseline (negative = fewer than before); nullopt without observed.
  std::optional<double> difference;
  // difference / baseline * 100; nullopt without observed or when baseline is 0.
  std::optional<double> relative_percent;
  Baseline assumption;  // the baseline used, so results always show their source
};

BaselineComparison compare_to_baseline(std::optional<double> observed, const Baseline& baseline);

}  // namespace afk::numbers
