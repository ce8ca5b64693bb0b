#include "json/report_table_json.hpp"

#include "json/codec.hpp"

namespace afk::json {

namespace {
Json cell_json(const numbers::CellValue& cell) {
  return std::visit(
      [](const auto& value) -> Json {
        using V = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<V, std::monostate> || std::is_same_v<V, numbers::SuppressedCell>)
          return nullptr;
        else if constexpr (std::is_same_v<V, Date>)
          return value.iso();
        else
          return value;
      },
      cell);
}
}  // namespace

ReportTableView table_view(const numbers::ReportTable& table) {
  ReportTableView view;
  view.title = table.title;
  for (const auto& column : table.columns)
    view.columns.push_back({column.key, column.heading_da, column.type});
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    TableRowView row;
    row.is_total = table.rows[r].is_total;
    for (std::size_t c = 0; c < table.columns.size() && c < table.rows[r].cells.size(); ++c) {
      row.cells.by_key[table.columns[c].key] = cell_json(table.rows[r].cells[c]);
      if (table.is_suppressed(r, c))
        view.suppressed.push_back({static_cast<std::int64_t>(r), table.columns[c].key});
    }
    view.rows.push_back(std::move(row));
  }
  view.notes = table.notes_da;
  return view;
}

nlohmann::json report_table_json(const numbers::ReportTable& table) { return encode(table_view(table)); }

}  // namespace afk::json
