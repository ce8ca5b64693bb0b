// CPR numbers (DDMMYY-SSSS). We check the date part and the century rule of
// the 7th digit; since 2007 not every valid number passes modulus 11, so that
// check is deliberately absent.
#pragma once

#include <string>
#include <string_view>

#include "core/date.hpp"
#include "core/result.hpp"

namespace afk {

struct Cpr {
  std::string digits;  // ten digits, no hyphen: the stored form
  Date birth_date;

  friend bool operator==(const Cpr&, const Cpr&) = default;
};

// Accepts "DDMMYY-SSSS" or "DDMMYYSSSS". Errors: bad_input `cpr_format`,
// `cpr_date` (no such birth date).
Result<Cpr> parse_cpr(std::string_view text);

// The birth century from the 7th digit and the two-digit year (CPR office rule).
int cpr_birth_year(int two_digit_year, int seventh_digit);

// "DDMMYY-SSSS" for screens.
std::string format_cpr(const Cpr& cpr);

}  // namespace afk
