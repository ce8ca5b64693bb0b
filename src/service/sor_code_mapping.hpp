// SOR codes of wards and units: finding the one a message names, and the
// administrator's code for one — checked against every ward's and unit's (one
// register), saved if the record is still the version the administrator saw,
// audited. What was held for the code is the caller's.
#pragma once

#include <optional>
#include <string>

#include "core/sor_code.hpp"
#include "service/unit_of_work.hpp"
#include "store/aggregates.hpp"

namespace afk::service {

// The ward or unit (`Holder`) a MedCom message names by `sor_code`, if any.
template <class Holder>
std::optional<std::int64_t> with_sor_code(store::SqlConnection& sql, const std::string& sor_code) {
  for (const Holder& holder : store::select_all<Holder>(sql))
    if (holder.sor_code == sor_code) return holder.id;
  return std::nullopt;
}

// `Holder` is Ward or Unit; `entity` names it in the audit log.
template <class Holder>
Result<Holder> save_sor_code(store::SqlConnection& sql, AuditTrail& audit, const char* entity,
                             std::int64_t id, std::int64_t expected_version,
                             const std::optional<std::string>& sor_code) {
  AFK_TRY(holder, store::load<Holder>(sql, id));
  audit.record("sor_code", std::nullopt, entity, id);
  const std::vector<Ward> wards = store::select_all<Ward>(sql);
  const std::vector<Unit> units = store::select_all<Unit>(sql);
  AFK_TRY(mapped, set_sor_code(holder.value(), sor_code, sor_code_holders(wards, units)));
  AFK_CHECK(store::update(sql, mapped.value(), expected_version));
  return mapped;
}

}  // namespace afk::service
