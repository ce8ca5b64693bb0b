#include "core/numbers/referrals.hpp"

namespace afk::numbers {

void add_referral(ReferralCounts& counts, const CourseFacts& course, std::optional<Period> referred_in) {
  if (referred_in && !referred_in->contains(course.referral_date)) return;
  ++counts.referrals;
  switch (course.decision) {
    case Decision::accepted:
      ++counts.accepted;
      break;
    case Decision::declined:
      ++counts.declined;
      break;
    case Decision::withdrawn:
      ++counts.withdrawn;
      break;
    case Decision::waiting_list:
      ++counts.waiting_list;
      break;
    case Decision::pending:
      ++counts.pending;
      break;
  }
}

void finish(ReferralCounts& counts) {
  const int decided = counts.accepted + counts.declined;
  if (decided > 0) counts.acceptance_rate_percent = 100.0 * counts.accepted / decided;
  if (counts.referrals > 0) counts.accepted_of_referrals_percent = 100.0 * counts.accepted / counts.referrals;
}

ReferralCounts referral_counts(std::span<const CourseFacts> courses, std::optional<Period> referred_in) {
  ReferralCounts counts;
  for (const auto& course : courses) add_referral(counts, course, referred_in);
  finish(counts);
  return counts;
}

}  // namespace afk::numbers
