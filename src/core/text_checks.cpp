#include "core/text_checks.hpp"

#include <algorithm>
#include <cctype>

namespace afk {

bool is_blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return std::isspace(static_cast<unsigned char>(c)); });
}

Status require_text(std::string_view text, std::string field, std::string_view what_da) {
  if (!is_blank(text)) return ok_status();
  return make_error(ErrorKind::bad_input, "text_required", std::string(what_da) + " skal udfyldes.",
                    std::move(field));
}

Status require_not_future(Date date, Date today, std::string field) {
  if (date <= today) return ok_status();
  return make_error(ErrorKind::bad_input, "date_in_future",
                    "Datoen " + date.danish() + " ligger efter i dag. Registrér først, når det er sket.",
                    std::move(field));
}

Status require_not_before(Date date, Date earliest, std::string field, std::string_view earliest_da) {
  if (date >= earliest) return ok_status();
  return make_error(
      ErrorKind::bad_input, "date_too_early",
      "Datoen " + date.danish() + " ligger før " + std::string(earliest_da) + " (" + earliest.danish() + ").",
      std::move(field));
}

}  // namespace afk
