#include "sim/replication.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include "sim/duration_distribution.hpp"
#include "sim/fifo_queue.hpp"
#include "sim/place_pool.hpp"
#include "sim/random_stream.hpp"
#include "sim/referral_arrivals.hpp"
#include "sim/statistics.hpp"

namespace afk::sim {
namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();

// How long one admission will hold its place, drawn when the referral
// arrives so that every number of places sees the same referrals (common
// random numbers make the planner's curve smooth).
struct Hold {
  double total_days = 0.0;
  double readmission_days = 0.0;
  double exit_wait_days = 0.0;
};

struct WaitingReferral {
  double arrival_day;
  Hold hold;
};

class ReplicationRun {
 public:
  ReplicationRun(const Scenario& scenario, std::uint64_t index)
      : scenario_(scenario),
        random_(scenario.seed, index, StreamId::referrals),
        guest_random_(scenario.seed, index, StreamId::guests),
        arrivals_(scenario.arrivals, scenario.end_day()),
        stay_(scenario.stay),
        readmission_(scenario.readmission.duration),
        exit_wait_(scenario.exit_wait.duration),
        guest_stay_(scenario.guest_beds.stay),
        places_(scenario.places),
        guest_beds_(scenario.guest_beds.places),
        warmup_(scenario.warmup_days),
        end_(scenario.end_day()) {}

  ReplicationResult run();

 private:
  template <bool guests, bool losses>
  void run_events();
  bool measured(double day) const { return day >= warmup_ && day < end_; }
  // Called for every event: always inlined (the compiler would not, beside
  // four instantiations of the loop).
  [[gnu::always_inline]] inline void advance_clock(double day);
  void on_referral(const ReferralArrivals::Referral& referral);
  void on_release(double day);
  void on_lost(double day);
  void admit(double day, double arrival_day, const Hold& hold);
  [[gnu::always_inline]] inline void record_admission(double day, double arrival_day, const Hold& hold);
  void on_guest_arrival(double day);
  Hold draw_hold(const ReferralArrivals::Referral& referral);
  double next_guest_arrival(double after);
  void add_wait(double wait) {
    if (wait > 0.0)
      waits_.push_back(wait);
    else
      ++zero_waits_;
  }
  ReplicationResult results();

  const Scenario& scenario_;
  RandomStream random_;
  RandomStream guest_random_;
  ReferralArrivals arrivals_;
  DurationSampler stay_, readmission_, exit_wait_, guest_stay_;
  PlacePool places_;
  PlacePool guest_beds_;
  FifoQueue<WaitingReferral> queue_;
  double warmup_, end_;
  double clock_ = 0.0;

  // Accumulated over the measured period.
  double busy_area_ = 0.0, queue_area_ = 0.0, guest_busy_area_ = 0.0;
  std::size_t longest_queue_ = 0;
  std::vector<double> waits_;  // the waits > 0; most are 0 and only counted
  std::size_t zero_waits_ = 0;
  std::int64_t referrals_ = 0, accepted_ = 0, admitted_ = 0, lost_ = 0, waited_ = 0;
  std::int64_t admissions_in_period_ = 0;
  double hold_days_ = 0.0, readmission_days_ = 0.0, exit_wait_days_ = 0.0;
  std::int64_t guest_arrivals_ = 0, guests_turned_away_ = 0;
  std::int64_t events_ = 0;
};

ReplicationResult ReplicationRun::run() {
  // Roughly one wait per accepted referral in the period; saves regrowing.
  waits_.reserve(static_cast<std::size_t>(1.1 * accepted_rate_per_day(scenario_) * (end_ - warmup_)) + 16);
  // Most scenarios have neither guest beds nor a limit on the wait: their
  // loop looks at two clocks instead of five.
  const bool has_guests = scenario_.guest_beds.places > 0 && scenario_.guest_beds.rate_per_week > 0.0;
  const bool has_losses = std::isfinite(scenario_.max_wait_days);
  if (has_guests)
    has_losses ? run_events<true, true>() : run_events<true, false>();
  else
    has_losses ? run_events<false, true>() : run_events<false, false>();
  advance_clock(end_);
  return results();
}

template <bool guests, bool losses>
void ReplicationRun::run_events() {
  arrivals_.advance(random_);
  const ReferralArrivals::Referral& referral = arrivals_.current();
  double guest_arrival = guests ? next_guest_arrival(0.0) : infinity;
  const double max_wait = scenario_.max_wait_days;

  for (;;) {
    const double release = places_.next_release();
    const double loss = !losses || queue_.empty() ? infinity : queue_.front().arrival_day + max_wait;
    const double guest_release = guests ? guest_beds_.next_release() : infinity;
    double day = std::min(release, referral.day);
    if constexpr (losses) day = std::min(day, loss);
    if constexpr (guests) day = std::min({day, guest_release, guest_arrival});
    // Stop after the period once every referral that arrived in it is settled.
    if (day >= end_ && (queue_.empty() || queue_.front().arrival_day >= end_)) break;
    if (day == infinity) break;  // nothing can ever happen again
    advance_clock(day);
    ++events_;
    // At equal times a place frees up before a waiting referral is lost, so
    // a wait of exactly max_wait_days still gets the place.
    if (release == day) {
      on_release(day);
    } else if (losses && loss == day) {
      on_lost(day);
    } else if (!guests || referral.day == day) {
      on_referral(referral);
      arrivals_.advance(random_);
    } else if (guest_release == day) {
      guest_beds_.release_next();
    } else {
      on_guest_arrival(day);
      guest_arrival = next_guest_arrival(day);
    }
  }
}

void ReplicationRun::advance_clock(double day) {
  const double from = std::max(clock_, warmup_);
  const double to = std::min(day, end_);
  if (to > from) {
    const double span = to - from;
    // Signed counts: converting a signed integer to double is one instruction.
    busy_area_ += span * static_cast<double>(static_cast<std::int64_t>(places_.busy()));
    queue_area_ += span * static_cast<double>(static_cast<std::int64_t>(queue_.size()));
    guest_busy_area_ += span * static_cast<double>(static_cast<std::int64_t>(guest_beds_.busy()));
  }
  clock_ = std::max(clock_, day);
}

Hold ReplicationRun::draw_hold(const ReferralArrivals::Referral& referral) {
  Hold hold;
  const double stay = referral.stay_days ? *referral.stay_days : stay_(random_);
  if (random_.bernoulli(scenario_.readmission.probability)) hold.readmission_days = readmission_(random_);
  if (random_.bernoulli(scenario_.exit_wait.probability)) hold.exit_wait_days = exit_wait_(random_);
  hold.total_days = stay + hold.readmission_days + hold.exit_wait_days;
  return hold;
}

void ReplicationRun::on_referral(const ReferralArrivals::Referral& referral) {
  const double day = referral.day;
  const bool counted = measured(day);
  referrals_ += counted;
  if (scenario_.acceptance_share < 1.0 && !random_.bernoulli(scenario_.acceptance_share)) return;
  const Hold hold = draw_hold(referral);
  accepted_ += counted;
  if (places_.has_free_place()) {
    admit(day, day, hold);
  } else if (scenario_.max_wait_days <= 0.0) {
    // Loss system: nobody waits.
    if (counted) {
      ++lost_;
      ++zero_waits_;
    }
  } else {
    queue_.push_back({day, hold});
    if (counted) longest_queue_ = std::max(longest_queue_, queue_.size());
  }
}

void ReplicationRun::on_release(double day) {
  if (queue_.empty()) {
    places_.release_next();
    return;
  }
  const WaitingReferral next = queue_.front();
  queue_.pop_front();
  places_.release_next_and_hold_until(day + next.hold.total_days);
  record_admission(day, next.arrival_day, next.hold);
}

void ReplicationRun::on_lost(double day) {
  const WaitingReferral gone = queue_.front();
  queue_.pop_front();
  if (measured(gone.arrival_day)) {
    ++lost_;
    ++waited_;
    add_wait(day - gone.arrival_day);
  }
}

void ReplicationRun::admit(double day, double arrival_day, const Hold& hold) {
  places_.hold_until(day + hold.total_days);
  record_admission(day, arrival_day, hold);
}

void ReplicationRun::record_admission(double day, double arrival_day, const Hold& hold) {
  if (measured(arrival_day)) {
    const double wait = day - arrival_day;
    ++admitted_;
    waited_ += wait > 0.0;
    add_wait(wait);
  }
  if (measured(day)) {
    ++admissions_in_period_;
    hold_days_ += hold.total_days;
    readmission_days_ += hold.readmission_days;
    exit_wait_days_ += hold.exit_wait_days;
  }
}

void ReplicationRun::on_guest_arrival(double day) {
  const bool counted = measured(day);
  const double stay = guest_stay_(guest_random_);
  guest_arrivals_ += counted;
  if (guest_beds_.has_free_place()) {
    guest_beds_.hold_until(day + stay);
  } else {
    guests_turned_away_ += counted;
  }
}

double ReplicationRun::next_guest_arrival(double after) {
  return after + guest_random_.exponential(7.0 / scenario_.guest_beds.rate_per_week);
}

ReplicationResult ReplicationRun::results() {
  ReplicationResult r;
  const double days = end_ - warmup_;
  const double years = days / 365.0;
  r.referrals = referrals_;
  r.accepted = accepted_;
  r.admitted = admitted_;
  r.lost = lost_;
  r.waited = waited_;
  std::vector<double>& waits = waits_;  // reordered by the percentiles; not needed afterwards
  if (const std::size_t count = waits.size() + zero_waits_; count > 0) {
    double total = 0.0;
    for (double wait : waits) total += wait;
    r.total_wait_days = total;
    r.mean_wait_days = total / count;
    r.longest_wait_days = waits.empty() ? 0.0 : *std::max_element(waits.begin(), waits.end());
    const auto quantiles = percentiles_above_zeros(waits, zero_waits_, {0.50, 0.90, 0.95});
    r.wait_p50_days = quantiles[0];
    r.wait_p90_days = quantiles[1];
    r.wait_p95_days = quantiles[2];
  }
  const double accepted = static_cast<double>(accepted_);
  r.share_waiting = accepted_ > 0 ? waited_ / accepted : 0.0;
  r.lost_share = accepted_ > 0 ? lost_ / accepted : 0.0;
  r.mean_busy_places = busy_area_ / days;
  r.occupancy = r.mean_busy_places / places_.capacity();
  r.mean_queue_length = queue_area_ / days;
  r.longest_queue = static_cast<double>(longest_queue_);
  r.faerdigbehandlingsdage_per_year = queue_area_ / years;
  r.admissions_per_year = admissions_in_period_ / years;
  r.lost_per_year = lost_ / years;
  r.readmission_days_per_year = readmission_days_ / years;
  r.exit_wait_days_per_year = exit_wait_days_ / years;
  r.accepted_per_day = accepted / days;
  r.admissions_per_day = admissions_in_period_ / days;
  r.mean_hold_days = admissions_in_period_ > 0 ? hold_days_ / admissions_in_period_ : 0.0;
  if (guest_beds_.capacity() > 0) r.guest_occupancy = guest_busy_area_ / (days * guest_beds_.capacity());
  r.guest_turned_away_share = guest_arrivals_ > 0 ? double(guests_turned_away_) / guest_arrivals_ : 0.0;
  r.guest_arrivals = guest_arrivals_;
  r.events = events_;
  return r;
}

}  // namespace

ReplicationResult run_replication(const Scenario& scenario, std::uint64_t index) {
  return ReplicationRun(scenario, index).run();
}

}  // namespace afk::sim
