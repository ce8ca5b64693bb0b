// libFuzzer harness: every JSON payload decoder, behind the same parse the
// server uses (json::parse_untrusted), and every course and referral command
// by its registry. The first byte picks the decoder; the rest is the body. Decoders must answer a value or an
// Error — never crash, hang or throw.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/course_commands.hpp"
#include "core/referral.hpp"
#include "core/referral_decision.hpp"
#include "core/unit.hpp"
#include "json/account_payloads.hpp"
#include "json/aggregates.hpp"
#include "json/course_commands.hpp"
#include "json/economics_json.hpp"
#include "json/instrument_json.hpp"
#include "json/payloads.hpp"
#include "json/untrusted_json.hpp"

namespace {
using afk::Date;

// A course in phase 1 with a key worker, in a unit with one free place of each kind,
// and a submitted referral to that unit awaiting the joint assessment.
struct Fixture {
  afk::Unit unit;
  afk::Course course;
  afk::CourseCommandContext context;
  afk::Referral referral;
  afk::ReferralContext referral_context;
  Fixture() {
    unit.id = 1;
    unit.municipality_id = 1;
    unit.name = "Fuzz";
    unit = afk::add_place(unit, {1, afk::PlaceKind::regular}).value();
    unit = afk::add_place(unit, {2, afk::PlaceKind::guest}).value();
    course.id = 1;
    course.unit_id = 1;
    course.referral_id = 1;
    course.citizen_id = 1;
    context.today = *Date::from_ymd(2026, 3, 2);
    context.unit = unit;
    referral.id = 1;
    referral.unit_id = 1;
    referral.citizen_id = 1;
    referral.ward_id = 1;
    referral.referred_on = *Date::from_ymd(2026, 3, 1);
    referral.reason = "Fuzz";
    referral_context.today = context.today;
    referral_context.citizen.id = 1;
    referral_context.citizen.birth_date = *Date::from_ymd(1990, 1, 1);
    referral_context.ward.id = 1;
    referral_context.unit = unit;
    referral_context.has_active_agreement = true;
  }
};

template <class Parse>
void decode(Parse parse, const nlohmann::json& body) {
  (void)parse(body);
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const Fixture fixture;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto parsed = afk::json::parse_untrusted(text);
  if (!parsed) return 0;
  const nlohmann::json& body = parsed.value();
  const auto commands = afk::json::course_command_registry();
  const auto decisions = afk::json::referral_command_registry();
  const std::size_t registries = commands.size() + decisions.size();
  const std::size_t choice = data[0] % (registries + 24);
  if (choice < commands.size()) {
    (void)afk::json::apply_course_command(commands[choice].name, fixture.course, body, fixture.context);
    return 0;
  }
  if (choice < registries) {
    (void)afk::json::apply_referral_command(decisions[choice - commands.size()].name, fixture.referral, body,
                                            fixture.referral_context);
    return 0;
  }
  switch (choice - registries) {
    case 0:
      decode(afk::json::parse_register_citizen, body);
      break;
    case 1:
      decode(afk::json::parse_record_admission, body);
      break;
    case 2:
      decode(afk::json::parse_set_admission_ready_for_discharge, body);
      break;
    case 3:
      decode(afk::json::parse_record_discharge, body);
      break;
    case 4:
      decode(afk::json::parse_submit_referral, body);
      break;
    case 5:
      decode(afk::json::parse_add_place, body);
      break;
    case 6:
      decode(afk::json::parse_close_place, body);
      break;
    case 7:
      decode(afk::json::parse_add_exclusion_criterion, body);
      break;
    case 8:
      decode(afk::json::parse_create_cooperation_agreement, body);
      break;
    case 9:
      decode(afk::json::parse_check_agreement_point, body);
      break;
    case 10:
      decode(afk::json::parse_set_agreement_period, body);
      break;
    case 11:
      decode(afk::json::parse_instrument_definition, body);
      break;
    case 12:
      decode(afk::json::parse_response_input, body);
      break;
    case 13:
      decode(afk::json::parse_password_change, body);
      break;
    case 14:
      decode(afk::json::parse_new_user, body);
      break;
    case 15:
      decode(afk::json::parse_password_reset, body);
      break;
    case 16:
      decode(afk::json::parse_role_change, body);
      break;
    case 17:
      decode(afk::json::parse_login_lock_lift, body);
      break;
    case 18:
      decode(afk::json::parse_unit, body);
      break;
    case 19:
      // A consent is validated against the citizen's records (core/consent).
      if (auto consent = afk::json::parse_record_consent(body))
        (void)afk::record_consent({}, 1, consent.value(), 1, "unit_staff", fixture.context.today);
      break;
    case 20:
      // The tariff calculator's bounds and choices are core's (core/numbers/tariff_calculator).
      if (auto request = afk::json::parse_tariff_request(body))
        (void)afk::numbers::calculate_tariff(request.value());
      break;
    case 21:
      decode(afk::json::parse_ata_request, body);
      break;
    case 22:
      decode(afk::json::parse_new_price_setting, body);
      break;
    default:
      decode(afk::json::parse_course, body);
      break;
  }
  return 0;
}
