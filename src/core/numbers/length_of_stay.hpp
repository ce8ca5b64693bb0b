// Length of stay = move-out - move-in (numbers.md "Flow"). Open stays are
// right-censored at today and enter a Kaplan–Meier estimate; the plain mean
// covers closed stays only. Both are shown together so open stays are never
// dropped silently.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "core/numbers/flow_facts.hpp"

namespace afk::numbers {

// One observed duration: `ended` = the stay closed after `days` (an event);
// otherwise it was still open after `days` (censored).
struct StayObservation {
  int days = 0;
  bool ended = false;
};

// One step of the Kaplan–Meier curve at an event time.
struct SurvivalStep {
  int days = 0;           // event time
  int at_risk = 0;        // stays still open just before `days`
  int ended = 0;          // stays closing on `days`
  int censored = 0;       // open stays observed exactly `days` long (leave the risk set after the events)
  double survival = 1.0;  // S(days): share of stays still going after `days`
};

struct KaplanMeier {
  std::vector<SurvivalStep> steps;  // only times with at least one event
  // Smallest t with S(t) <= 1 - p. nullopt when the curve never gets that
  // low: too few stays have ended (e.g. no events, or all censored) — the
  // figure is then "not yet known", not zero.
  std::optional<int> quantile(double p) const;
  std::optional<int> median() const { return quantile(0.5); }
  std::optional<int> lower_quartile() const { return quantile(0.25); }
  std::optional<int> upper_quartile() const { return quantile(0.75); }
};

// Ties: at equal times events are processed before censorings (the usual
// convention: a stay censored at t was at risk at t).
KaplanMeier kaplan_meier(std::span<const StayObservation> observations);

// Stays counted by length in days: all the curve needs, and far smaller than
// the observations at national scale.
class StayTally {
 public:
  void add(const StayObservation& observation);
  KaplanMeier curve() const;

 private:
  struct Counts {
    int ended = 0;
    int censored = 0;
  };
  std::vector<Counts> by_days_;  // index = days; a stay is never negative
  int observations_ = 0;
};

struct LengthOfStay {
  int closed = 0;                          // events
  int censored = 0;                        // open stays, observed up to today
  int excluded_inconsistent = 0;           // move-out before move-in: a data error, shown, not used
  std::optional<double> mean_closed_days;  // plain mean of closed stays; nullopt when none
  std::optional<int> km_median_days;
  std::optional<int> km_lower_quartile_days;
  std::optional<int> km_upper_quartile_days;
  KaplanMeier curve;
};

// Observation for one course: nullopt when it has no stay yet (no move-in, or
// a move-in after today), or inconsistent dates. A move-out after today is
// treated as planned: the stay is censored at today.
std::optional<StayObservation> stay_observation(const CourseFacts& course, Date today);

// Collects stays course by course (one collector per group and one for the
// total in a single pass); finish computes the curve and summaries.
class StayCollector {
 public:
  void add(const CourseFacts& course, Date today);
  LengthOfStay finish() const;

 private:
  LengthOfStay counts_;
  long long closed_days_ = 0;
  StayTally tally_;
};

LengthOfStay length_of_stay(std::span<const CourseFacts> courses, Date today);

}  // namespace afk::numbers
