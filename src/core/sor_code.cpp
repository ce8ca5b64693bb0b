#include "core/sor_code.hpp"

namespace afk {

namespace {
Status check_sor_code(const SorCodeHolder& self, const std::optional<std::string>& code,
                      std::span<const SorCodeHolder> holders) {
  if (!code) return ok_status();
  if (code->empty() || code->size() > 20 || code->find_first_not_of("0123456789") != std::string::npos)
    return make_error(ErrorKind::bad_input, "invalid_sor_code", "En SOR-kode består af op til 20 cifre.",
                      "sor_code");
  for (const SorCodeHolder& other : holders)
    if ((other.is_unit != self.is_unit || other.id != self.id) && other.sor_code == code)
      return make_error(ErrorKind::rule_violated, "sor_code_taken",
                        "SOR-koden er allerede knyttet til " + other.name + ".", "sor_code");
  return ok_status();
}
}  // namespace

std::vector<SorCodeHolder> sor_code_holders(std::span<const Ward> wards, std::span<const Unit> units) {
  std::vector<SorCodeHolder> holders;
  for (const Ward& ward : wards) holders.push_back({false, ward.id, ward.name, ward.sor_code});
  for (const Unit& unit : units) holders.push_back({true, unit.id, unit.name, unit.sor_code});
  return holders;
}

Result<Ward> set_sor_code(const Ward& ward, const std::optional<std::string>& code,
                          std::span<const SorCodeHolder> holders) {
  AFK_CHECK(check_sor_code({false, ward.id, ward.name, ward.sor_code}, code, holders));
  Ward next = ward;
  next.sor_code = code;
  return next;
}

Result<Unit> set_sor_code(const Unit& unit, const std::optional<std::string>& code,
                          std::span<const SorCodeHolder> holders) {
  AFK_CHECK(check_sor_code({true, unit.id, unit.name, unit.sor_code}, code, holders));
  Unit next = unit;
  next.sor_code = code;
  return next;
}

}  // namespace afk
