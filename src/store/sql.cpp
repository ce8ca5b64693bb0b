#include "store/sql.hpp"

namespace afk::store {

std::int64_t SqlRow::integer(size_t column) const {
  const SqlValue& value = values_.at(column);
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return *integer;
  if (const auto* real = std::get_if<double>(&value)) return static_cast<std::int64_t>(*real);
  throw SqlError("column " + std::to_string(column) + " is not an integer");
}

double SqlRow::real(size_t column) const {
  const SqlValue& value = values_.at(column);
  if (const auto* real = std::get_if<double>(&value)) return *real;
  if (const auto* integer = std::get_if<std::int64_t>(&value)) return static_cast<double>(*integer);
  throw SqlError("column " + std::to_string(column) + " is not a number");
}

const std::string& SqlRow::text(size_t column) const {
  if (const auto* text = std::get_if<std::string>(&values_.at(column))) return *text;
  throw SqlError("column " + std::to_string(column) + " is not text");
}

std::optional<std::int64_t> SqlRow::optional_integer(size_t column) const {
  if (is_null(column)) return std::nullopt;
  return integer(column);
}

std::optional<std::string> SqlRow::optional_text(size_t column) const {
  if (is_null(column)) return std::nullopt;
  return text(column);
}

}  // namespace afk::store
