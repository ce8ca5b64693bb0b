#include "service/report_service.hpp"

#include "core/numbers/small_cell_suppression.hpp"
#include "security/tokens.hpp"
#include "service/unit_of_work.hpp"
#include "store/evaluation_dataset.hpp"
#include "store/installation_secrets.hpp"
#include "store/report_figures.hpp"

namespace afk::service {

Result<ReportRead> read_report(Invocation& call, const ReportAsked& asked) {
  return run_query<ReportRead>(call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ReportRead> {
    audit.record("read", std::nullopt, "report", std::nullopt);
    if (!store::is_report_figure(asked.figure))
      return make_error(ErrorKind::not_found, "unknown_figure", "Rapporten findes ikke.", "figure");
    const Caller caller = call.caller();
    AFK_TRY(scope, confine_report_scope(caller.role, caller.organisation_id, asked.kind, asked.id));
    const store::FigureRequest request{asked.figure, asked.period, call.today(),
                                       scope->kind == ReportScopeKind::national
                                           ? store::ReportGrouping::municipality
                                           : store::ReportGrouping::unit,
                                       store::load_baselines(sql)};
    AFK_TRY(table, store::report_figure(sql, scope.value(), request));
    ReportRead read{std::move(table).value(), scope.value(), numbers::hides_small_cells_for(caller.role)};
    if (read.small_cells_suppressed) read.table = numbers::suppress_small_cells(std::move(read.table)).table;
    return read;
  });
}

Result<EvaluationExport> export_evaluation(Invocation& call, const numbers::Period& period) {
  return run_command<EvaluationExport>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<EvaluationExport> {
        audit.record("export", std::nullopt, "evaluation", std::nullopt);
        const auto municipality = call.caller().organisation_id;
        if (!municipality)
          return make_error(ErrorKind::forbidden, "forbidden", "Du er ikke knyttet til en kommune.");
        const std::string key =
            store::installation_secret(sql, "evaluation-pseudonym", security::random_token());
        store::EvaluationExportRequest request;
        request.pseudonym = [key](const std::string& text) { return security::keyed_hash(key, text); };
        request.source =
            store::installation_secret(sql, "installation-id", security::random_token()).substr(0, 16);
        request.municipality_id = *municipality;
        request.period = period;
        EvaluationExport exported;
        exported.datasets = nlohmann::json::object();
        for (const char* dataset : store::evaluation_datasets)
          exported.datasets[dataset] = nlohmann::json::array();
        store::export_evaluation(sql, request, [&](const std::string& dataset, const nlohmann::json& row) {
          exported.datasets[dataset].push_back(row);
        });
        exported.source = request.source;
        exported.codebook_markdown = store::evaluation_codebook_markdown();
        return exported;
      });
}

}  // namespace afk::service
