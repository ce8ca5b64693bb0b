#include "service/audit_log_service.hpp"

#include <map>

#include "core/access_policy.hpp"
#include "core/organisation.hpp"
#include "core/role.hpp"
#include "core/unit.hpp"
#include "service/unit_of_work.hpp"
#include "store/aggregates.hpp"
#include "store/users_repository.hpp"

namespace afk::service {

namespace {
// The organisation a user belonged to, and the user's name.
class OrganisationNames {
 public:
  explicit OrganisationNames(store::SqlConnection& sql) : sql_(sql) {}

  struct Who {
    std::string organisation;
    std::string name;
  };
  Who of(std::optional<std::int64_t> user_id, const std::string& role_code) {
    if (!user_id) return {"Systemet", ""};
    if (auto known = cache_.find(*user_id); known != cache_.end()) return known->second;
    Who who;
    if (const auto user = store::find_user(sql_, *user_id)) {
      who.name = user->display_name;
      who.organisation = organisation_name(*user);
    }
    if (who.organisation.empty()) {
      const auto role = role_from_code(role_code);
      who.organisation = role ? std::string(role_label_da(*role)) : "Ukendt";
    }
    return cache_[*user_id] = who;
  }

 private:
  std::string organisation_name(const store::UserRecord& user) {
    if (!user.organisation_id) return "";
    switch (user.organisation_kind) {
      case OrganisationKind::ward:
        if (auto ward = store::load<Ward>(sql_, *user.organisation_id)) return ward->name;
        break;
      case OrganisationKind::unit:
        if (auto unit = store::load<Unit>(sql_, *user.organisation_id)) return unit->name;
        break;
      case OrganisationKind::municipality:
        if (auto municipality = store::load<Municipality>(sql_, *user.organisation_id))
          return municipality->name;
        break;
      default:
        break;
    }
    return "";
  }

  store::SqlConnection& sql_;
  std::map<std::int64_t, Who> cache_;
};
}  // namespace

Result<AccessLogPage> citizen_access_log(Invocation& call, const AccessLogAsked& asked) {
  return run_query<AccessLogPage>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<AccessLogPage> {
        if (asked.names && !may_disclose_staff_names(call.caller().role))
          return make_error(ErrorKind::forbidden, "names_admin_only",
                            "Kun administratoren kan udlevere medarbejdernes navne.", "names");
        store::AuditQuery query;
        query.citizen_id = asked.citizen_id;
        if (asked.from) query.from_day = asked.from->iso();
        if (asked.to) query.to_day = asked.to->iso();
        query.before_id = asked.before;
        query.limit = asked.limit + 1;  // one more tells whether there is a next page
        auto entries = store::query_audit(sql, query);
        const bool more = static_cast<int>(entries.size()) > asked.limit;
        if (more) entries.pop_back();
        // Handing out the log is itself logged, with the period asked for.
        audit.record("read", asked.citizen_id, "access_log", std::nullopt);
        AccessLogPage page;
        if (more && !entries.empty()) page.next_before = entries.back().id;
        OrganisationNames organisations(sql);
        for (auto& entry : entries) {
          auto who = organisations.of(entry.user_id, entry.role);
          page.lines.push_back({std::move(entry), std::move(who.organisation), asked.names ? who.name : ""});
        }
        return page;
      });
}

Result<std::vector<store::AuditEntry>> audit_log(Invocation& call, std::optional<std::int64_t> citizen_id) {
  return run_query<std::vector<store::AuditEntry>>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<std::vector<store::AuditEntry>> {
        store::AuditQuery query;
        query.citizen_id = citizen_id;
        audit.record("read", citizen_id, "audit_log", std::nullopt);
        return store::query_audit(sql, query);
      });
}

}  // namespace afk::service
