#include "store/citizen_registry.hpp"

#include <algorithm>
#include <iterator>
#include <set>

#include "core/citizen_search.hpp"
#include "store/aggregates.hpp"

namespace afk::store {

namespace {
void write_name_words(SqlConnection& sql, std::int64_t citizen_id, const std::string& name) {
  std::vector<std::string> words = name_search_words(name);
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  for (const std::string& word : words)
    sql.execute("INSERT INTO citizen_name_words (word, citizen_id) VALUES (?, ?)", {word, citizen_id});
  sql.execute("UPDATE citizens SET name_words_indexed = 1 WHERE id = ?", {citizen_id});
}

// The citizens of the scope, as a subquery; see citizens_with_name_prefixes.
std::string scope_subquery(const ListScope& scope, std::vector<SqlValue>& params) {
  params.emplace_back(scope.id);
  params.emplace_back(scope.id);
  switch (scope.kind) {
    case ListScope::Kind::ward:
      return "SELECT citizen_id FROM citizen_links WHERE organisation_kind = 'ward' AND organisation_id = ? "
             "UNION SELECT citizen_id FROM referrals WHERE ward_id = ?";
    case ListScope::Kind::citizens_municipality:
      return "SELECT id FROM citizens WHERE municipality_id = ? UNION SELECT citizen_id FROM citizen_links "
             "WHERE organisation_kind = 'municipality' AND organisation_id = ?";
    case ListScope::Kind::unit:
      break;
  }
  return "SELECT citizen_id FROM citizen_links WHERE organisation_kind = 'unit' AND organisation_id = ? "
         "UNION SELECT citizen_id FROM referrals WHERE unit_id = ?";
}
}  // namespace

std::optional<std::int64_t> citizen_with_cpr_key(SqlConnection& sql, const std::string& cpr_key) {
  const auto rows = sql.query("SELECT id FROM citizens WHERE cpr_key = ?", {cpr_key});
  if (rows.empty()) return std::nullopt;
  return rows.front().integer(0);
}

void insert_citizen(SqlConnection& sql, Citizen& citizen, const std::string& cpr_key) {
  insert(sql, citizen);
  if (!cpr_key.empty()) sql.execute("UPDATE citizens SET cpr_key = ? WHERE id = ?", {cpr_key, citizen.id});
  write_name_words(sql, citizen.id, citizen.name);
}

std::int64_t index_citizen_names_once(SqlConnection& sql) {
  std::int64_t indexed = 0;
  for (const SqlRow& row : sql.query("SELECT id FROM citizens WHERE name_words_indexed = 0")) {
    const auto citizen = load<Citizen>(sql, row.integer(0));
    if (!citizen) continue;
    write_name_words(sql, citizen->id, citizen->name);
    ++indexed;
  }
  return indexed;
}

std::vector<std::int64_t> citizens_with_name_prefixes(SqlConnection& sql,
                                                      const std::vector<std::string>& prefixes,
                                                      const ListScope& scope, std::size_t limit) {
  std::optional<std::set<std::int64_t>> matching;
  for (const std::string& prefix : prefixes) {
    // Search words are a-z and 0-9, and '{' follows 'z': every word beginning
    // with the prefix lies in [prefix, prefix + "{"), an index range.
    std::vector<SqlValue> params{prefix, prefix + "{"};
    const std::string sql_text =
        "SELECT DISTINCT citizen_id FROM citizen_name_words WHERE word >= ? AND word < ? AND citizen_id IN "
        "(" +
        scope_subquery(scope, params) + ")";
    std::set<std::int64_t> ids;
    for (const SqlRow& row : sql.query(sql_text, params)) ids.insert(row.integer(0));
    if (matching) {
      std::set<std::int64_t> both;
      std::set_intersection(matching->begin(), matching->end(), ids.begin(), ids.end(),
                            std::inserter(both, both.end()));
      matching = std::move(both);
    } else {
      matching = std::move(ids);
    }
    if (matching->empty()) break;
  }
  std::vector<std::int64_t> found;
  if (!matching) return found;
  for (const std::int64_t id : *matching) {
    if (found.size() == limit) break;
    found.push_back(id);
  }
  return found;
}

}  // namespace afk::store
