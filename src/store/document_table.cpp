#include "store/document_table.hpp"

#include "store/document_migrations.hpp"

namespace afk::store {

std::int64_t insert_document(SqlConnection& sql, const std::string& table, const KeyColumns& keys,
                             const std::string& document) {
  std::string columns = "document, document_schema, version";
  std::string placeholders = "?, ?, 1";
  std::vector<SqlValue> params{document, std::int64_t{document_schema(table)}};
  for (const auto& [column, value] : keys) {
    columns += ", " + column;
    placeholders += ", ?";
    params.push_back(value);
  }
  return sql.insert("INSERT INTO " + table + " (" + columns + ") VALUES (" + placeholders + ") RETURNING id",
                    params);
}

std::optional<StoredDocument> load_document(SqlConnection& sql, const std::string& table, std::int64_t id) {
  const auto rows = sql.query("SELECT id, version, document FROM " + table + " WHERE id = ?", {id});
  if (rows.empty()) return std::nullopt;
  return StoredDocument{rows[0].integer(0), rows[0].integer(1), rows[0].text(2)};
}

Result<std::int64_t> update_document(SqlConnection& sql, const std::string& table, std::int64_t id,
                                     std::int64_t expected_version, const KeyColumns& keys,
                                     const std::string& document) {
  std::string assignments = "document = ?, document_schema = ?, version = version + 1";
  std::vector<SqlValue> params{document, std::int64_t{document_schema(table)}};
  for (const auto& [column, value] : keys) {
    assignments += ", " + column + " = ?";
    params.push_back(value);
  }
  params.emplace_back(id);
  params.emplace_back(expected_version);
  const auto changed =
      sql.execute("UPDATE " + table + " SET " + assignments + " WHERE id = ? AND version = ?", params);
  if (changed == 1) return expected_version + 1;
  const auto current = sql.query("SELECT version FROM " + table + " WHERE id = ?", {id});
  if (current.empty()) return make_error(ErrorKind::not_found, "not_found", "Posten findes ikke.");
  return make_error(ErrorKind::stale_version, "stale_version",
                    "En kollega har ændret dette, efter du åbnede det. Dine indtastninger er ikke gemt; "
                    "genindlæs og prøv igen.");
}

std::vector<std::pair<std::int64_t, std::int64_t>> select_versions(SqlConnection& sql,
                                                                   const std::string& table,
                                                                   const std::string& where,
                                                                   const std::vector<SqlValue>& params) {
  std::vector<std::pair<std::int64_t, std::int64_t>> versions;
  for (const auto& row :
       sql.query("SELECT id, version FROM " + table + " WHERE " + where + " ORDER BY id", params))
    versions.emplace_back(row.integer(0), row.integer(1));
  return versions;
}

std::optional<std::int64_t> load_version(SqlConnection& sql, const std::string& table, std::int64_t id) {
  const auto rows = sql.query("SELECT version FROM " + table + " WHERE id = ?", {id});
  if (rows.empty()) return std::nullopt;
  return rows.front().integer(0);
}

}  // namespace afk::store
