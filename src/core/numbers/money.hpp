// Money is kept in whole øre in a 64-bit integer. Tariffs, budgets and
// surplus rules are sums and products of kroner amounts and whole-number
// shares, so integer øre keeps the worked examples exact (725.912,00 kr.,
// 335,78 kr.) where binary doubles would drift; the one rounding (to the
// nearest øre, halves away from zero) happens where a division or a
// fractional day count makes it unavoidable.
#pragma once

#include <cmath>
#include <compare>
#include <cstdint>

namespace afk::numbers {

struct Money {
  std::int64_t ore = 0;

  static constexpr Money kroner(std::int64_t kroner) { return Money{kroner * 100}; }
  static constexpr Money from_ore(std::int64_t ore) { return Money{ore}; }
  // An amount typed in kroner (a price setting, a form field), to the nearest øre.
  static Money from_kroner(double kroner) { return Money{std::llround(kroner * 100.0)}; }
  constexpr double as_kroner() const { return static_cast<double>(ore) / 100.0; }

  friend constexpr Money operator+(Money a, Money b) { return Money{a.ore + b.ore}; }
  friend constexpr Money operator-(Money a, Money b) { return Money{a.ore - b.ore}; }
  friend constexpr Money operator-(Money a) { return Money{-a.ore}; }
  friend constexpr auto operator<=>(const Money&, const Money&) = default;
};

// A share in basis points: 1 % = 100, 80 % = 8000, 0.25 = 2500. Shares in the
// tariff rules are given to whole or hundredths of a percent, so they are
// exact as integers.
struct BasisPoints {
  std::int64_t value = 0;
  static constexpr BasisPoints percent(std::int64_t whole_percent) {
    return BasisPoints{whole_percent * 100};
  }
  friend constexpr auto operator<=>(const BasisPoints&, const BasisPoints&) = default;
};

// numerator / denominator rounded to the nearest integer, halves away from zero.
std::int64_t divide_rounded(std::int64_t numerator, std::int64_t denominator);

// amount × factor rounded to the nearest øre (for fractional day counts).
Money times_rounded(Money amount, double factor);

// amount × share rounded to the nearest øre.
Money share_of(Money amount, BasisPoints share);

}  // namespace afk::numbers
