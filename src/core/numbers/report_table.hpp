// A small, format-neutral table of figures: what a report screen shows and
// what the CSV export writes. Columns know their type (for formatting) and
// which cells count citizens (for small-cell suppression, see
// small_cell_suppression.hpp).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/date.hpp"
#include "core/enum_codes.hpp"

namespace afk::numbers {

enum class ColumnType {
  text,
  integer,
  decimal,
  percent,  // the cell holds the percent number itself: 12.5 means 12,5 %
  date,
};

// A cell hidden by small-cell suppression.
struct SuppressedCell {
  friend bool operator==(const SuppressedCell&, const SuppressedCell&) = default;
};

// monostate = empty cell (no figure, e.g. a median that is not defined yet).
using CellValue = std::variant<std::monostate, std::string, std::int64_t, double, Date, SuppressedCell>;

struct ReportColumn {
  std::string key;         // stable English identifier, e.g. "accepted"
  std::string heading_da;  // e.g. "Optaget"
  ColumnType type = ColumnType::text;
  int decimals = 1;  // for decimal and percent columns
  // Cells are numbers of citizens (or of courses, each one citizen): values
  // 1–4 are hidden for roles that may not see the persons.
  bool counts_citizens = false;
  // This column is computed from these columns of the same row in a way that
  // gives them away (a share of a visible whole, a sum beside a mean):
  // hidden whenever one of them is hidden.
  std::vector<std::size_t> derived_from;
  // This column is the row total of these columns (e.g. "I alt").
  std::vector<std::size_t> sum_of;
  // This column is a statistic (mean, median, quartile) of the citizens
  // counted in these columns of the same row: shown when they are 5 or more
  // together, whatever else in the row is hidden; it reveals no count.
  std::vector<std::size_t> statistic_over;
};

struct ReportRow {
  std::vector<CellValue> cells;  // one per column
  // A total row: its counts are the sums of all non-total rows of the table.
  bool is_total = false;
};

struct ReportTable {
  std::string title;
  std::vector<ReportColumn> columns;
  std::vector<ReportRow> rows;
  std::vector<std::string> notes_da;  // footnotes, e.g. what a suppression marker means

  bool is_suppressed(std::size_t row, std::size_t column) const {
    return std::holds_alternative<SuppressedCell>(rows[row].cells[column]);
  }
};

}  // namespace afk::numbers

namespace afk {
template <>
struct EnumCodes<numbers::ColumnType> {
  static constexpr std::array<EnumText<numbers::ColumnType>, 5> table{{
      {numbers::ColumnType::text, "text", "Tekst"},
      {numbers::ColumnType::integer, "integer", "Heltal"},
      {numbers::ColumnType::decimal, "decimal", "Decimaltal"},
      {numbers::ColumnType::percent, "percent", "Procent"},
      {numbers::ColumnType::date, "date", "Dato"},
  }};
};
}  // namespace afk
