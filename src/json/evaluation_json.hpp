// The evaluation dataset's rows as JSON lines, from their one field list
// (json/records/evaluation_records.hpp): written by the export, read strictly
// by the import, and described column by column in the codebook.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/numbers/evaluation_rows.hpp"
#include "core/result.hpp"
#include "json/records/evaluation_records.hpp"

namespace afk::json {

// For Row = EvaluationCourseRow, EvaluationAdmissionRow, EvaluationPlaceRow
// and EvaluationResponseRow. A malformed row is bad_input naming
// "<dataset>.<field>" (e.g. "courses.referral_date").
template <class Row>
nlohmann::json write_evaluation_row(const Row& row);
template <class Row>
Result<Row> read_evaluation_row(const nlohmann::json& json);

struct CodebookColumn {
  std::string dataset;
  std::string column;
  std::string type;  // text, date, number, array
  std::string meaning;
  std::string allowed;
};
// Every column of the four datasets, in file order.
std::vector<CodebookColumn> evaluation_codebook();

}  // namespace afk::json
