#include "store/migrations.hpp"

#include <algorithm>
#include <regex>
#include <utility>

namespace afk::store {

const std::vector<std::pair<std::string_view, std::string_view>>& embedded_migration_files();

namespace {
std::string replace_all(std::string text, std::string_view from, std::string_view to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

// Expands every `{{day_number X}}` with the dialect's conversion of column X.
std::string expand_day_numbers(std::string text, std::string_view conversion) {
  static const std::regex placeholder(R"(\{\{day_number ([a-z_]+)\}\})");
  std::string out;
  std::sregex_iterator match(text.begin(), text.end(), placeholder), end;
  std::size_t copied = 0;
  for (; match != end; ++match) {
    out.append(text, copied, static_cast<std::size_t>(match->position()) - copied);
    out += replace_all(std::string(conversion), "%", match->str(1));
    copied = static_cast<std::size_t>(match->position() + match->length());
  }
  out.append(text, copied);
  return out;
}
}  // namespace

std::vector<Migration> embedded_migrations(const MigrationDialect& dialect) {
  std::vector<Migration> migrations;
  for (const auto& [file_name, sql] : embedded_migration_files()) {
    Migration migration;
    migration.number = std::stoi(std::string(file_name.substr(0, file_name.find('_'))));
    migration.name = std::string(file_name);
    std::string text = replace_all(std::string(sql), "INTEGER", dialect.integer);
    text = replace_all(text, "{{id}}", dialect.id_column);
    text = expand_day_numbers(std::move(text), dialect.day_number);
    text = replace_all(text, "{{byte_ordered_text}}", dialect.byte_ordered_text);
    migration.sql = replace_all(text, "{{without_rowid}}", dialect.without_rowid);
    migrations.push_back(std::move(migration));
  }
  std::sort(migrations.begin(), migrations.end(),
            [](const Migration& a, const Migration& b) { return a.number < b.number; });
  return migrations;
}

int apply_migrations(SqlConnection& connection, const std::vector<Migration>& migrations) {
  {
    // Inside a write transaction: servers starting together take turns (a
    // concurrent CREATE TABLE IF NOT EXISTS can fail in PostgreSQL).
    Transaction transaction(connection);
    connection.execute_script(
        "CREATE TABLE IF NOT EXISTS schema_migrations (number INTEGER PRIMARY KEY, name TEXT NOT NULL)");
    transaction.commit();
  }
  int applied = 0;
  for (const Migration& migration : migrations) {
    Transaction transaction(connection);
    const auto existing = connection.query("SELECT number FROM schema_migrations WHERE number = ?",
                                           {std::int64_t{migration.number}});
    if (!existing.empty()) continue;
    connection.execute_script(migration.sql);
    connection.execute("INSERT INTO schema_migrations (number, name) VALUES (?, ?)",
                       {std::int64_t{migration.number}, migration.name});
    transaction.commit();
    ++applied;
  }
  return applied;
}

}  // namespace afk::store
