// A report table as JSON, for the API and `afklaring report --format json`.
#pragma once

#include <nlohmann/json.hpp>

#include "core/numbers/report_table.hpp"

namespace afk::json {

// {title, columns:[{key, heading, type}], rows:[{cells by key, is_total}],
// suppressed:[[row, column key]…], notes}; a hidden cell is null.
nlohmann::json report_table_json(const numbers::ReportTable& table);

}  // namespace afk::json
