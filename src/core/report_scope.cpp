#include "core/report_scope.hpp"

#include "core/figure_reach.hpp"

namespace afk {

namespace {
Error refused(const char* message) { return make_error(ErrorKind::forbidden, "forbidden", message); }
}  // namespace

Result<ReportScope> confine_report_scope(Role role, std::optional<std::int64_t> organisation_id,
                                         std::optional<ReportScopeKind> asked_kind,
                                         std::optional<std::int64_t> asked_id) {
  const FigureReach reach = figure_reach(role);
  if (reach == FigureReach::nowhere) return refused("Din rolle giver ikke adgang til rapporter.");
  const std::int64_t own = organisation_id.value_or(0);
  ReportScopeKind kind = reach == FigureReach::own_unit           ? ReportScopeKind::unit
                         : reach == FigureReach::own_municipality ? ReportScopeKind::municipality
                                                                  : ReportScopeKind::national;
  if (asked_kind) kind = *asked_kind;
  const std::int64_t id = asked_id ? *asked_id : (reach == FigureReach::anywhere ? 0 : own);
  if (kind != ReportScopeKind::national && id <= 0)
    return make_error(ErrorKind::bad_input, "id_required", "Angiv id for tilbuddet, kommunen eller regionen.",
                      "id");
  if (reach == FigureReach::own_unit && (kind != ReportScopeKind::unit || id != own))
    return refused("Du kan kun se tal for dit eget tilbud.");
  if (reach == FigureReach::own_municipality && (kind != ReportScopeKind::municipality || id != own))
    return refused("Du kan kun se tal for din egen kommune.");
  return ReportScope{kind, kind == ReportScopeKind::national ? 0 : id};
}

}  // namespace afk
