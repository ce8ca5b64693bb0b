#include "store/document_migrations.hpp"

#include <set>
#include <stdexcept>

namespace afk::store {

namespace {
// Documents rewritten per read, so memory stays small however big the table.
constexpr int rows_per_batch = 500;

struct PendingDocument {
  std::int64_t id = 0;
  int schema = 1;
  std::string document;
};
}  // namespace

const std::vector<DocumentMigration>& document_migrations() {
  static const std::vector<DocumentMigration> steps;
  return steps;
}

int document_schema(const std::string& table, const std::vector<DocumentMigration>& steps) {
  int schema = 1;
  for (const DocumentMigration& step : steps)
    if (step.table == table) {
      if (step.from_schema != schema) throw std::logic_error("document steps of " + table + " skip a form");
      ++schema;
    }
  return schema;
}

std::int64_t apply_document_migrations(SqlConnection& sql, const std::vector<DocumentMigration>& steps) {
  std::set<std::string> tables;
  for (const DocumentMigration& step : steps) tables.insert(step.table);
  std::int64_t rewritten = 0;
  for (const std::string& table : tables) {
    const int current = document_schema(table, steps);
    for (std::int64_t after = 0;;) {
      std::vector<PendingDocument> batch;
      for (const SqlRow& row : sql.query("SELECT id, document_schema, document FROM " + table +
                                             " WHERE document_schema < ? AND id > ? ORDER BY id LIMIT " +
                                             std::to_string(rows_per_batch),
                                         {std::int64_t{current}, after}))
        batch.push_back({row.integer(0), static_cast<int>(row.integer(1)), row.text(2)});
      if (batch.empty()) break;
      for (PendingDocument& pending : batch) {
        nlohmann::json document = nlohmann::json::parse(pending.document);
        for (const DocumentMigration& step : steps)
          if (step.table == table && step.from_schema >= pending.schema) step.rewrite(document);
        sql.execute("UPDATE " + table + " SET document = ?, document_schema = ? WHERE id = ?",
                    {document.dump(), std::int64_t{current}, pending.id});
        after = pending.id;
        ++rewritten;
      }
    }
  }
  return rewritten;
}

}  // namespace afk::store
