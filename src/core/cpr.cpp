#include "core/cpr.hpp"

#include <cctype>

namespace afk {

int cpr_birth_year(int two_digit_year, int seventh_digit) {
  if (seventh_digit <= 3) return 1900 + two_digit_year;
  if (seventh_digit == 4 || seventh_digit == 9) return (two_digit_year <= 36 ? 2000 : 1900) + two_digit_year;
  return (two_digit_year <= 57 ? 2000 : 1800) + two_digit_year;  // 5–8
}

Result<Cpr> parse_cpr(std::string_view text) {
  std::string digits;
  if (text.size() == 11 && text[6] == '-') {
    digits = std::string(text.substr(0, 6)) + std::string(text.substr(7));
  } else if (text.size() == 10) {
    digits = std::string(text);
  }
  bool all_digits = digits.size() == 10;
  for (char c : digits) all_digits = all_digits && std::isdigit(static_cast<unsigned char>(c));
  if (!all_digits)
    return make_error(ErrorKind::bad_input, "cpr_format", "CPR-nummeret skal skrives som DDMMÅÅ-XXXX.",
                      "cpr");

  auto number = [&](size_t at) { return (digits[at] - '0') * 10 + (digits[at + 1] - '0'); };
  const int day = number(0);
  const int month = number(2);
  const int year = cpr_birth_year(number(4), digits[6] - '0');
  const auto birth_date = Date::from_ymd(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
  if (!birth_date)
    return make_error(ErrorKind::bad_input, "cpr_date", "CPR-nummerets fødselsdato findes ikke.", "cpr");
  return Cpr{digits, *birth_date};
}

std::string format_cpr(const Cpr& cpr) { return cpr.digits.substr(0, 6) + "-" + cpr.digits.substr(6); }

}  // namespace afk
