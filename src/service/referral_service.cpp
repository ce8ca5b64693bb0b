#include "service/referral_service.hpp"

#include "core/access_policy.hpp"
#include "core/consent_view.hpp"
#include "core/role.hpp"
#include "json/course_commands.hpp"
#include "service/command_contexts.hpp"
#include "service/unit_of_work.hpp"
#include "store/aggregates.hpp"
#include "store/consent_repository.hpp"
#include "store/course_queries.hpp"
#include "store/referral_queries.hpp"

namespace afk::service {

namespace {
ReferralRead read_of(store::SqlConnection& sql, const Caller& caller, const Referral& referral,
                     Citizen citizen, bool limited) {
  ReferralRead read;
  read.consents = store::load_consents(sql, citizen.id);
  read.outcome_withheld = !sees_course_outcome(caller, read.consents);
  if (const auto course = store::course_summary_of_referral(sql, referral.id);
      course && !read.outcome_withheld)
    read.course = course;
  read.referral = shown_referral(caller, referral, limited);
  read.legal_commands = referral_commands_for(referral, caller.role);
  // Ward staff see the admissions at their own ward only (the index admission's dates come from these).
  read.citizen = shown_citizen(caller, citizen);
  read.limited = limited;
  return read;
}
}  // namespace

Result<ReferralRead> submit_referral(Invocation& call, const SubmitReferral& command) {
  return run_command<ReferralRead>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ReferralRead> {
        if (command.ward_id != call.caller().organisation_id.value_or(0))
          return make_error(ErrorKind::forbidden, "not_your_ward",
                            "Du kan kun henvise fra dit eget sengeafsnit.", "ward_id");
        // Only a citizen the ward registered or admitted; any other answers as unknown.
        AFK_CHECK(authorize(call, sql, Action::submit_referral, ResourceKind::citizen, command.citizen_id,
                            "citizen_id"));
        auto citizen = store::load<Citizen>(sql, command.citizen_id);
        if (!citizen)
          return make_error(ErrorKind::not_found, "not_found", "Posten findes ikke.", "citizen_id");
        auto ward = store::load<Ward>(sql, command.ward_id);
        if (!ward)
          return make_error(ErrorKind::bad_input, "unknown_ward", "Sengeafsnittet findes ikke.", "ward_id");
        auto unit = store::load<Unit>(sql, command.unit_id);
        if (!unit)
          return make_error(ErrorKind::bad_input, "unknown_unit", "Tilbuddet findes ikke.", "unit_id");
        auto referral =
            afk::submit_referral(command, citizen.value(), ward.value(), unit.value(), call.today());
        if (!referral) return referral.error();
        store::insert(sql, referral.value());
        audit.record("create", citizen->id, "referral", referral->id);
        for (const std::int64_t consent : store::record_referral_consents(
                 sql, referral.value(), command.consent_form, command.consent_to_share_back_with_ward,
                 call.user_id(), std::string(role_code(call.caller().role)), call.today()))
          audit.record("create", citizen->id, "consent", consent);
        return read_of(sql, call.caller(), referral.value(), std::move(citizen).value(), false);
      });
}

Result<std::vector<ReferralRead>> list_referrals(Invocation& call, const std::optional<std::string>& state) {
  return run_query<std::vector<ReferralRead>>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<std::vector<ReferralRead>> {
        const Caller caller = call.caller();
        store::ListScope scope{store::ListScope::Kind::unit, caller.organisation_id.value_or(0)};
        if (caller.role == Role::ward_staff) scope.kind = store::ListScope::Kind::ward;
        if (caller.role == Role::authority) scope.kind = store::ListScope::Kind::citizens_municipality;
        std::vector<ReferralRead> items;
        for (auto& referral : store::list_referrals(sql, scope, state)) {
          auto citizen = store::load<Citizen>(sql, referral.citizen_id);
          if (!citizen) continue;
          // The query narrows by organisation; the policy decides each item.
          const AccessDecision decision =
              decide(caller, Action::list_referrals,
                     facts_of(referral, citizen.value(), store::load_consents(sql, citizen->id)));
          if (!decision.allowed()) continue;
          audit.record("read", citizen->id, "referral", referral.id);
          items.push_back(read_of(sql, caller, referral, std::move(citizen).value(), decision.limited_view));
        }
        return items;
      });
}

Result<ReferralRead> read_referral(Invocation& call, std::int64_t referral_id, bool limited) {
  return run_query<ReferralRead>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ReferralRead> {
        AFK_TRY(referral, store::load<Referral>(sql, referral_id));
        AFK_TRY(citizen, store::load<Citizen>(sql, referral->citizen_id));
        audit.record("read", citizen->id, "referral", referral->id);
        return read_of(sql, call.caller(), referral.value(), std::move(citizen).value(), limited);
      });
}

Result<ReferralDecided> decide_referral(Invocation& call, std::int64_t referral_id,
                                        const std::string& command, std::int64_t expected_version,
                                        const nlohmann::json& payload, bool limited) {
  return run_command<ReferralDecided>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ReferralDecided> {
        AFK_TRY(referral, store::load<Referral>(sql, referral_id));
        const ReferralContext context = load_referral_context(sql, referral.value(), call.today());
        audit.record("command:" + command, referral->citizen_id, "referral", referral->id);
        AFK_TRY(decision, json::apply_referral_command(command, referral.value(), payload, context));
        AFK_CHECK(store::update(sql, decision->referral, expected_version));
        if (decision->course) {
          store::insert(sql, *decision->course);
          audit.record("create", decision->course->citizen_id, "course", decision->course->id);
        }
        ReferralRead read = read_of(sql, call.caller(), decision->referral, context.citizen, limited);
        decision->referral = read.referral;  // nothing leaves unredacted
        return ReferralDecided{std::move(decision).value(), std::move(read)};
      });
}

}  // namespace afk::service
