// A report table as every report answers it — the figures, the questionnaire
// change, the access log: typed columns, rows of cells by column key, the
// cells hidden as small cells, and notes. json/report_table_json fills it from
// core's ReportTable; the web app reads this one shape.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/numbers/period.hpp"
#include "core/numbers/report_table.hpp"
#include "core/report_scope.hpp"
#include "json/fields.hpp"

namespace afk::json {

// One row's cells by column key: text, a number, an ISO date, or null when
// the cell is empty or hidden.
struct TableCells {
  nlohmann::json by_key = nlohmann::json::object();
};
inline nlohmann::json encode(const TableCells& cells) { return cells.by_key; }

template <>
struct FreeFormSchema<TableCells> {
  static constexpr std::string_view schema =
      R"({"type": "object", "description": "Value by column key: text, a number or an ISO date; null = empty or hidden",
          "additionalProperties": {"nullable": true, "anyOf": [{"type": "string"}, {"type": "number"}]}})";
};

struct TableColumnView {
  std::string key;
  std::string heading;
  numbers::ColumnType type = numbers::ColumnType::text;
};

struct TableRowView {
  TableCells cells;
  bool is_total = false;
};

struct HiddenCellView {
  std::int64_t row = 0;
  std::string column;
};

struct ReportTableView {
  std::string title;
  std::vector<TableColumnView> columns;
  std::vector<TableRowView> rows;
  std::vector<HiddenCellView> suppressed;
  std::vector<std::string> notes;
};

// GET /reports/{figure}: the table with what it covers.
struct FigureView {
  std::string figure;
  ReportScope scope;
  numbers::Period period;
  ReportTableView table;
  bool small_cells_suppressed = false;
};

// GET /citizens/{id}/access-log: a page of the log as a table.
struct AccessLogView {
  ReportTableView table;
  std::optional<std::int64_t> next_before;
};

// GET /reports/questionnaire-change: paired change on one scale.
struct InstrumentNameView {
  std::string code;
  std::string name_da;
};
struct ChangeFiltersView {
  std::optional<std::int64_t> unit_id;
  std::optional<std::int64_t> municipality_id;
  std::optional<Date> from;
  std::optional<Date> to;
};
struct QuestionnaireChangeView {
  InstrumentNameView instrument;
  ChangeFiltersView filters;
  std::optional<double> relevant_change;
  bool small_cells_suppressed = false;
  ReportTableView table;
};

AFK_FIELDS(numbers::Period, "Period", field("from", &T::first), field("to", &T::last))

AFK_FIELDS(ReportScope, "ReportScope", field("kind", &T::kind),
           field("id", &T::id, "The unit, municipality or region; 0 for the whole country"))

AFK_FIELDS(TableColumnView, "ReportColumn", field("key", &T::key), field("heading", &T::heading),
           field("type", &T::type, "How the cells are written: percent cells hold the percent itself"))

AFK_FIELDS(TableRowView, "ReportRow", field("cells", &T::cells),
           field("is_total", &T::is_total, "A total row: its counts sum the other rows"))

AFK_FIELDS(HiddenCellView, "HiddenCell", field("row", &T::row, "Index into rows"),
           field("column", &T::column, "Column key"))

AFK_FIELDS(ReportTableView, "ReportTable", field("title", &T::title), field("columns", &T::columns),
           field("rows", &T::rows),
           field("suppressed", &T::suppressed,
                 "Every cell hidden as a small cell (1-4 citizens, or what reveals them)"),
           field("notes", &T::notes))

AFK_FIELDS(FigureView, "FigureReport", field("figure", &T::figure), field("scope", &T::scope),
           field("period", &T::period), flatten(&T::table),
           field("small_cells_suppressed", &T::small_cells_suppressed,
                 "Counts of 1-4 citizens are hidden for the caller's role"))

AFK_FIELDS(AccessLogView, "AccessLog", flatten(&T::table),
           field("next_before", &T::next_before,
                 "The id to pass as ?before= for the next page; null on the last"))

AFK_FIELDS(InstrumentNameView, "InstrumentName", field("code", &T::code), field("name_da", &T::name_da))

AFK_FIELDS(ChangeFiltersView, "QuestionnaireChangeFilters", field("unit_id", &T::unit_id),
           field("municipality_id", &T::municipality_id), field("from", &T::from), field("to", &T::to))

AFK_FIELDS(QuestionnaireChangeView, "QuestionnaireChangeReport", field("instrument", &T::instrument),
           field("filters", &T::filters, "The filters asked for"),
           field("relevant_change", &T::relevant_change,
                 "The scale's relevant change; null when it has none"),
           field("small_cells_suppressed", &T::small_cells_suppressed), field("table", &T::table))

}  // namespace afk::json
