// Referrals from the wards and the joint assessment. Ward staff submit and
// follow their ward's referrals (status only, never the unit's notes); the
// unit decides; the authority sees its citizens' referrals.
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "json/aggregates.hpp"
#include "json/course_commands.hpp"
#include "json/payloads.hpp"
#include "service/referral_service.hpp"

namespace afk::http {

namespace {
// The referral as the service redacted it for the caller (core/consent_view),
// with the citizen's name and age unless the view is limited.
json::ReferralView referral_view(const service::ReferralRead& read, Date today) {
  json::ReferralView view;
  view.referral = read.referral;
  view.citizen_age = age_on(read.citizen, today);
  view.limited_by_consent = read.limited;
  view.legal_commands = read.legal_commands;
  view.outcome_withheld = read.outcome_withheld;
  if (!read.limited) {
    view.citizen_name = read.citizen.name;
    if (read.citizen.cpr) view.citizen_cpr = format_cpr(*read.citizen.cpr);
  }
  if (const HospitalAdmission* admission = index_admission(read.citizen, read.referral.referred_on)) {
    view.admitted_on = admission->admitted_on;
    view.ready_for_discharge_on = admission->ready_for_discharge_on;
  }
  view.course = read.course;
  return view;
}

ApiResponse submit_referral_route(RequestContext& context) {
  AFK_CHECK(require_object_body(context));
  AFK_TRY(command, json::parse_submit_referral(context.body()));
  return answer(service::submit_referral(context, command.value()), [&](const service::ReferralRead& read) {
    return versioned_answer(json::to_json(referral_view(read, context.today())), read.referral.version, 201);
  });
}

ApiResponse list_referrals(RequestContext& context) {
  return answer(service::list_referrals(context, context.query("state")),
                [&](const std::vector<service::ReferralRead>& reads) {
                  nlohmann::json items = nlohmann::json::array();
                  for (const auto& read : reads)
                    items.push_back(json::to_json(referral_view(read, context.today())));
                  return json_answer({{"items", items}});
                });
}

ApiResponse get_referral(RequestContext& context) {
  AFK_TRY(referral_id, context.id_parameter("referralId"));
  return answer(service::read_referral(context, referral_id.value(), context.access().limited_view),
                [&](const service::ReferralRead& read) {
                  return versioned_answer(json::to_json(referral_view(read, context.today())),
                                          read.referral.version);
                });
}

// Ward staff withdraw (their own route, Action::withdraw_referral); the unit
// decides the rest (Action::decide_referral).
ApiResponse decide_referral(RequestContext& context, const std::string& command) {
  AFK_TRY(referral_id, context.id_parameter("referralId"));
  AFK_TRY(version, context.expected_version());
  const nlohmann::json payload = context.body().is_null() ? nlohmann::json::object() : context.body();
  return answer(service::decide_referral(context, referral_id.value(), command, version.value(), payload,
                                         context.access().limited_view),
                [&](const service::ReferralDecided& decided) {
                  const json::ReferralDecisionView view{referral_view(decided.read, context.today()),
                                                        decided.decision.course, decided.decision.warnings};
                  return versioned_answer(json::to_json(view), decided.read.referral.version);
                });
}
}  // namespace

void register_referral_routes(Router& router) {
  router.add(
      {"POST", "/api/v1/referrals", Access::logged_in, Action::submit_referral, {}, submit_referral_route});
  router.add({"GET", "/api/v1/referrals", Access::logged_in, Action::list_referrals, {}, list_referrals});
  router.add({"GET",
              "/api/v1/referrals/{referralId}",
              Access::logged_in,
              Action::read_referral,
              {ResourceKind::referral, "referralId"},
              get_referral});
  router.add({"POST",
              "/api/v1/referrals/{referralId}/commands/withdraw",
              Access::logged_in,
              Action::withdraw_referral,
              {ResourceKind::referral, "referralId"},
              [](RequestContext& context) -> ApiResponse { return decide_referral(context, "withdraw"); }});
  router.add(
      {"POST",
       "/api/v1/referrals/{referralId}/commands/{command}",
       Access::logged_in,
       Action::decide_referral,
       {ResourceKind::referral, "referralId"},
       [](RequestContext& context) -> ApiResponse { return decide_referral(context, context.text_parameter("command")); }});
}

}  // namespace afk::http
