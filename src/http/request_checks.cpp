#include "http/request_checks.hpp"

#include <algorithm>

#include "core/input_limits.hpp"
#include "core/utf8.hpp"

namespace afk::http {

namespace {
bool printable_ascii(char c) { return c > 0x20 && c < 0x7F; }
}  // namespace

Status check_request_text(const ApiRequest& request) {
  if (request.path.empty() || !std::all_of(request.path.begin(), request.path.end(), printable_ascii))
    return make_error(ErrorKind::bad_input, "invalid_path", "Adressen indeholder ugyldige tegn.", "path");
  for (const auto& [name, value] : request.query) {
    if (auto status = check_field_name(name, "query"); !status) return status;
    if (auto status = check_text(name, value, name); !status) return status;
  }
  for (const auto& [name, value] : request.headers)
    if (!is_valid_utf8(value))
      return make_error(ErrorKind::bad_input, "invalid_utf8",
                        "Feltet \"" + name + "\" i hovedet er ikke gyldig tekst.", name);
  return ok_status();
}

}  // namespace afk::http
