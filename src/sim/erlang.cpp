#include "sim/erlang.hpp"

#include <limits>
#include <stdexcept>

namespace afk::sim {

double erlang_b(int places, double offered_load) {
  if (places < 0 || !(offered_load >= 0.0)) throw std::invalid_argument("erlang_b: bad arguments");
  // The recursion B(k) = a B(k-1) / (k + a B(k-1)) stays in [0, 1] and never
  // forms the large factorials and powers of the textbook formula.
  double blocking = 1.0;
  for (int k = 1; k <= places; ++k) {
    blocking = offered_load * blocking / (k + offered_load * blocking);
  }
  return blocking;
}

double erlang_c(int places, double offered_load) {
  if (places <= 0) throw std::invalid_argument("erlang_c: places must be positive");
  if (offered_load >= places) return 1.0;
  const double blocking = erlang_b(places, offered_load);
  return places * blocking / (places - offered_load * (1.0 - blocking));
}

double mmc_mean_wait(double arrival_rate, double service_rate, int places) {
  if (!(arrival_rate >= 0.0) || !(service_rate > 0.0) || places <= 0) {
    throw std::invalid_argument("mmc_mean_wait: bad arguments");
  }
  const double load = arrival_rate / service_rate;
  if (load >= places) return std::numeric_limits<double>::infinity();
  return erlang_c(places, load) / (places * service_rate - arrival_rate);
}

double mmc_mean_queue_length(double arrival_rate, double service_rate, int places) {
  return arrival_rate * mmc_mean_wait(arrival_rate, service_rate, places);
}

}  // namespace afk::sim
