// afklaring export evaluation / import evaluation: the pseudonymised dataset
// for the national evaluation (store/evaluation_dataset.hpp), written as
// JSON lines with a codebook next to it, and merged on the evaluator's
// installation, where `afklaring report --source imported` computes the
// national figures from it.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "app/clock.hpp"
#include "app/commands.hpp"
#include "app/database_option.hpp"
#include "app/installation_secret.hpp"
#include "json/untrusted_json.hpp"
#include "security/tokens.hpp"
#include "store/evaluation_dataset.hpp"

namespace afk::app {

namespace {

std::string trimmed_file(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw CLI::ValidationError("--key-file", "cannot read " + path);
  std::string text((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
  if (text.size() < 16) throw CLI::ValidationError("--key-file", "the key must be at least 16 characters");
  return text;
}

Date date_option(const std::string& text, const std::string& option) {
  auto parsed = Date::parse_iso(text);
  if (!parsed) throw CLI::ValidationError(option, "expected YYYY-MM-DD");
  return *parsed;
}

void register_export(CLI::App& app) {
  struct Options {
    std::string database = default_database;
    std::string from, to, out, key_file;
    std::int64_t municipality_id = 0;
  };
  auto options = std::make_shared<Options>();
  auto* export_command = app.add_subcommand("export", "Export data for others");
  export_command->require_subcommand(1);
  auto* command = export_command->add_subcommand(
      "evaluation", "Pseudonymised evaluation dataset (JSON lines) with a codebook, into a directory");
  command->add_option("--db", options->database, "SQLite database file, or a postgresql:// URI")
      ->capture_default_str();
  command->add_option("--from", options->from, "First day of the period (YYYY-MM-DD)")->required();
  command->add_option("--to", options->to, "Last day of the period (YYYY-MM-DD)")->required();
  command->add_option("--out", options->out, "Directory to write to (created if missing)")->required();
  command->add_option("--key-file", options->key_file,
                      "File with a shared national pseudonym key (default: this installation's own secret)");
  command->add_option("--municipality-id", options->municipality_id, "Only citizens of this municipality");
  command->callback([options] {
    const Date from = date_option(options->from, "--from");
    const Date to = date_option(options->to, "--to");
    if (to < from) throw CLI::ValidationError("--to", "must not be before --from");
    const std::string key = options->key_file.empty()
                                ? installation_secret(options->database, "evaluation-pseudonym")
                                : trimmed_file(options->key_file);
    store::EvaluationExportRequest request;
    request.pseudonym = [key](const std::string& text) { return security::keyed_hash(key, text); };
    request.source = installation_secret(options->database, "installation-id").substr(0, 16);
    if (options->municipality_id > 0) request.municipality_id = options->municipality_id;
    request.period = {from, to};

    std::filesystem::create_directories(options->out);
    const std::filesystem::path directory(options->out);
    std::map<std::string, std::ofstream> files;
    for (const char* dataset : store::evaluation_datasets)
      files[dataset].open(directory / (std::string(dataset) + ".jsonl"), std::ios::binary | std::ios::trunc);
    auto pool = open_database(options->database);
    auto connection = pool->acquire();
    store::Transaction transaction(*connection, store::Transaction::Mode::read);
    const auto counts = store::export_evaluation(
        *connection, request,
        [&](const std::string& dataset, const auto& row) { files.at(dataset) << row.dump() << '\n'; });
    transaction.commit();
    std::ofstream(directory / "codebook.md", std::ios::binary) << store::evaluation_codebook_markdown();
    std::ofstream(directory / "codebook.csv", std::ios::binary) << store::evaluation_codebook_csv();
    for (auto& [name, file] : files) {
      file.close();
      if (!file) throw std::runtime_error("could not write " + name + ".jsonl");
    }
    std::cout << "Evalueringsdata skrevet til " << options->out << ": " << counts.courses
              << " henvisninger/forløb, " << counts.admissions << " indlæggelser, " << counts.places
              << " pladser, " << counts.responses << " besvarelser.\n";
  });
}

void register_import(CLI::App& app) {
  struct Options {
    std::string database = default_database;
    std::vector<std::string> files;
  };
  auto options = std::make_shared<Options>();
  auto* import_command = app.add_subcommand("import", "Import data from others");
  import_command->require_subcommand(1);
  auto* command = import_command->add_subcommand(
      "evaluation",
      "Merge evaluation datasets (directories or courses/admissions/places/responses.jsonl files)");
  command->add_option("--db", options->database, "SQLite database file, or a postgresql:// URI")
      ->capture_default_str();
  command->add_option("files", options->files, "Export directories or .jsonl files")->required();
  command->callback([options] {
    std::vector<std::filesystem::path> files;
    for (const auto& name : options->files) {
      const std::filesystem::path path(name);
      if (std::filesystem::is_directory(path)) {
        for (const char* dataset : store::evaluation_datasets)
          if (std::filesystem::exists(path / (std::string(dataset) + ".jsonl")))
            files.push_back(path / (std::string(dataset) + ".jsonl"));
      } else {
        files.push_back(path);
      }
    }
    auto pool = open_database(options->database);
    auto connection = pool->acquire();
    // All files or nothing: a bad row leaves the database as it was.
    store::Transaction transaction(*connection);
    std::int64_t rows = 0;
    for (const auto& file : files) {
      const std::string dataset = file.stem().string();
      std::ifstream input(file, std::ios::binary);
      if (!input) throw std::runtime_error("cannot read " + file.string());
      std::string line;
      for (int number = 1; std::getline(input, line); ++number) {
        if (line.empty()) continue;
        auto row = json::parse_untrusted(line, "line");
        if (!row)
          throw std::runtime_error(file.string() + " line " + std::to_string(number) + ": " +
                                   row.error().message);
        auto imported = store::import_evaluation_row(*connection, dataset, row.value());
        if (!imported)
          throw std::runtime_error(file.string() + " line " + std::to_string(number) + ": " +
                                   imported.error().message);
        ++rows;
      }
    }
    transaction.commit();
    std::cout << "Importeret " << rows << " rækker fra " << files.size() << " filer.\n";
  });
}

}  // namespace

void register_evaluation_commands(CLI::App& app) {
  register_export(app);
  register_import(app);
}

}  // namespace afk::app
