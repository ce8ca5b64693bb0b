#include "service/citizen_service.hpp"

#include "core/consent_view.hpp"
#include "security/tokens.hpp"
#include "service/timestamps.hpp"
#include "service/unit_of_work.hpp"
#include "store/access_facts.hpp"
#include "store/aggregates.hpp"
#include "store/citizen_registry.hpp"

namespace afk::service {

Result<CitizenRegistration> register_citizen(Invocation& call, const RegisterCitizen& command,
                                             const std::string& cpr_lookup_key) {
  return run_command<CitizenRegistration>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<CitizenRegistration> {
        if (!store::load<Municipality>(sql, command.home_municipality_id))
          return make_error(ErrorKind::bad_input, "unknown_municipality", "Kommunen findes ikke.",
                            "home_municipality_id");
        AFK_TRY(citizen, afk::register_citizen(command, call.today()));
        std::optional<std::int64_t> known_id;
        std::string key;
        if (citizen->cpr) {
          key = security::keyed_hash(cpr_lookup_key, citizen->cpr->digits);
          known_id = store::citizen_with_cpr_key(sql, key);
        }
        if (!known_id) store::insert_citizen(sql, citizen.value(), key);
        const std::int64_t id = known_id ? *known_id : citizen->id;
        if (const auto organisation = call.caller().organisation_id)
          store::link_citizen(sql, id, call.organisation_kind(), *organisation,
                              utc_timestamp(call.now_seconds()));
        audit.record(known_id ? "link" : "create", id, "citizen", id);
        return CitizenRegistration{id, known_id.has_value(), std::move(citizen).value()};
      });
}

Result<Citizen> read_citizen(Invocation& call, std::int64_t citizen_id) {
  return run_query<Citizen>(call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<Citizen> {
    AFK_TRY(citizen, store::load<Citizen>(sql, citizen_id));
    audit.record("read", citizen->id, "citizen", citizen->id);
    return shown_citizen(call.caller(), citizen.value());
  });
}

Result<Citizen> change_citizen(Invocation& call, std::int64_t citizen_id, std::int64_t expected_version,
                               const std::string& action, const CitizenChange& change) {
  return run_command<Citizen>(call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<Citizen> {
    AFK_TRY(citizen, store::load<Citizen>(sql, citizen_id));
    audit.record(action, citizen->id, "citizen", citizen->id);
    AFK_TRY(changed, change(citizen.value(), call.today()));
    AFK_CHECK(store::update(sql, changed.value(), expected_version));
    return shown_citizen(call.caller(), changed.value());
  });
}

}  // namespace afk::service
