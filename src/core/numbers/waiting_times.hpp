// Waiting times (numbers.md "Flow"): referral -> decision, decision ->
// move-in, ready-for-discharge -> move-in. Only pairs where both dates are
// known enter; pairs in the wrong order are data errors, counted but not used.
#pragma once

#include <span>

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

WaitingTimes waiting_times(std::span<const CourseFacts> courses, std::span<const AdmissionFacts> admissions);

}  // namespace afk::numbers
