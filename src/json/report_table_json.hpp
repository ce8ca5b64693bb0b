// A report table as JSON, for the API and `afklaring report --format json`.
#pragma once

#include <nlohmann/json.hpp>

#include "core/numbers/report_table.hpp"
#include "json/records/report_records.hpp"

namespace afk::json {

// The table's one JSON shape (json/records/report_records.hpp); a
// hidden cell is null and listed in `suppressed`.
ReportTableView table_view(const numbers::ReportTable& table);
nlohmann::json report_table_json(const numbers::ReportTable& table);

}  // namespace afk::json
