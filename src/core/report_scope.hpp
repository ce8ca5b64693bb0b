// The area a report covers (a unit, a municipality, a region or the whole
// country), confined by how far the role's figures reach (core/figure_reach).
#pragma once

#include <array>
#include <cstdint>
#include <optional>

#include "core/enum_codes.hpp"
#include "core/result.hpp"
#include "core/role.hpp"

namespace afk {

enum class ReportScopeKind { unit, municipality, region, national };

struct ReportScope {
  ReportScopeKind kind = ReportScopeKind::national;
  std::int64_t id = 0;  // unit, municipality or region id; unused for national
};

template <>
struct EnumCodes<ReportScopeKind> {
  static constexpr std::array<EnumText<ReportScopeKind>, 4> table{{
      {ReportScopeKind::unit, "unit", "Enhed"},
      {ReportScopeKind::municipality, "municipality", "Kommune"},
      {ReportScopeKind::region, "region", "Region"},
      {ReportScopeKind::national, "national", "Hele landet"},
  }};
};

// The report area for a caller who asked for `asked_kind` and `asked_id`
// (either may be absent: the role's own organisation is the default).
// bad_input `id_required` naming "id" when a unit, municipality or region
// has no id; forbidden when the role may not look there.
Result<ReportScope> confine_report_scope(Role role, std::optional<std::int64_t> organisation_id,
                                         std::optional<ReportScopeKind> asked_kind,
                                         std::optional<std::int64_t> asked_id);

}  // namespace afk
