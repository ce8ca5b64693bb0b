#include "store/citizen_registry.hpp"

#include "store/aggregates.hpp"

namespace afk::store {

std::optional<std::int64_t> citizen_with_cpr_key(SqlConnection& sql, const std::string& cpr_key) {
  const auto rows = sql.query("SELECT id FROM citizens WHERE cpr_key = ?", {cpr_key});
  if (rows.empty()) return std::nullopt;
  return rows.front().integer(0);
}

void insert_citizen(SqlConnection& sql, Citizen& citizen, const std::string& cpr_key) {
  insert(sql, citizen);
  if (!cpr_key.empty()) sql.execute("UPDATE citizens SET cpr_key = ? WHERE id = ?", {cpr_key, citizen.id});
}

}  // namespace afk::store
