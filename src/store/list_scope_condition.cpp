#include "store/list_scope_condition.hpp"

namespace afk::store {

std::string list_scope_condition(const ListScope& scope, std::vector<SqlValue>& params) {
  params.emplace_back(scope.id);
  switch (scope.kind) {
    case ListScope::Kind::ward:
      return "ward_id = ?";
    case ListScope::Kind::citizens_municipality:
      return "citizen_id IN (SELECT id FROM citizens WHERE municipality_id = ?)";
    case ListScope::Kind::unit:
      break;
  }
  return "unit_id = ?";
}

}  // namespace afk::store
