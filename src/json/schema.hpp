// A record's OpenAPI 3.0 schema, derived from its field list (json/fields.hpp)
// and the input limits (core/input_limits.hpp): what the codec writes is what
// an answer's schema says, and what it reads is what a request's says.
//
// An answer lists every field as required (the codec writes them all, absent
// optionals as null); a request requires only what may not be left out and
// carries each text's maxLength and each number's range, looked up by the
// field's name as the HTTP edge checks them.
#pragma once

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/citizen.hpp"
#include "core/date.hpp"
#include "core/destination.hpp"
#include "core/enum_codes.hpp"
#include "core/input_limits.hpp"
#include "json/fields.hpp"
#include "json/records/all_records.hpp"

namespace afk::json {

enum class SchemaUse { answer, request };

template <class T>
nlohmann::ordered_json schema_of(SchemaUse use, std::string_view key);

template <class T>
inline constexpr bool is_vector_v = false;
template <class T>
inline constexpr bool is_vector_v<std::vector<T>> = true;

inline nlohmann::ordered_json schema_number(double value) {
  if (value == std::floor(value) && std::fabs(value) < 9.3e18) return static_cast<std::int64_t>(value);
  return value;
}

inline nlohmann::ordered_json enum_schema(std::vector<std::string> codes) {
  return {{"type", "string"}, {"enum", std::move(codes)}};
}

template <class Owner, class Member>
void add_property(nlohmann::ordered_json& schema, const Field<Owner, Member>& field, SchemaUse use) {
  const std::string key(field.key);
  nlohmann::ordered_json property = schema_of<Member>(use, field.key);
  if (!field.description.empty()) property["description"] = std::string(field.description);
  schema["properties"][key] = std::move(property);
  if (use == SchemaUse::answer || !field.may_be_left_out) schema["required"].push_back(key);
}

template <Described T>
nlohmann::ordered_json object_schema(SchemaUse use);

// An object schema less one property, where someone else writes that key (the
// enclosing record of a flattened one, or the route from its path).
inline void drop_property(nlohmann::ordered_json& schema, const std::string& key) {
  schema["properties"].erase(key);
  if (!schema.contains("required")) return;
  nlohmann::ordered_json required = nlohmann::ordered_json::array();
  for (const auto& name : schema["required"])
    if (name != key) required.push_back(name);
  if (required.empty())
    schema.erase("required");  // OpenAPI 3.0: at least one entry
  else
    schema["required"] = required;
}

template <class Owner, class Inner>
void add_property(nlohmann::ordered_json& schema, const Flattened<Owner, Inner>& flattened, SchemaUse use) {
  nlohmann::ordered_json inner = object_schema<Inner>(use);
  if (!flattened.replaced_key.empty()) drop_property(inner, std::string(flattened.replaced_key));
  for (auto& [key, property] : inner["properties"].items()) schema["properties"][key] = property;
  if (inner.contains("required"))
    for (const auto& key : inner["required"]) schema["required"].push_back(key);
}

template <Described T>
nlohmann::ordered_json object_schema(SchemaUse use) {
  nlohmann::ordered_json schema = {{"type", "object"},
                                   {"additionalProperties", false},
                                   {"required", nlohmann::ordered_json::array()},
                                   {"properties", nlohmann::ordered_json::object()}};
  std::apply([&](const auto&... fields) { (add_property(schema, fields, use), ...); }, Fields<T>::list);
  if (schema["required"].empty()) schema.erase("required");  // OpenAPI 3.0: at least one entry
  return schema;
}

template <class T>
nlohmann::ordered_json schema_of(SchemaUse use, std::string_view key) {
  const bool request = use == SchemaUse::request;
  if constexpr (is_optional_v<T>) {
    using Inner = typename T::value_type;
    if constexpr (std::is_same_v<Inner, Date>) {
      return {{"$ref", "#/components/schemas/OptionalDate"}};
    } else {
      nlohmann::ordered_json schema = schema_of<Inner>(use, key);
      schema["nullable"] = true;
      return schema;
    }
  } else if constexpr (std::is_same_v<T, Date>) {
    return {{"$ref", "#/components/schemas/Date"}};
  } else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, Cpr>) {
    nlohmann::ordered_json schema = {{"type", "string"}};
    if (request) schema["maxLength"] = text_limit(key).max_characters;
    return schema;
  } else if constexpr (std::is_same_v<T, bool>) {
    return {{"type", "boolean"}};
  } else if constexpr (std::is_arithmetic_v<T>) {
    nlohmann::ordered_json schema = {{"type", std::is_integral_v<T> ? "integer" : "number"}};
    if (request) {
      const NumberLimit limit = number_limit(key);
      schema["minimum"] = schema_number(limit.minimum);
      schema["maximum"] = schema_number(limit.maximum);
    }
    return schema;
  } else if constexpr (std::is_same_v<T, Destination>) {
    std::vector<std::string> codes;
    for (Destination destination : all_destinations) codes.emplace_back(destination_code(destination));
    return enum_schema(std::move(codes));
  } else if constexpr (std::is_enum_v<T>) {
    std::vector<std::string> codes;
    for (const auto& text : EnumCodes<T>::table) codes.emplace_back(text.code);
    return enum_schema(std::move(codes));
  } else if constexpr (FreeForm<T>) {
    return nlohmann::ordered_json::parse(FreeFormSchema<T>::schema);
  } else if constexpr (is_vector_v<T>) {
    return {{"type", "array"}, {"items", schema_of<typename T::value_type>(use, key)}};
  } else {
    return object_schema<T>(use);
  }
}

}  // namespace afk::json
