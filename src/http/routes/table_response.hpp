// Shared by the questionnaire and economics reports: query parameters that
// must parse (else 400 naming the parameter), and a ReportTable as CSV that
// Danish Excel opens (as JSON it is json/report_table_json).
#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/date.hpp"
#include "core/numbers/period.hpp"
#include "core/numbers/report_table.hpp"
#include "core/result.hpp"
#include "core/role.hpp"
#include "http/router.hpp"

namespace afk::http {

// ?name=YYYY-MM-DD, absent = nullopt.
Result<std::optional<Date>> date_query(const RequestContext& context, const std::string& name);
// ?name=123, absent = nullopt.
Result<std::optional<std::int64_t>> id_query(const RequestContext& context, const std::string& name);
// ?from=YYYY-MM-DD&to=YYYY-MM-DD as a period: an absent `to` is
// `default_to`, an absent `from` is default_from(to); `to` before `from` is
// refused naming `to`.
Result<numbers::Period> period_query(const RequestContext& context, Date default_to,
                                     const std::function<Date(Date)>& default_from);
// ?format=json (default) or csv.
Result<bool> wants_csv(const RequestContext& context);

// text/csv with a UTF-8 BOM, ";" and decimal comma, as a download: the
// heading row first (what Excel filters and pivots on), the table's notes
// after the rows.
ApiResponse csv_answer(const numbers::ReportTable& table, const std::string& file_name);

// A download's name from the report's Danish title and period, as a user
// would save it: "færdigbehandlingsdage-01-01-2026-til-31-03-2026.csv"
// spelled in plain letters ("faerdigbehandlingsdage-…").
std::string csv_file_name(std::string_view title, std::optional<numbers::Period> period = std::nullopt);

}  // namespace afk::http
