#include <algorithm>
#include <cmath>
#include <limits>

#include "json/codec.hpp"

namespace afk::json {

std::string join_path(std::string_view base, std::string_view key) {
  if (base.empty()) return std::string(key);
  return std::string(base) + "." + std::string(key);
}

std::string index_path(std::string_view base, std::size_t index) {
  return std::string(base) + "[" + std::to_string(index) + "]";
}

Error json_error(std::string code, std::string message, const std::string& path) {
  return make_error(ErrorKind::bad_input, std::move(code), std::move(message), path);
}

namespace {
std::string field_name_da(const std::string& path) {
  return path.empty() ? std::string("Indholdet") : "Feltet \"" + path + "\"";
}
}  // namespace

Error wrong_type_error(const std::string& path, std::string_view expected_da) {
  return json_error("wrong_type", field_name_da(path) + " skal være " + std::string(expected_da) + ".", path);
}

Error invalid_enum_error(const std::string& path, const std::string& given,
                         const std::vector<std::string>& codes) {
  std::string list;
  for (const auto& code : codes) list += (list.empty() ? "" : ", ") + code;
  return json_error("invalid_value",
                    field_name_da(path) + " har den ukendte værdi \"" + given + "\". Tilladt: " + list + ".",
                    path);
}

ReadError read_value(const Json& json, const std::string& path, std::string& out) {
  if (!json.is_string()) return wrong_type_error(path, "tekst");
  out = json.get<std::string>();
  return std::nullopt;
}

ReadError read_value(const Json& json, const std::string& path, bool& out) {
  if (!json.is_boolean()) return wrong_type_error(path, "sand eller falsk (true/false)");
  out = json.get<bool>();
  return std::nullopt;
}

ReadError read_value(const Json& json, const std::string& path, std::int64_t& out) {
  if (json.is_number_unsigned()) {
    const auto value = json.get<std::uint64_t>();
    if (value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
      return wrong_type_error(path, "et mindre heltal");
    out = static_cast<std::int64_t>(value);
    return std::nullopt;
  }
  if (!json.is_number_integer()) return wrong_type_error(path, "et heltal");
  out = json.get<std::int64_t>();
  return std::nullopt;
}

ReadError read_value(const Json& json, const std::string& path, double& out) {
  if (!json.is_number() || !std::isfinite(json.get<double>())) return wrong_type_error(path, "et tal");
  out = json.get<double>();
  return std::nullopt;
}

ReadError read_value(const Json& json, const std::string& path, int& out) {
  std::int64_t wide = 0;
  if (auto error = read_value(json, path, wide)) return error;
  if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
    return wrong_type_error(path, "et mindre heltal");
  out = static_cast<int>(wide);
  return std::nullopt;
}

ReadError read_value(const Json& json, const std::string& path, Date& out) {
  if (!json.is_string()) return wrong_type_error(path, "en dato (ÅÅÅÅ-MM-DD)");
  const auto text = json.get<std::string>();
  const auto date = Date::parse_iso(text);
  if (!date)
    return json_error("invalid_date",
                      field_name_da(path) + ": \"" + text + "\" er ikke en gyldig dato. Skriv ÅÅÅÅ-MM-DD.",
                      path);
  out = *date;
  return std::nullopt;
}

ReadError read_value(const Json& json, const std::string& path, Destination& out) {
  std::string code;
  if (auto error = read_value(json, path, code)) return error;
  if (auto value = destination_from_code(code)) {
    out = *value;
    return std::nullopt;
  }
  std::vector<std::string> codes;
  for (Destination destination : all_destinations) codes.emplace_back(destination_code(destination));
  return invalid_enum_error(path, code, codes);
}

ReadError read_value(const Json& json, const std::string& path, Cpr& out) {
  std::string text;
  if (auto error = read_value(json, path, text)) return error;
  auto cpr = parse_cpr(text);
  if (!cpr) {
    Error error = cpr.error();
    error.field = path;
    return error;
  }
  out = std::move(cpr).value();
  return std::nullopt;
}

ReadError read_value(const Json& json, const std::string& path, numbers::ClosureSpan& out) {
  if (!json.is_array() || json.size() != 2) return wrong_type_error(path, "et par [første dag, sidste dag]");
  if (auto error = read_value(json[0], index_path(path, 0), out.first)) return error;
  return read_value(json[1], index_path(path, 1), out.last);
}

ReadError read_value(const Json& json, const std::string&, Json& out) {
  out = json;
  return std::nullopt;
}

Json encode(const std::string& value) { return value; }
Json encode(bool value) { return value; }
Json encode(int value) { return value; }
Json encode(std::int64_t value) { return value; }
Json encode(Date value) { return value.iso(); }
Json encode(double value) { return value; }
Json encode(Destination value) { return std::string(destination_code(value)); }
Json encode(const Cpr& value) { return format_cpr(value); }
Json encode(const numbers::ClosureSpan& value) {
  return Json::array({encode(value.first), encode(value.last)});
}

ObjectReader::ObjectReader(const Json& json, std::string path) : json_(json), path_(std::move(path)) {
  if (!json_.is_object()) error_ = wrong_type_error(path_, "et objekt");
}

const Json* ObjectReader::take(std::string_view key) {
  if (error_) return nullptr;
  known_.emplace_back(key);
  const auto found = json_.find(std::string(key));
  return found == json_.end() ? nullptr : &*found;
}

Error missing_field_error(const std::string& path) {
  return json_error("missing_field", field_name_da(path) + " mangler.", path);
}

ReadError ObjectReader::finish() {
  if (error_) return error_;
  for (const auto& [key, value] : json_.items())
    if (std::find(known_.begin(), known_.end(), key) == known_.end()) {
      const std::string path = join_path(path_, key);
      return json_error("unknown_field", "Feltet \"" + path + "\" kendes ikke.", path);
    }
  return std::nullopt;
}

}  // namespace afk::json
