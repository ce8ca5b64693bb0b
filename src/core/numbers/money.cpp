#include "core/numbers/money.hpp"

#include <cmath>

namespace afk::numbers {

std::int64_t divide_rounded(std::int64_t numerator, std::int64_t denominator) {
  if (denominator < 0) {
    numerator = -numerator;
    denominator = -denominator;
  }
  // Add half the denominator towards the sign, then truncate towards zero.
  const std::int64_t half = denominator / 2;
  if (numerator >= 0) return (numerator + half) / denominator;
  return (numerator - half) / denominator;
}

Money times_rounded(Money amount, double factor) {
  return Money{static_cast<std::int64_t>(std::llround(static_cast<double>(amount.ore) * factor))};
}

Money share_of(Money amount, BasisPoints share) {
  return Money{divide_rounded(amount.ore * share.value, 10000)};
}

}  // namespace afk::numbers
