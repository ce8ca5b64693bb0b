// How far a role's figures may reach — the one rule the report areas
// (core/report_scope) and the aggregate answers (core/aggregate_scope:
// who-gains, the questionnaire change) are confined by. A unit's staff and
// lead see their own unit, the municipal authority and the project lead
// their own municipality, the evaluator and the administrator anywhere.
// Which roles may read which report at all is the access policy's
// (core/access_policy); ward staff and integrations read none.
#pragma once

#include "core/role.hpp"

namespace afk {

enum class FigureReach { own_unit, own_municipality, anywhere, nowhere };

constexpr FigureReach figure_reach(Role role) {
  switch (role) {
    case Role::unit_staff:
    case Role::unit_lead:
      return FigureReach::own_unit;
    case Role::authority:
    case Role::project_lead:
      return FigureReach::own_municipality;
    case Role::evaluator:
    case Role::admin:
      return FigureReach::anywhere;
    case Role::ward_staff:
    case Role::integration:
      return FigureReach::nowhere;
  }
  return FigureReach::nowhere;
}

}  // namespace afk
