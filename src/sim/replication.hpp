// One replication of the capacity model: a discrete-event simulation of
// referrals, a FIFO queue in hospital and `places` places (plus guest beds).
#pragma once

#include <cstdint>

#include "sim/scenario.hpp"

namespace afk::sim {

// Measured over the period after warm-up. Per-referral figures cover the
// referrals that arrive in that period (followed until admitted or lost);
// time averages cover the period itself. Rates are per 365-day year.
struct ReplicationResult {
  std::int64_t referrals = 0;
  std::int64_t accepted = 0;
  std::int64_t admitted = 0;  // of the accepted: got a place
  std::int64_t lost = 0;      // of the accepted: no place within max_wait_days
  std::int64_t waited = 0;    // of the accepted: waited more than 0 days

  // Waits in hospital of accepted referrals (a lost one waited until it was lost).
  double total_wait_days = 0.0;  // summed over the accepted (for the pooled mean over replications)
  double mean_wait_days = 0.0;
  double wait_p50_days = 0.0;
  double wait_p90_days = 0.0;
  double wait_p95_days = 0.0;
  double longest_wait_days = 0.0;
  double share_waiting = 0.0;  // waited / accepted
  double lost_share = 0.0;     // lost / accepted

  double occupancy = 0.0;          // time-average places held / places
  double mean_busy_places = 0.0;   // time-average places held
  double mean_queue_length = 0.0;  // time-average referrals waiting in hospital
  double longest_queue = 0.0;
  double faerdigbehandlingsdage_per_year = 0.0;  // days waited in hospital in the period, per year
  double admissions_per_year = 0.0;              // throughput: move-ins in the period
  double lost_per_year = 0.0;
  double readmission_days_per_year = 0.0;  // place-days held while readmitted (by move-in date)
  double exit_wait_days_per_year = 0.0;    // place-days waiting for the next offer (by move-in date)

  // For Little's law: rates per day and the mean time a place is held.
  double accepted_per_day = 0.0;
  double admissions_per_day = 0.0;
  double mean_hold_days = 0.0;  // of move-ins in the period

  double guest_occupancy = 0.0;
  double guest_turned_away_share = 0.0;
  std::int64_t guest_arrivals = 0;

  std::int64_t events = 0;  // events processed, for the benchmark
};

// Runs replication number `index` of a validated scenario. The same
// (scenario, index) always gives the same result.
ReplicationResult run_replication(const Scenario& scenario, std::uint64_t index);

}  // namespace afk::sim
