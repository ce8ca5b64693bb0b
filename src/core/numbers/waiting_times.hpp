// Waiting times (numbers.md "Flow"): referral -> decision, decision ->
// move-in, ready-for-discharge -> move-in. Only pairs where both dates are
// known enter; pairs in the wrong order are data errors, counted but not used.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "core/numbers/distribution.hpp"
#include "core/numbers/flow_facts.hpp"

namespace afk::numbers {

struct WaitingTime {
  DistributionSummary days;  // over courses with both dates in order
  int missing_dates = 0;     // courses lacking one of the two dates (e.g. no decision yet)
  int inconsistent = 0;      // second date before the first: excluded
};

struct WaitingTimes {
  WaitingTime referral_to_decision;
  WaitingTime decision_to_move_in;  // only accepted courses can move in; others count as missing
  WaitingTime ready_to_move_in;     // ready date of the index admission
};

// Collects the three waiting times course by course, so a report can keep
// one collector per group and one for the total in a single pass.
class WaitingTimeCollector {
 public:
  void add(const CourseFacts& course, std::span<const AdmissionFacts> admissions);
  WaitingTimes finish() const;

 private:
  struct One {
    void add(std::optional<Date> from, std::optional<Date> to);
    WaitingTime finish() const;
    WaitingTime counts;
    // Waits counted by length in days (never negative here): small at any
    // scale, and already in order for the quantiles.
    std::vector<int> waits_by_days;
  };
  One referral_to_decision_, decision_to_move_in_, ready_to_move_in_;
};

WaitingTimes waiting_times(std::span<const CourseFacts> courses, std::span<const AdmissionFacts> admissions);

}  // namespace afk::numbers
