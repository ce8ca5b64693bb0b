#include "store/referral_queries.hpp"

#include "store/aggregates.hpp"
#include "store/list_scope_condition.hpp"

namespace afk::store {

std::vector<Referral> list_referrals(SqlConnection& sql, const ListScope& scope,
                                     const std::optional<std::string>& state) {
  std::vector<SqlValue> params;
  std::string where = list_scope_condition(scope, params);
  if (state) {
    where += " AND state = ?";
    params.emplace_back(*state);
  }
  return select<Referral>(sql, where, params);
}

std::vector<Referral> referrals_of_citizen(SqlConnection& sql, std::int64_t citizen_id) {
  return select<Referral>(sql, "citizen_id = ?", {citizen_id});
}

std::int64_t count_submitted_referrals(SqlConnection& sql, std::int64_t unit_id) {
  return sql.query("SELECT COUNT(*) FROM referrals WHERE unit_id = ? AND state = 'submitted'", {unit_id})[0]
      .integer(0);
}

}  // namespace afk::store
