// The pseudonymised evaluation dataset (export) and its import on an
// evaluator's installation. Rows are JSON objects, written one per line
// (JSON lines) in four datasets:
//   courses     one per referral (and the course after it, if any)
//   admissions  one per hospital admission of those citizens
//   places      one per place of the units (for occupancy; no persons)
//   responses   one per questionnaire response (answers only)
// No names, no CPR, no free text: the person is keyed_hash(key, CPR digits)
// (or of "anonymous:<source>:<citizen id>" without CPR), ages are 5-year
// bands, units and admissions are keys local to the source installation.
// docs: evaluation_codebook_markdown() / _csv() describe every column.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/numbers/period.hpp"
#include "store/report_facts.hpp"
#include "store/sql.hpp"

namespace afk::store {

inline constexpr const char* evaluation_datasets[] = {"courses", "admissions", "places", "responses"};

struct EvaluationExportRequest {
  // The keyed hash: security::keyed_hash(key, text) with the installation
  // secret or a shared national key (passed in: the store knows no keys).
  std::function<std::string(const std::string&)> pseudonym;
  std::string source;         // this installation's id
  std::optional<std::int64_t> municipality_id;  // citizens of this municipality only
  numbers::Period period;     // referrals before its end whose course touches it
};

struct EvaluationCounts {
  std::int64_t courses = 0, admissions = 0, places = 0, responses = 0;
};

using EvaluationRowSink = std::function<void(const std::string& dataset, const nlohmann::json& row)>;

// Streams the rows (citizen by citizen, so memory stays small at national scale).
EvaluationCounts export_evaluation(SqlConnection& sql, const EvaluationExportRequest& request,
                                   const EvaluationRowSink& sink);

// Imports one row; bad_input naming the field when a row is malformed.
// Re-importing the same row changes nothing.
Status import_evaluation_row(SqlConnection& sql, const std::string& dataset, const nlohmann::json& row);

// The imported rows as report facts (national, or one municipality by id →
// its code via the municipalities table, or by code when absent there).
ReportFacts load_imported_facts(SqlConnection& sql, const ReportScope& scope, const numbers::Period& period,
                                FactsNeeded needed = {});

std::string evaluation_codebook_markdown();
std::string evaluation_codebook_csv();

}  // namespace afk::store
