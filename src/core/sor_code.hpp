// A ward's SOR code (Sundhedsvæsenets Organisationsregister): how MedCom
// messages name the ward in charge of a stay. The administrator enters it;
// it is digits only, and no two wards share one (a message must find one ward).
#pragma once

#include <optional>
#include <span>
#include <string>

#include "core/organisation.hpp"
#include "core/result.hpp"

namespace afk {

// The ward with `code` (or without any, when code is none); bad_input
// `invalid_sor_code` for anything but 1–20 digits, rule_violated
// `sor_code_taken` when another of `wards` has it.
Result<Ward> set_sor_code(const Ward& ward, const std::optional<std::string>& code,
                          std::span<const Ward> wards);

}  // namespace afk
