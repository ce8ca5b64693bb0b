#include "service/unit_administration_service.hpp"

#include "service/unit_of_work.hpp"
#include "store/aggregates.hpp"
#include "store/agreement_queries.hpp"
#include "store/course_queries.hpp"

namespace afk::service {

template <class Organisation>
Result<std::vector<Organisation>> list_organisations(Invocation& call) {
  return run_query<std::vector<Organisation>>(
      call, [](store::SqlConnection& sql, AuditTrail&) -> Result<std::vector<Organisation>> {
        return store::select_all<Organisation>(sql);
      });
}
template Result<std::vector<Municipality>> list_organisations<Municipality>(Invocation&);
template Result<std::vector<Region>> list_organisations<Region>(Invocation&);
template Result<std::vector<Ward>> list_organisations<Ward>(Invocation&);
template Result<std::vector<Unit>> list_organisations<Unit>(Invocation&);

Result<Unit> read_unit(Invocation& call, std::int64_t unit_id) {
  return run_query<Unit>(
      call, [&](store::SqlConnection& sql, AuditTrail&) { return store::load<Unit>(sql, unit_id); });
}

Result<Unit> change_unit(Invocation& call, std::int64_t unit_id, std::int64_t expected_version,
                         const UnitChange& change) {
  return run_command<Unit>(call, [&](store::SqlConnection& sql, AuditTrail&) -> Result<Unit> {
    AFK_TRY(unit, store::load<Unit>(sql, unit_id));
    auto changed = change(unit.value(), [&] { return store::occupied_place_ids(sql, unit_id, 0); });
    if (!changed) return changed.error();
    AFK_CHECK(store::update(sql, changed.value(), expected_version));
    return changed;
  });
}

Result<std::vector<CooperationAgreement>> agreements_of_unit(Invocation& call, std::int64_t unit_id) {
  return run_query<std::vector<CooperationAgreement>>(
      call, [&](store::SqlConnection& sql, AuditTrail&) -> Result<std::vector<CooperationAgreement>> {
        return store::agreements_of_unit(sql, unit_id);
      });
}

Result<CooperationAgreement> create_agreement(Invocation& call, const CreateCooperationAgreement& command) {
  return run_command<CooperationAgreement>(
      call, [&](store::SqlConnection& sql, AuditTrail&) -> Result<CooperationAgreement> {
        if (!store::load<Region>(sql, command.region_id))
          return make_error(ErrorKind::bad_input, "unknown_region", "Regionen findes ikke.", "region_id");
        AFK_TRY(agreement, create_cooperation_agreement(command));
        store::insert(sql, agreement.value());
        return agreement;
      });
}

Result<CooperationAgreement> change_agreement(Invocation& call, std::int64_t agreement_id,
                                              std::int64_t expected_version, const AgreementChange& change) {
  return run_command<CooperationAgreement>(
      call, [&](store::SqlConnection& sql, AuditTrail&) -> Result<CooperationAgreement> {
        AFK_TRY(agreement, store::load<CooperationAgreement>(sql, agreement_id));
        AFK_TRY(changed, change(agreement.value()));
        AFK_CHECK(store::update(sql, changed.value(), expected_version));
        return changed;
      });
}

}  // namespace afk::service
