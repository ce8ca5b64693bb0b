#include "json/evaluation_json.hpp"

#include "json/codec.hpp"

namespace afk::json {

namespace {

template <class Row>
constexpr std::string_view dataset_of;
template <>
constexpr std::string_view dataset_of<numbers::EvaluationCourseRow> = "courses";
template <>
constexpr std::string_view dataset_of<numbers::EvaluationAdmissionRow> = "admissions";
template <>
constexpr std::string_view dataset_of<numbers::EvaluationPlaceRow> = "places";
template <>
constexpr std::string_view dataset_of<numbers::EvaluationResponseRow> = "responses";

template <class T>
constexpr std::string_view type_of() {
  if constexpr (is_optional_v<T>)
    return type_of<typename T::value_type>();
  else if constexpr (std::is_same_v<T, Date>)
    return "date";
  else if constexpr (std::is_same_v<T, std::string>)
    return "text";
  else if constexpr (std::is_arithmetic_v<T>)
    return "number";
  else
    return "array";
}

template <class Owner, class Member>
CodebookColumn column_of(std::string_view dataset, const Field<Owner, Member>& field) {
  std::string allowed(field.allowed);
  if (allowed.empty() && type_of<Member>() == "date") allowed = "YYYY-MM-DD";
  if (allowed.empty()) allowed = "text";
  if constexpr (is_optional_v<Member>) allowed += " or empty";
  return {std::string(dataset), std::string(field.key), std::string(type_of<Member>()),
          std::string(field.description), allowed};
}

template <class Row>
void add_columns(std::vector<CodebookColumn>& columns) {
  std::apply([&](const auto&... fields) { (columns.push_back(column_of(dataset_of<Row>, fields)), ...); },
             Fields<Row>::list);
}

}  // namespace

template <class Row>
Json write_evaluation_row(const Row& row) {
  return encode(row);
}

template <class Row>
Result<Row> read_evaluation_row(const Json& json) {
  auto row = read_document<Row>(json);
  if (row) return row;
  Error error = row.error();
  const std::string dataset(dataset_of<Row>);
  error.code = "invalid_evaluation_row";
  error.message = "Ugyldig række i " + dataset + ": " + error.message;
  error.field = error.field.empty() ? dataset : dataset + "." + error.field;
  return error;
}

#define AFK_EVALUATION_ROW(Row)                             \
  template Json write_evaluation_row<Row>(const Row& row); \
  template Result<Row> read_evaluation_row<Row>(const Json& json);
AFK_EVALUATION_ROW(numbers::EvaluationCourseRow)
AFK_EVALUATION_ROW(numbers::EvaluationAdmissionRow)
AFK_EVALUATION_ROW(numbers::EvaluationPlaceRow)
AFK_EVALUATION_ROW(numbers::EvaluationResponseRow)
#undef AFK_EVALUATION_ROW

std::vector<CodebookColumn> evaluation_codebook() {
  std::vector<CodebookColumn> columns;
  add_columns<numbers::EvaluationCourseRow>(columns);
  add_columns<numbers::EvaluationAdmissionRow>(columns);
  add_columns<numbers::EvaluationPlaceRow>(columns);
  add_columns<numbers::EvaluationResponseRow>(columns);
  return columns;
}

}  // namespace afk::json
