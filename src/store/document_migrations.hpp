// Stored documents change form between releases as the aggregates grow.
// Each document row records the form it was written in (`document_schema`,
// migration 012). A step rewrites one table's documents from one form to the
// next; start-up applies the pending steps right after the SQL migrations,
// in the same way: once, whichever server gets there first, and every server
// of an installation runs the same release (docs/operations.md).
#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "store/sql.hpp"

namespace afk::store {

struct DocumentMigration {
  std::string table;
  int from_schema = 1;  // rewrites documents of this form into the next
  std::function<void(nlohmann::json& document)> rewrite;
};

// This release's steps, in order (document_migrations.cpp). None yet: every
// document is still in its first form.
const std::vector<DocumentMigration>& document_migrations();

// The form `table`'s documents are written in now: 1 plus its steps.
int document_schema(const std::string& table,
                    const std::vector<DocumentMigration>& steps = document_migrations());

// Rewrites every document below its table's current form, step by step, in
// the caller's write transaction, and returns how many changed. Versions stay
// as they are: the content is the same, in its new form, so nobody's open
// copy turns stale.
std::int64_t apply_document_migrations(SqlConnection& sql,
                                       const std::vector<DocumentMigration>& steps = document_migrations());

}  // namespace afk::store
