// SOR codes (Sundhedsvæsenets Organisationsregister): how MedCom messages name
// an organisation. A ward's names the ward in charge of a stay
// (HospitalNotification) and the ward a letter goes to or comes from; a
// unit's names the afklaringsplads as sender and receiver of letters
// (CareCommunication). The administrator enters them; a code is digits only
// and belongs to one ward or unit, so a message always finds one.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/organisation.hpp"
#include "core/result.hpp"
#include "core/unit.hpp"

namespace afk {

// A ward or unit as far as SOR codes go.
struct SorCodeHolder {
  bool is_unit = false;
  std::int64_t id = 0;
  std::string name;
  std::optional<std::string> sor_code;
};
std::vector<SorCodeHolder> sor_code_holders(std::span<const Ward> wards, std::span<const Unit> units);

// The ward or unit with `code` (or without any, when code is none); bad_input
// `invalid_sor_code` for anything but 1–20 digits, rule_violated
// `sor_code_taken` when another ward or unit of `holders` has it.
Result<Ward> set_sor_code(const Ward& ward, const std::optional<std::string>& code,
                          std::span<const SorCodeHolder> holders);
Result<Unit> set_sor_code(const Unit& unit, const std::optional<std::string>& code,
                          std::span<const SorCodeHolder> holders);

}  // namespace afk
