#include "http/routes/table_response.hpp"

#include "core/citizen_search.hpp"
#include "core/numbers/danish_csv.hpp"

namespace afk::http {

Result<std::optional<Date>> date_query(const RequestContext& context, const std::string& name) {
  const auto text = context.query(name);
  if (!text || text->empty()) return std::optional<Date>();
  const auto date = Date::parse_iso(*text);
  if (!date)
    return make_error(ErrorKind::bad_input, "invalid_date",
                      "Parameteren \"" + name + "\" skal være en dato (ÅÅÅÅ-MM-DD).", name);
  return std::optional<Date>(*date);
}

Result<std::optional<std::int64_t>> id_query(const RequestContext& context, const std::string& name) {
  const auto text = context.query(name);
  if (!text || text->empty()) return std::optional<std::int64_t>();
  std::int64_t value = 0;
  for (char c : *text) {
    if (c < '0' || c > '9' || value > 1'000'000'000'000)
      return make_error(ErrorKind::bad_input, "invalid_id",
                        "Parameteren \"" + name + "\" skal være et positivt heltal.", name);
    value = value * 10 + (c - '0');
  }
  return std::optional<std::int64_t>(value);
}

Result<numbers::Period> period_query(const RequestContext& context, Date default_to,
                                     const std::function<Date(Date)>& default_from) {
  AFK_TRY(to, date_query(context, "to"));
  const Date last = to.value().value_or(default_to);
  AFK_TRY(from, date_query(context, "from"));
  const Date first = from.value().value_or(default_from(last));
  if (last < first)
    return make_error(ErrorKind::bad_input, "invalid_period", "Perioden slutter før den begynder.", "to");
  return numbers::Period{first, last};
}

Result<bool> wants_csv(const RequestContext& context) {
  const auto format = context.query("format").value_or("json");
  if (format == "json") return false;
  if (format == "csv") return true;
  return make_error(ErrorKind::bad_input, "invalid_format",
                    "Parameteren \"format\" skal være json eller csv.", "format");
}

ApiResponse csv_answer(const numbers::ReportTable& table, const std::string& file_name) {
  ApiResponse response;
  response.content_type = "text/csv; charset=utf-8";
  numbers::CsvOptions options;
  options.include_notes = true;
  response.body = numbers::to_danish_csv(table, options);
  response.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
  return response;
}

std::string csv_file_name(std::string_view title, std::optional<numbers::Period> period) {
  // The search words of the title are plain letters and digits: safe in any file system and header.
  std::string name;
  for (const std::string& word : name_search_words(title)) name += (name.empty() ? "" : "-") + word;
  if (name.empty()) name = "afklaring";
  if (period) name += "-" + period->first.danish() + "-til-" + period->last.danish();
  return name + ".csv";
}

}  // namespace afk::http
