// How much of the country a role's aggregate answers may cover (who-gains,
// the questionnaire change), confined by how far the role's figures reach
// (core/figure_reach): the own unit, the units of the own municipality, or
// what was asked.
#pragma once

#include <cstdint>
#include <optional>

#include "core/result.hpp"
#include "core/role.hpp"

namespace afk {

struct AggregateScope {
  std::optional<std::int64_t> unit_id;          // only this unit
  std::optional<std::int64_t> municipality_id;  // only the units of this municipality
};

// The scope `asked` confined to the caller's organisation. forbidden
// `outside_your_organisation` when the ask names another unit or
// municipality than the caller's own. Whether an asked unit lies in the
// confining municipality needs the unit: the caller checks that.
Result<AggregateScope> confine_aggregate_scope(Role role, std::optional<std::int64_t> organisation_id,
                                               const AggregateScope& asked);

// The second half of that check, once the unit is loaded: forbidden
// `outside_your_organisation` when `scope` is confined to a municipality and
// the unit lies in `unit_municipality_id`, another one.
Status check_unit_in_aggregate_scope(const AggregateScope& scope, std::int64_t unit_municipality_id);

}  // namespace afk
