// afklaring report FIGURE: the same figures as GET /api/v1/reports/{figure},
// as Danish-Excel CSV or JSON, to a file or standard output. The command
// line runs with the database owner's rights, so nothing is suppressed
// unless --suppress asks for the published (small cells hidden) version.
#include <fstream>
#include <iostream>

#include "app/clock.hpp"
#include "app/commands.hpp"
#include "app/database_option.hpp"
#include "core/numbers/danish_csv.hpp"
#include "core/numbers/small_cell_suppression.hpp"
#include "json/report_table_json.hpp"
#include "store/evaluation_dataset.hpp"
#include "store/report_figures.hpp"

namespace afk::app {

namespace {
Date parse_date_option(const std::string& text, const std::string& option) {
  auto parsed = Date::parse_iso(text);
  if (!parsed) throw CLI::ValidationError(option, "expected YYYY-MM-DD");
  return *parsed;
}
}  // namespace

// JSON (the API's body) or Danish-Excel CSV with the notes below the rows.
std::string render_report(const numbers::ReportTable& table, const std::string& format) {
  if (format == "json") return json::report_table_json(table).dump(2) + "\n";
  numbers::CsvOptions options;
  options.include_notes = true;
  return numbers::to_danish_csv(table, options);
}

void register_evaluation_commands(CLI::App& app);

namespace {
void register_report(CLI::App& app) {
  struct Options {
    std::string figure;
    std::string database = default_database;
    std::string scope = "national";
    std::int64_t id = 0;
    std::string from, to, today;
    std::string format = "csv";
    std::string out;
    std::string source = "local";
    bool suppress = false;
  };
  auto options = std::make_shared<Options>();
  auto* command = app.add_subcommand("report", "Write a report figure as CSV (Danish Excel) or JSON");
  command
      ->add_option("figure", options->figure,
                   "flow, days-awaiting-discharge, readmissions, length-of-stay, "
                   "occupancy, destinations or baseline-comparison")
      ->required();
  command->add_option("--db", options->database, "SQLite database file, or a postgresql:// URI")
      ->capture_default_str();
  command->add_option("--scope", options->scope, "unit, municipality, region or national")
      ->capture_default_str();
  command->add_option("--id", options->id, "Id of the unit, municipality or region");
  command->add_option("--from", options->from,
                      "First day of the period (YYYY-MM-DD; default a year before --to)");
  command->add_option("--to", options->to, "Last day of the period (YYYY-MM-DD; default today)");
  command->add_option("--today", options->today, "Pretend today is this date (YYYY-MM-DD)");
  command->add_option("--format", options->format, "csv or json")
      ->capture_default_str()
      ->check(CLI::IsMember({"csv", "json"}));
  command->add_option("--out", options->out, "Write to this file instead of standard output");
  command
      ->add_option("--source", options->source,
                   "local (this installation's data) or imported (evaluation datasets, national only)")
      ->capture_default_str()
      ->check(CLI::IsMember({"local", "imported"}));
  command->add_flag("--suppress", options->suppress, "Hide counts of fewer than 5 citizens, as published");
  command->callback([options] {
    if (!store::is_report_figure(options->figure)) throw CLI::ValidationError("figure", "unknown figure");
    const auto kind = from_code<store::ReportScopeKind>(options->scope);
    if (!kind) throw CLI::ValidationError("--scope", "expected unit, municipality, region or national");
    if (*kind != store::ReportScopeKind::national && options->id <= 0)
      throw CLI::ValidationError("--id", "required for this scope");
    const Date today =
        options->today.empty() ? system_clock().today() : parse_date_option(options->today, "--today");
    const Date to = options->to.empty() ? today : parse_date_option(options->to, "--to");
    const Date from = options->from.empty() ? to.plus_days(-364) : parse_date_option(options->from, "--from");
    if (to < from) throw CLI::ValidationError("--to", "must not be before --from");

    auto pool = open_database(options->database);
    auto connection = pool->acquire();
    store::FigureRequest request{options->figure, {from, to}, today, store::ReportGrouping::unit, {}};
    auto compute = [&]() -> Result<numbers::ReportTable> {
      if (options->source == "imported") {
        request.grouping = store::ReportGrouping::municipality;
        store::Transaction transaction(*connection, store::Transaction::Mode::read);
        auto facts = store::load_imported_facts(*connection, {*kind, options->id}, request.period,
                                                store::facts_needed_for(options->figure));
        request.baselines = store::load_baselines(*connection);
        transaction.commit();
        return store::compute_figure(request, std::move(facts));
      }
      {
        store::Transaction transaction(*connection);
        if (store::report_facts_behind(*connection)) {
          std::cerr << R"({"level":"info","msg":"rebuilding report facts"})"
                    << "\n";
          store::rebuild_report_facts(*connection);
        }
        transaction.commit();
      }
      if (*kind == store::ReportScopeKind::national) request.grouping = store::ReportGrouping::municipality;
      store::Transaction transaction(*connection, store::Transaction::Mode::read);
      request.baselines = store::load_baselines(*connection);
      auto table = store::report_figure(*connection, {*kind, options->id}, request);
      transaction.commit();
      return table;
    };
    auto table = compute();
    if (!table) throw CLI::ValidationError("figure", table.error().message);
    numbers::ReportTable result = std::move(table).value();
    if (options->suppress) result = numbers::suppress_small_cells(std::move(result)).table;
    const std::string body = render_report(result, options->format);
    if (options->out.empty()) {
      std::cout << body;
    } else {
      std::ofstream file(options->out, std::ios::binary);
      file << body;
      if (!file) throw std::runtime_error("could not write " + options->out);
    }
  });
}

}  // namespace

void register_report_commands(CLI::App& app) {
  register_report(app);
  register_evaluation_commands(app);
}

}  // namespace afk::app
