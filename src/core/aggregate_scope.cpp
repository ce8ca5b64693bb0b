#include "core/aggregate_scope.hpp"

#include "core/figure_reach.hpp"

namespace afk {

namespace {
Error outside_your_organisation() {
  return make_error(ErrorKind::forbidden, "outside_your_organisation",
                    "Rapporten kan kun vises for din egen organisation.");
}
}  // namespace

Result<AggregateScope> confine_aggregate_scope(Role role, std::optional<std::int64_t> organisation_id,
                                               const AggregateScope& asked) {
  const std::int64_t own = organisation_id.value_or(0);
  AggregateScope scope = asked;
  switch (figure_reach(role)) {
    case FigureReach::own_unit:
      if (asked.unit_id && *asked.unit_id != own) return outside_your_organisation();
      scope.unit_id = own;
      break;
    case FigureReach::own_municipality:
      if (asked.municipality_id && *asked.municipality_id != own) return outside_your_organisation();
      scope.municipality_id = own;
      break;
    case FigureReach::anywhere:
      break;
    case FigureReach::nowhere:
      return outside_your_organisation();
  }
  return scope;
}

Status check_unit_in_aggregate_scope(const AggregateScope& scope, std::int64_t unit_municipality_id) {
  if (scope.municipality_id && unit_municipality_id != *scope.municipality_id)
    return outside_your_organisation();
  return Done{};
}

}  // namespace afk
