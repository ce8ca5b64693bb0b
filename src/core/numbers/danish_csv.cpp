#include "core/numbers/danish_csv.hpp"

#include "core/numbers/danish_format.hpp"

namespace afk::numbers {

namespace {
std::string quoted_if_needed(const std::string& field) {
  if (field.find_first_of(";\"\r\n") == std::string::npos) return field;
  std::string quoted = "\"";
  for (char c : field) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

std::string cell_text(const ReportColumn& column, const CellValue& cell, const CsvOptions& options) {
  struct Visitor {
    const ReportColumn& column;
    const CsvOptions& options;
    std::string operator()(std::monostate) const { return ""; }
    std::string operator()(const std::string& text) const { return csv_text_field(text); }
    std::string operator()(std::int64_t value) const { return format_danish_integer(value, false); }
    std::string operator()(double value) const {
      return format_danish_decimal(value, column.type == ColumnType::integer ? 0 : column.decimals, false);
    }
    std::string operator()(Date date) const { return date.danish(); }
    std::string operator()(SuppressedCell) const { return csv_text_field(options.suppressed_marker); }
  };
  return std::visit(Visitor{column, options}, cell);
}
}  // namespace

std::string csv_text_field(const std::string& text) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
    return quoted_if_needed("'" + text);
  return quoted_if_needed(text);
}

std::string to_danish_csv(const ReportTable& table, const CsvOptions& options) {
  std::string csv = "\xEF\xBB\xBF";  // UTF-8 byte-order mark
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (c > 0) csv += ';';
    csv += csv_text_field(table.columns[c].heading_da);
  }
  csv += "\r\n";
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      if (c > 0) csv += ';';
      if (c < row.cells.size()) csv += cell_text(table.columns[c], row.cells[c], options);
    }
    csv += "\r\n";
  }
  if (options.include_notes && !table.notes_da.empty()) {
    csv += "\r\n";
    for (const auto& note : table.notes_da) csv += csv_text_field(note) + "\r\n";
  }
  return csv;
}

}  // namespace afk::numbers
