// Aggregates are stored as one JSON document per row plus the key columns
// that queries filter on. These helpers do the row work once for every
// aggregate table: insert, load, and the version-checked update that refuses
// a stale write instead of overwriting a colleague's change.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/result.hpp"
#include "store/sql.hpp"

namespace afk::store {

using KeyColumns = std::vector<std::pair<std::string, SqlValue>>;

struct StoredDocument {
  std::int64_t id = 0;
  std::int64_t version = 0;
  std::string document;
};

// `table` and column names come from this code base, never from input.
std::int64_t insert_document(SqlConnection& sql, const std::string& table, const KeyColumns& keys,
                             const std::string& document);
std::optional<StoredDocument> load_document(SqlConnection& sql, const std::string& table, std::int64_t id);
// Replaces the document when its version is still `expected_version`, and
// returns the new version; a stale_version error otherwise.
Result<std::int64_t> update_document(SqlConnection& sql, const std::string& table, std::int64_t id,
                                     std::int64_t expected_version, const KeyColumns& keys,
                                     const std::string& document);
// Ids and versions of the rows matching `where`, in id order: enough to
// decide which documents must be read and parsed at all.
std::vector<std::pair<std::int64_t, std::int64_t>> select_versions(SqlConnection& sql, const std::string& table,
                                                                   const std::string& where,
                                                                   const std::vector<SqlValue>& params);
std::optional<std::int64_t> load_version(SqlConnection& sql, const std::string& table, std::int64_t id);

}  // namespace afk::store
