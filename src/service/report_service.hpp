// Reports and the evaluation export. Reports disclose no person: one audit
// entry per request (entity "report"), none per citizen. The area is
// confined to the caller's organisation and small cells hidden for the roles
// core names (core/report_scope, core/numbers/small_cell_suppression).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/numbers/period.hpp"
#include "core/numbers/report_table.hpp"
#include "core/report_scope.hpp"
#include "core/result.hpp"
#include "service/invocation.hpp"

namespace afk::service {

struct ReportAsked {
  std::string figure;
  numbers::Period period;
  std::optional<ReportScopeKind> kind;  // none: the caller's own area
  std::optional<std::int64_t> id;
};

struct ReportRead {
  numbers::ReportTable table;
  ReportScope scope;
  bool small_cells_suppressed = false;
};

Result<ReportRead> read_report(Invocation& call, const ReportAsked& asked);

// The project lead's municipality over `period`, pseudonymised with the
// installation's own key (a shared national key is a command-line option only).
struct EvaluationExport {
  nlohmann::json datasets;  // dataset name → array of rows
  std::string source;       // the installation's id, as the rows name it
  std::string codebook_markdown;
};
Result<EvaluationExport> export_evaluation(Invocation& call, const numbers::Period& period);

}  // namespace afk::service
