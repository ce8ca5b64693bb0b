#include "json/report_table_json.hpp"

namespace afk::json {

using numbers::CellValue;
using numbers::ColumnType;
using numbers::ReportTable;

nlohmann::json report_table_json(const ReportTable& table) {
  nlohmann::json columns = nlohmann::json::array();
  for (const auto& column : table.columns) {
    const char* type = column.type == ColumnType::text      ? "text"
                       : column.type == ColumnType::integer ? "integer"
                       : column.type == ColumnType::decimal ? "decimal"
                       : column.type == ColumnType::percent ? "percent"
                                                            : "date";
    columns.push_back({{"key", column.key}, {"heading", column.heading_da}, {"type", type}});
  }
  nlohmann::json rows = nlohmann::json::array();
  nlohmann::json suppressed = nlohmann::json::array();
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    nlohmann::json cells = nlohmann::json::object();
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const CellValue& cell = table.rows[r].cells[c];
      nlohmann::json value;
      if (const auto* text = std::get_if<std::string>(&cell)) value = *text;
      if (const auto* integer = std::get_if<std::int64_t>(&cell)) value = *integer;
      if (const auto* decimal = std::get_if<double>(&cell)) value = *decimal;
      if (const auto* date = std::get_if<Date>(&cell)) value = date->iso();
      if (std::holds_alternative<numbers::SuppressedCell>(cell))
        suppressed.push_back({r, table.columns[c].key});
      cells[table.columns[c].key] = value;
    }
    rows.push_back({{"cells", cells}, {"is_total", table.rows[r].is_total}});
  }
  return {{"title", table.title},
          {"columns", columns},
          {"rows", rows},
          {"suppressed", suppressed},
          {"notes", table.notes_da}};
}

}  // namespace afk::json
