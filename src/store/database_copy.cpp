#include "store/database_copy.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "store/migrations.hpp"

namespace afk::store {

namespace {
// A table that holds what people entered: the destination must have none.
constexpr const char* tables_that_must_be_empty[] = {"municipalities", "regions", "users", "citizens",
                                                     "audit_log"};

std::string quoted(const std::string& identifier) { return "\"" + identifier + "\""; }

std::int64_t newest_migration(SqlConnection& sql) {
  const auto rows = sql.query("SELECT COALESCE(MAX(number), 0) FROM schema_migrations");
  return rows.front().integer(0);
}

// The source's tables, each after the tables its foreign keys point to.
std::vector<std::string> tables_in_reference_order(SqlConnection& sqlite) {
  std::vector<std::string> names;
  for (const SqlRow& row :
       sqlite.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                    "AND name <> 'schema_migrations' ORDER BY name"))
    names.push_back(row.text(0));
  std::map<std::string, std::set<std::string>> references;
  for (const std::string& name : names)
    for (const SqlRow& key : sqlite.query("SELECT \"table\" FROM pragma_foreign_key_list(?)", {name}))
      if (key.text(0) != name) references[name].insert(key.text(0));
  std::vector<std::string> ordered;
  std::set<std::string> placed;
  std::function<void(const std::string&)> place = [&](const std::string& name) {
    if (!placed.insert(name).second) return;
    for (const std::string& referenced : references[name]) place(referenced);
    ordered.push_back(name);
  };
  for (const std::string& name : names) place(name);
  return ordered;
}

std::vector<std::string> columns_of(SqlConnection& sqlite, const std::string& table) {
  std::vector<std::string> columns;
  for (const SqlRow& row : sqlite.query("SELECT name FROM pragma_table_info(?) ORDER BY cid", {table}))
    columns.push_back(row.text(0));
  return columns;
}

std::string joined(const std::vector<std::string>& parts, const std::string& separator,
                   const std::function<std::string(const std::string&)>& each) {
  std::string text;
  for (const std::string& part : parts) text += (text.empty() ? "" : separator) + each(part);
  return text;
}

Error refused(const std::string& code, const std::string& message) {
  return make_error(ErrorKind::illegal_state, code, message);
}
}  // namespace

Result<std::vector<CopiedTable>> copy_sqlite_to_postgres(SqlConnection& sqlite, SqlConnection& postgres) {
  const auto newest = static_cast<std::int64_t>(embedded_migrations().size());
  if (newest_migration(sqlite) != newest)
    return refused("source_not_migrated",
                   "Kildedatabasen er ikke på nyeste version. Kør 'afklaring migrate' på den først.");
  if (newest_migration(postgres) != newest)
    return refused("destination_not_migrated", "Måldatabasen er ikke på nyeste version.");

  Transaction read(sqlite, Transaction::Mode::read);  // one consistent picture of the source
  Transaction write(postgres);
  for (const char* table : tables_that_must_be_empty)
    if (!postgres.query("SELECT 1 FROM " + quoted(table) + " LIMIT 1").empty())
      return refused("destination_in_use", std::string("Måldatabasen er allerede taget i brug (tabellen ") +
                                               table + " har rækker). Kopiér kun til en ny database.");

  const std::vector<std::string> tables = tables_in_reference_order(sqlite);
  // What the destination's migrations seeded (instruments, prices, …) gives
  // way to the source's own rows, children first.
  for (auto table = tables.rbegin(); table != tables.rend(); ++table)
    postgres.execute("DELETE FROM " + quoted(*table));

  std::vector<CopiedTable> copied;
  for (const std::string& table : tables) {
    const std::vector<std::string> columns = columns_of(sqlite, table);
    const std::string column_list = joined(columns, ", ", quoted);
    const std::string insert = "INSERT INTO " + quoted(table) + " (" + column_list + ") VALUES (" +
                               joined(columns, ", ", [](const std::string&) { return "?"; }) + ")";
    CopiedTable result{table, 0};
    sqlite.for_each_row("SELECT " + column_list + " FROM " + quoted(table), {}, [&](const SqlRow& row) {
      postgres.execute(insert, row.values());
      ++result.rows;
    });
    // The identity counter continues after the highest copied id.
    if (std::find(columns.begin(), columns.end(), "id") != columns.end())
      postgres.query("SELECT setval(pg_get_serial_sequence(?, 'id'), COALESCE((SELECT MAX(id) FROM " +
                         quoted(table) +
                         "), 0) + 1, false) WHERE pg_get_serial_sequence(?, 'id') IS NOT NULL",
                     {table, table});
    copied.push_back(result);
  }
  write.commit();
  return copied;
}

}  // namespace afk::store
