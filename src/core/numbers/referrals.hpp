// Referrals, decisions and acceptance rate. The acceptance rate is accepted ÷
// (accepted + declined): the share of referrals the joint assessment said
// yes to among those it decided on. Withdrawn referrals, the waiting list and
// pending referrals are counted but are not in that denominator, because no
// yes/no was given; the share of all referrals accepted is reported too.
#pragma once

#include <optional>
#include <span>

#include "core/numbers/flow_facts.hpp"
#include "core/numbers/period.hpp"

namespace afk::numbers {

struct ReferralCounts {
  int referrals = 0;
  int accepted = 0;
  int declined = 0;
  int withdrawn = 0;
  int waiting_list = 0;
  int pending = 0;
  std::optional<double> acceptance_rate_percent;        // accepted / (accepted + declined) * 100
  std::optional<double> accepted_of_referrals_percent;  // accepted / referrals * 100
};

// Running counts, for reports that build every group and the total in one
// pass: add_referral per course, then finish sets the rates.
void add_referral(ReferralCounts& counts, const CourseFacts& course, std::optional<Period> referred_in);
void finish(ReferralCounts& counts);

// When `referred_in` is given, only referrals received in that period count.
ReferralCounts referral_counts(std::span<const CourseFacts> courses,
                               std::optional<Period> referred_in = std::nullopt);

}  // namespace afk::numbers
