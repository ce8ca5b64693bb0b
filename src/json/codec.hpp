// The building blocks of the JSON mapping (internal to src/json): `encode`
// writes a value, `read_value` reads one strictly and returns the first error
// with the JSON path of the field at fault. All overloads are declared here,
// before the templates that use them, because they live in afk::json and so
// cannot be found by argument-dependent lookup on the afk:: types.
#pragma once

#include <concepts>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/citizen.hpp"
#include "core/consent.hpp"
#include "core/cooperation_agreement.hpp"
#include "core/course.hpp"
#include "core/course_commands.hpp"
#include "core/destination.hpp"
#include "core/enum_codes.hpp"
#include "core/numbers/evaluation_rows.hpp"
#include "core/organisation.hpp"
#include "core/referral.hpp"
#include "core/referral_decision.hpp"
#include "core/result.hpp"
#include "core/unit.hpp"
#include "json/fields.hpp"

namespace afk::json {

using Json = nlohmann::json;
using ReadError = std::optional<Error>;

std::string join_path(std::string_view base, std::string_view key);
std::string index_path(std::string_view base, std::size_t index);
Error json_error(std::string code, std::string message, const std::string& path);

// ---- primitives ----
ReadError read_value(const Json& json, const std::string& path, std::string& out);
ReadError read_value(const Json& json, const std::string& path, bool& out);
ReadError read_value(const Json& json, const std::string& path, int& out);
ReadError read_value(const Json& json, const std::string& path, std::int64_t& out);
ReadError read_value(const Json& json, const std::string& path, double& out);  // finite
ReadError read_value(const Json& json, const std::string& path, Date& out);
ReadError read_value(const Json& json, const std::string& path, Destination& out);
ReadError read_value(const Json& json, const std::string& path, Cpr& out);
ReadError read_value(const Json& json, const std::string& path, numbers::ClosureSpan& out);
// Any JSON, kept as it is (a section read by its own reader).
ReadError read_value(const Json& json, const std::string& path, Json& out);

Json encode(const std::string& value);
Json encode(bool value);
Json encode(int value);
Json encode(std::int64_t value);
Json encode(Date value);
Json encode(Destination value);
Json encode(const Cpr& value);
Json encode(const numbers::ClosureSpan& value);

// ---- records: every type with a field list (json/fields.hpp, json/records/) ----
template <Described T>
ReadError read_value(const Json& json, const std::string& path, T& out);
template <Described T>
Json encode(const T& value);
Json encode(double value);

// What a record's fields cannot say alone, checked after a strict read.
template <class T>
ReadError check_read(const T&, const std::string&) {
  return std::nullopt;
}
ReadError check_read(const Citizen& citizen, const std::string& path);
ReadError check_read(const DeadlineRules& rules, const std::string& path);

// ---- enums, optionals, vectors ----
template <class E>
concept CodedEnum = std::is_enum_v<E> && requires {
  EnumCodes<E>::table;
};

template <CodedEnum E>
ReadError read_value(const Json& json, const std::string& path, E& out);
template <class T>
ReadError read_value(const Json& json, const std::string& path, std::optional<T>& out);
template <class T>
ReadError read_value(const Json& json, const std::string& path, std::vector<T>& out);

template <CodedEnum E>
Json encode(E value) {
  return std::string(to_code(value));
}
template <class T>
Json encode(const std::optional<T>& value) {
  return value ? encode(*value) : Json(nullptr);
}
template <class T>
Json encode(const std::vector<T>& values) {
  Json array = Json::array();
  for (const auto& value : values) array.push_back(encode(value));
  return array;
}

Error invalid_enum_error(const std::string& path, const std::string& given,
                         const std::vector<std::string>& codes);

template <CodedEnum E>
ReadError read_value(const Json& json, const std::string& path, E& out) {
  std::string code;
  if (auto error = read_value(json, path, code)) return error;
  if (auto value = from_code<E>(code)) {
    out = *value;
    return std::nullopt;
  }
  std::vector<std::string> codes;
  for (const auto& text : EnumCodes<E>::table) codes.emplace_back(text.code);
  return invalid_enum_error(path, code, codes);
}

template <class T>
ReadError read_value(const Json& json, const std::string& path, std::optional<T>& out) {
  if (json.is_null()) {
    out.reset();
    return std::nullopt;
  }
  T value{};
  if (auto error = read_value(json, path, value)) return error;
  out = std::move(value);
  return std::nullopt;
}

Error wrong_type_error(const std::string& path, std::string_view expected_da);
Error missing_field_error(const std::string& path);

template <class T>
ReadError read_value(const Json& json, const std::string& path, std::vector<T>& out) {
  if (!json.is_array()) return wrong_type_error(path, "en liste");
  out.clear();
  for (std::size_t i = 0; i < json.size(); ++i) {
    T value{};
    if (auto error = read_value(json[i], index_path(path, i), value)) return error;
    out.push_back(std::move(value));
  }
  return std::nullopt;
}

// Reads one JSON object field by field and refuses fields nobody asked for.
class ObjectReader {
 public:
  ObjectReader(const Json& json, std::string path);

  // A field that must be present (a std::optional field may still be null).
  template <class T>
  ObjectReader& required(std::string_view key, T& out) {
    const Json* value = take(key);
    if (error_) return *this;
    if (!value) {
      error_ = missing_field_error(join_path(path_, key));
      return *this;
    }
    error_ = read_value(*value, join_path(path_, key), out);
    return *this;
  }

  // A field that may be left out; `out` keeps its default then.
  template <class T>
  ObjectReader& optional(std::string_view key, T& out) {
    const Json* value = take(key);
    if (error_ || !value) return *this;
    error_ = read_value(*value, join_path(path_, key), out);
    return *this;
  }

  // The first error, including an unknown field.
  ReadError finish();

 private:
  const Json* take(std::string_view key);

  const Json& json_;
  std::string path_;
  std::vector<std::string> known_;
  ReadError error_;
};

// Reads the fields `read` asks for into a T and refuses any other field.
template <class T, class Read>
Result<T> read_payload(const Json& json, Read read) {
  T out{};
  ObjectReader reader(json, "");
  read(reader, out);
  if (auto error = reader.finish()) return *error;
  return out;
}

// Reads a whole document into T.
template <class T>
Result<T> read_document(const Json& json) {
  T value{};
  if (auto error = read_value(json, std::string(), value)) return *error;
  return value;
}

template <class T, class Owner, class Member>
void read_field(ObjectReader& reader, const Field<Owner, Member>& field, T& out) {
  if (field.may_be_left_out)
    reader.optional(field.key, out.*field.member);
  else
    reader.required(field.key, out.*field.member);
}

// A flattened record's fields are read from the enclosing object, less the one it replaces.
template <class T, class Owner, class Inner>
void read_field(ObjectReader& reader, const Flattened<Owner, Inner>& flattened, T& out) {
  Inner& inner = part_of(out, flattened);
  auto read_inner = [&](const auto& field) {
    if (field.key != flattened.replaced_key) read_field(reader, field, inner);
  };
  std::apply([&](const auto&... fields) { (read_inner(fields), ...); }, Fields<Inner>::list);
}

template <Described T>
ReadError read_value(const Json& json, const std::string& path, T& out) {
  ObjectReader reader(json, path);
  std::apply([&](const auto&... fields) { (read_field(reader, fields, out), ...); }, Fields<T>::list);
  if (auto error = reader.finish()) return error;
  return check_read(out, path);
}

template <class T, class Owner, class Member>
void encode_field(Json& object, const Field<Owner, Member>& field, const T& value) {
  object[std::string(field.key)] = encode(value.*field.member);
}

template <class T, class Owner, class Inner>
void encode_field(Json& object, const Flattened<Owner, Inner>& flattened, const T& value) {
  Json inner = encode(part_of(value, flattened));
  if (!flattened.replaced_key.empty()) inner.erase(std::string(flattened.replaced_key));
  object.update(inner);
}

template <Described T>
Json encode(const T& value) {
  Json object = Json::object();
  std::apply([&](const auto&... fields) { (encode_field(object, fields, value), ...); }, Fields<T>::list);
  return object;
}

}  // namespace afk::json

#include "json/records/all_records.hpp"
