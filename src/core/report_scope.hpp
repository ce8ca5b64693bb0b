// The area a report covers (a unit, a municipality, a region or the whole
// country), confined by how far the role's figures reach (core/figure_reach).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "core/role.hpp"

namespace afk {

enum class ReportScopeKind { unit, municipality, region, national };

struct ReportScope {
  ReportScopeKind kind = ReportScopeKind::national;
  std::int64_t id = 0;  // unit, municipality or region id; unused for national
};

std::optional<ReportScopeKind> report_scope_kind_from_code(std::string_view code);
std::string report_scope_kind_code(ReportScopeKind kind);

// The report area for a caller who asked for `asked_kind` and `asked_id`
// (either may be absent: the role's own organisation is the default).
// bad_input `id_required` naming "id" when a unit, municipality or region
// has no id; forbidden when the role may not look there.
Result<ReportScope> confine_report_scope(Role role, std::optional<std::int64_t> organisation_id,
                                         std::optional<ReportScopeKind> asked_kind,
                                         std::optional<std::int64_t> asked_id);

}  // namespace afk
