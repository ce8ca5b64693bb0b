// Closed-form results for the M/M/c queue, used by the tests to check the
// simulation and by the planner to choose where to start searching.
#pragma once

namespace afk::sim {

// Erlang B: probability that an arrival finds all `places` busy when nobody
// may wait (M/G/c/c, insensitive to the stay distribution).
// `offered_load` = arrival rate x mean stay (Erlang). Stable for large c.
double erlang_b(int places, double offered_load);

// Erlang C: probability that an arrival has to wait in M/M/c (needs
// offered_load < places; returns 1 otherwise).
double erlang_c(int places, double offered_load);

// Mean wait in the queue of M/M/c, in the time unit of the rates.
// Infinite when the queue is unstable (arrival_rate >= places x service_rate).
double mmc_mean_wait(double arrival_rate, double service_rate, int places);

// Mean number waiting in M/M/c (Little: arrival_rate x mean wait).
double mmc_mean_queue_length(double arrival_rate, double service_rate, int places);

}  // namespace afk::sim
