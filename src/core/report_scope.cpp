#include "core/report_scope.hpp"

namespace afk {

std::optional<ReportScopeKind> report_scope_kind_from_code(std::string_view code) {
  if (code == "unit") return ReportScopeKind::unit;
  if (code == "municipality") return ReportScopeKind::municipality;
  if (code == "region") return ReportScopeKind::region;
  if (code == "national") return ReportScopeKind::national;
  return std::nullopt;
}

std::string report_scope_kind_code(ReportScopeKind kind) {
  switch (kind) {
    case ReportScopeKind::unit:
      return "unit";
    case ReportScopeKind::municipality:
      return "municipality";
    case ReportScopeKind::region:
      return "region";
    case ReportScopeKind::national:
      return "national";
  }
  return "national";
}

namespace {
Error refused(const char* message) { return make_error(ErrorKind::forbidden, "forbidden", message); }
}  // namespace

Result<ReportScope> confine_report_scope(Role role, std::optional<std::int64_t> organisation_id,
                                         std::optional<ReportScopeKind> asked_kind,
                                         std::optional<std::int64_t> asked_id) {
  const std::int64_t own = organisation_id.value_or(0);
  ReportScopeKind kind = ReportScopeKind::national;
  if (role == Role::unit_staff || role == Role::unit_lead) kind = ReportScopeKind::unit;
  if (role == Role::authority || role == Role::project_lead) kind = ReportScopeKind::municipality;
  if (asked_kind) kind = *asked_kind;
  const std::int64_t id = asked_id ? *asked_id : (role == Role::evaluator ? 0 : own);
  if (kind != ReportScopeKind::national && id <= 0)
    return make_error(ErrorKind::bad_input, "id_required", "Angiv id for tilbuddet, kommunen eller regionen.",
                      "id");
  switch (role) {
    case Role::unit_staff:
    case Role::unit_lead:
      if (kind != ReportScopeKind::unit || id != own)
        return refused("Du kan kun se tal for dit eget tilbud.");
      break;
    case Role::authority:
    case Role::project_lead:
      if (kind != ReportScopeKind::municipality || id != own)
        return refused("Du kan kun se tal for din egen kommune.");
      break;
    case Role::evaluator:
      break;
    case Role::ward_staff:
    case Role::admin:
      return refused("Din rolle giver ikke adgang til rapporter.");
  }
  return ReportScope{kind, kind == ReportScopeKind::national ? 0 : id};
}

}  // namespace afk
