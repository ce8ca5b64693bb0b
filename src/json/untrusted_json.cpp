#include "json/untrusted_json.hpp"

#include "core/input_limits.hpp"
#include "json/codec.hpp"

namespace afk::json {

namespace {
struct TooDeep {};

// `field` is the name the limits are looked up by: the key, or for an array
// element the array's key.
Status check_value(const Json& value, std::string_view field, const std::string& path) {
  switch (value.type()) {
    case Json::value_t::string:
      return check_text(field, value.get_ref<const std::string&>(), path);
    case Json::value_t::number_integer:
      return check_number(field, static_cast<double>(value.get<std::int64_t>()), path);
    case Json::value_t::number_unsigned:
      return check_number(field, static_cast<double>(value.get<std::uint64_t>()), path);
    case Json::value_t::number_float:
      return check_number(field, value.get<double>(), path);
    case Json::value_t::array:
      for (std::size_t i = 0; i < value.size(); ++i)
        if (auto status = check_value(value[i], field, index_path(path, i)); !status) return status;
      return ok_status();
    case Json::value_t::object:
      for (const auto& [key, member] : value.items()) {
        if (auto status = check_field_name(key, path); !status) return status;
        if (auto status = check_value(member, key, join_path(path, key)); !status) return status;
      }
      return ok_status();
    default:
      return ok_status();
  }
}
}  // namespace

Result<nlohmann::json> parse_untrusted(std::string_view text, const std::string& field) {
  Json parsed;
  try {
    parsed = Json::parse(
        text,
        [](int depth, Json::parse_event_t, Json&) {
          if (depth >= max_json_depth) throw TooDeep{};  // depth counts from 0
          return true;
        },
        true);
  } catch (const TooDeep&) {
    return make_error(
        ErrorKind::bad_input, "too_deep",
        "Indholdet er indlejret i for mange niveauer (højst " + std::to_string(max_json_depth) + ").", field);
  } catch (const Json::parse_error& error) {
    // The lexer names ill-formed UTF-8 in its message; nothing else of it is shown.
    if (std::string_view(error.what()).find("UTF-8") != std::string_view::npos)
      return make_error(ErrorKind::bad_input, "invalid_utf8", "Indholdet er ikke gyldig tekst (UTF-8).",
                        field);
    return make_error(ErrorKind::bad_input, "malformed_json", "Forespørgslen er ikke gyldig JSON.", field);
  } catch (const Json::out_of_range&) {
    // A number beyond any double (2e308): found by fuzz_http_request, was a 500.
    return make_error(ErrorKind::bad_input, "number_out_of_range",
                      "Indholdet har et tal, der er alt for stort.", field);
  }
  AFK_CHECK(check_input_limits(parsed));
  return parsed;
}

Status check_input_limits(const nlohmann::json& value) {
  auto status = check_value(value, "", "");
  if (!status && status.error().field.empty()) {
    Error error = status.error();
    error.field = "body";  // a bare string or number as the whole body
    return error;
  }
  return status;
}

}  // namespace afk::json
