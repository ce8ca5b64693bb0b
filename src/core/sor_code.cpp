#include "core/sor_code.hpp"

namespace afk {

Result<Ward> set_sor_code(const Ward& ward, const std::optional<std::string>& code,
                          std::span<const Ward> wards) {
  Ward next = ward;
  next.sor_code = code;
  if (!code) return next;
  if (code->empty() || code->size() > 20 || code->find_first_not_of("0123456789") != std::string::npos)
    return make_error(ErrorKind::bad_input, "invalid_sor_code", "En SOR-kode består af op til 20 cifre.",
                      "sor_code");
  for (const Ward& other : wards)
    if (other.id != ward.id && other.sor_code == code)
      return make_error(ErrorKind::rule_violated, "sor_code_taken",
                        "SOR-koden er allerede knyttet til " + other.name + ".", "sor_code");
  return next;
}

}  // namespace afk
