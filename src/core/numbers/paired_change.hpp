// Paired change of an instrument's score between two time points (move-in ->
// move-out, move-in -> follow-up) for the same course: mean change with a
// 95 % confidence interval (t distribution, n - 1 degrees of freedom), and
// how many changed by at least the instrument's relevant change, up and down
// reported separately.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "core/numbers/instrument.hpp"

namespace afk::numbers {

struct ScorePair {
  double before = 0;
  double after = 0;
};

struct PairedChange {
  std::string instrument_code;
  TimePoint from = TimePoint::move_in;
  TimePoint to = TimePoint::move_out;
  int pairs = 0;  // n
  // Courses with a scorable response at only one of the two time points: not
  // in the figure, counted so the drop-out is visible.
  int only_before = 0;
  int only_after = 0;
  int not_scorable = 0;                      // responses that could not be scored (too few/invalid answers)
  std::optional<double> mean_change;         // mean of (after - before); n >= 1
  std::optional<double> standard_deviation;  // of the changes; n >= 2
  std::optional<double> ci95_low;            // mean ± t(0.975, n-1) × sd / √n; n >= 2
  std::optional<double> ci95_high;
  // Only when the instrument defines a relevant change:
  std::optional<double> relevant_change;   // the threshold used
  int improved_relevantly = 0;             // after - before >= relevant_change
  int worsened_relevantly = 0;             // before - after >= relevant_change
  std::optional<double> improved_percent;  // of pairs
  std::optional<double> worsened_percent;
};

// The statistics over given pairs (no pairing logic).
PairedChange summarize_paired_change(std::span<const ScorePair> pairs, std::optional<double> relevant_change);

// Pairs the responses to `definition` by course: the earliest scorable
// response at `from` with the latest scorable response at `to`. Responses to
// other instruments are ignored. With from == to (monthly -> monthly) a course
// needs two different responses; a lone one counts as only_before and only_after.
PairedChange paired_change(const InstrumentDefinition& definition, std::span<const ResponseFacts> responses,
                           TimePoint from, TimePoint to);

}  // namespace afk::numbers
