// CSV that Danish Excel opens by double-click: UTF-8 with a byte-order mark
// (else Excel guesses Windows-1252 and breaks æøå), ";" between fields (","
// is the decimal sign), decimal comma, no thousands separator (so every cell
// stays a number), dates as dd-mm-åååå (what Danish Excel parses as a date),
// CRLF line ends, fields quoted when they contain ; " CR or LF.
#pragma once

#include <string>

#include "core/numbers/report_table.hpp"

namespace afk::numbers {

struct CsvOptions {
  std::string suppressed_marker = "*";  // explained by the table's note
  // The notes after the rows, below an empty line. The heading row is always
  // the first line (no title above it), so Excel's filters and pivots find it.
  bool include_notes = false;
};

std::string to_danish_csv(const ReportTable& table, const CsvOptions& options = {});

// One field, quoted if needed. Text starting with = + - @ (or tab/CR) gets a
// leading apostrophe so Excel does not run it as a formula (CSV injection).
std::string csv_text_field(const std::string& text);

}  // namespace afk::numbers
