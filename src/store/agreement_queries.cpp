#include "store/agreement_queries.hpp"

#include "store/aggregates.hpp"

namespace afk::store {

std::vector<CooperationAgreement> agreements_of_unit(SqlConnection& sql, std::int64_t unit_id) {
  return select<CooperationAgreement>(sql, "unit_id = ?", {unit_id});
}

}  // namespace afk::store
