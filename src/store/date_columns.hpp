// A date in a SQL column is its day number, Date::serial() (days since
// 1970-01-01), in every table — key columns, report facts and the
// evaluation import alike (migration 013): integers compare, sort and
// subtract the same way on SQLite and PostgreSQL. Documents and the API
// write dates as ISO text.
#pragma once

#include <optional>

#include "core/date.hpp"
#include "store/sql.hpp"

namespace afk::store {

inline SqlValue date_value(Date date) { return std::int64_t{date.serial()}; }
inline SqlValue date_value(const std::optional<Date>& date) {
  if (date) return date_value(*date);
  return nullptr;
}

inline Date date_in(const SqlRow& row, size_t column) {
  return Date::from_serial(static_cast<int>(row.integer(column)));
}
inline std::optional<Date> optional_date_in(const SqlRow& row, size_t column) {
  if (row.is_null(column)) return std::nullopt;
  return date_in(row, column);
}

}  // namespace afk::store
