// The stream of referrals: a Poisson process (optionally with a weekly
// pattern and a linear trend, by thinning) or a replay of the history.
#pragma once

#include <array>
#include <optional>

#include "sim/random_stream.hpp"
#include "sim/scenario.hpp"

namespace afk::sim {

// The repeat period of a replayed history (see ArrivalModel).
double replay_period_days(const ArrivalModel& arrivals);

class ReferralArrivals {
 public:
  struct Referral {
    double day;
    std::optional<double> stay_days;  // known from the history when replaying
  };

  // `end_day` bounds the trend: after it the rate stays at its end value.
  ReferralArrivals(const ArrivalModel& model, double end_day);

  // Moves to the next referral; its day is +infinity when no more will ever
  // come. The plain Poisson process, by far the most common, is inlined into
  // the event loop, and the loop reads current() in place: copying the
  // returned struct each time stalled the processor on the wide reload.
  void advance(RandomStream& random) {
    if (poisson_gap_days_ > 0.0) {
      now_ += random.exponential(poisson_gap_days_);
      current_.day = now_;
      return;
    }
    current_ = next_otherwise(random);
  }
  const Referral& current() const { return current_; }

  Referral next(RandomStream& random) {
    advance(random);
    return current_;
  }

 private:
  Referral next_otherwise(RandomStream& random);
  double rate_per_day(double day) const;

  const ArrivalModel& model_;
  double end_day_;
  double now_ = 0.0;
  std::array<double, 7> weekday_factor_{1, 1, 1, 1, 1, 1, 1};
  double base_rate_per_day_ = 0.0;
  double max_rate_per_day_ = 0.0;
  double end_trend_ = 1.0;
  bool homogeneous_ = true;
  double poisson_gap_days_ = 0.0;  // mean gap of a homogeneous Poisson process at a rate > 0, else 0
  Referral current_{0.0, std::nullopt};
  // Replay position.
  double period_ = 0.0;
  std::size_t index_ = 0;
  double cycle_start_ = 0.0;
};

}  // namespace afk::sim
