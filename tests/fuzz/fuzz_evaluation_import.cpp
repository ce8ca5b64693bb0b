// libFuzzer harness: one line of an evaluation dataset as `afklaring import
// evaluation` reads it (json::parse_untrusted, then the row importer), into
// a migrated in-memory database; each input is rolled back. The first byte
// picks the dataset (courses, admissions, places, responses).
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

#include "json/untrusted_json.hpp"
#include "store/connection_pool.hpp"
#include "store/evaluation_dataset.hpp"
#include "store/sqlite/sqlite_connection.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const auto database = [] {
    auto connection = std::make_unique<afk::store::SqliteConnection>(":memory:");
    afk::store::migrate_sqlite(*connection);
    return connection;
  }();
  const std::string dataset = afk::store::evaluation_datasets[data[0] % 4];
  auto row =
      afk::json::parse_untrusted(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), "line");
  if (!row) return 0;
  afk::store::Transaction transaction(*database);
  (void)afk::store::import_evaluation_row(*database, dataset, row.value());
  // Not committed: the next input starts from the same empty tables.
  return 0;
}
