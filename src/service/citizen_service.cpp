#include "service/citizen_service.hpp"

#include <algorithm>

#include "core/access_policy.hpp"
#include "core/admission_follow_up.hpp"
#include "core/consent_view.hpp"
#include "security/tokens.hpp"
#include "service/command_contexts.hpp"
#include "service/courses_follow_citizen.hpp"
#include "service/timestamps.hpp"
#include "service/unit_of_work.hpp"
#include "store/access_facts.hpp"
#include "store/aggregates.hpp"
#include "store/citizen_registry.hpp"
#include "store/consent_repository.hpp"
#include "store/course_queries.hpp"
#include "store/referral_queries.hpp"

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

namespace {
// Where a search looks: the caller's organisation; the policy still decides each citizen.
store::ListScope search_scope(const Caller& caller) {
  store::ListScope scope{store::ListScope::Kind::unit, caller.organisation_id.value_or(0)};
  if (caller.role == Role::ward_staff) scope.kind = store::ListScope::Kind::ward;
  if (caller.role == Role::authority) scope.kind = store::ListScope::Kind::citizens_municipality;
  return scope;
}

// What the caller sees of one found citizen, or nothing when the policy refuses to show them.
std::optional<CitizenSearchHit> search_hit(store::SqlConnection& sql, const Caller& caller, std::int64_t id) {
  if (!decide(caller, Action::read_citizen, store::load_access_facts(sql, ResourceKind::citizen, id))
           .allowed())
    return std::nullopt;
  const auto citizen = store::load<Citizen>(sql, id);
  if (!citizen) return std::nullopt;
  const CitizenConsents consents = store::load_consents(sql, id);
  CitizenSearchHit hit{id, citizen->name, std::nullopt, citizen->birth_date, {}, {}};
  if (citizen->cpr) hit.cpr = format_cpr(*citizen->cpr);
  for (const Referral& referral : store::referrals_of_citizen(sql, id))
    if (decide(caller, Action::read_referral, facts_of(referral, citizen.value(), consents)).allowed())
      hit.referrals.push_back({referral.id, referral.state, referral.referred_on, referral.unit_id});
  for (const Course& course : store::courses_of_citizen(sql, id))
    if (decide(caller, Action::read_course, facts_of(course, citizen.value(), consents)).allowed())
      hit.courses.push_back({course.id, course.state, course.unit_id});
  return hit;
}
}  // namespace

Result<CitizenSearchResult> search_citizens(Invocation& call, const std::string& query,
                                            const std::string& cpr_lookup_key) {
  return run_query<CitizenSearchResult>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<CitizenSearchResult> {
        CitizenSearchResult result;
        std::vector<std::int64_t> ids;
        if (const auto digits = cpr_query_digits(query)) {
          if (const auto id = store::citizen_with_cpr_key(sql, security::keyed_hash(cpr_lookup_key, *digits)))
            ids.push_back(*id);
        } else {
          const std::vector<std::string> words = name_search_words(query);
          if (words.empty())
            return make_error(ErrorKind::bad_input, "search_query_empty",
                              "Skriv et CPR-nummer eller begyndelsen af borgerens navn.", "q");
          ids = store::citizens_with_name_prefixes(sql, words, search_scope(call.caller()),
                                                   max_search_hits + 1);
          result.more = ids.size() > max_search_hits;
          if (result.more) ids.resize(max_search_hits);
        }
        for (const std::int64_t id : ids) {
          auto hit = search_hit(sql, call.caller(), id);
          if (!hit) continue;
          audit.record("search", id, "citizen", id);
          result.hits.push_back(std::move(hit).value());
        }
        std::stable_sort(result.hits.begin(), result.hits.end(), [](const auto& a, const auto& b) {
          return name_search_words(a.name) < name_search_words(b.name);
        });
        return result;
      });
}

Result<Citizen> change_citizen(Invocation& call, std::int64_t citizen_id, std::int64_t expected_version,
                               const std::string& action, const CitizenChange& change) {
  return run_command<Citizen>(call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<Citizen> {
    AFK_TRY(citizen, store::load<Citizen>(sql, citizen_id));
    audit.record(action, citizen->id, "citizen", citizen->id);
    AFK_TRY(changed, change(citizen.value(), call.today()));
    AFK_CHECK(store::update(sql, changed.value(), expected_version));
    AFK_CHECK(courses_follow_citizen(call, sql, audit, citizen.value(), changed.value(), action));
    return shown_citizen(call.caller(), changed.value());
  });
}

}  // namespace afk::service
