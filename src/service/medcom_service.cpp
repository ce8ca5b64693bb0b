#include "service/medcom_service.hpp"

#include "core/medcom/hospital_notification.hpp"
#include "json/medcom_care_communication.hpp"
#include "json/medcom_hospital_notification.hpp"
#include "security/tokens.hpp"
#include "service/courses_follow_citizen.hpp"
#include "service/held_messages.hpp"
#include "service/sor_code_mapping.hpp"
#include "service/unit_of_work.hpp"
#include "store/aggregates.hpp"
#include "store/citizen_registry.hpp"
#include "store/medcom_messages.hpp"
#include "store/medcom_outbox.hpp"

namespace afk::service {

namespace {
using medcom::HospitalNotification;

struct Applied {
  std::string outcome;
  std::string reason;
  std::string what_da;
};

// Applies one message to a known citizen at a known ward; a refusal of the
// rule (a stay not known yet, an overlap) holds the message instead.
Result<Applied> apply_to_citizen(Invocation& call, store::SqlConnection& sql, AuditTrail& audit,
                                 const HospitalNotification& message, std::int64_t citizen_id,
                                 std::int64_t ward_id) {
  AFK_TRY(citizen, store::load<Citizen>(sql, citizen_id));
  auto effect = medcom::apply_hospital_notification(citizen.value(), message, ward_id, call.today());
  if (!effect) {
    if (effect.error().kind == ErrorKind::bad_input) return effect.error();
    return Applied{"held", effect.error().code, effect.error().message};
  }
  const std::string action = "medcom:" + std::string(to_code(message.activity));
  audit.record(action, citizen_id, "citizen", citizen_id);
  if (effect->outcome != medcom::NotificationOutcome::applied)
    return Applied{effect->outcome == medcom::NotificationOutcome::not_an_admission ? "not_an_admission"
                                                                                    : "already_recorded",
                   "", effect->what_da};
  AFK_CHECK(store::update(sql, effect->citizen, citizen->version));
  AFK_CHECK(courses_follow_citizen(call, sql, audit, citizen.value(), effect->citizen, action));
  return Applied{"applied", "", effect->what_da};
}

// The SOR code a held message waits for: a notification's ward, a letter's receiver.
std::string sor_code_named(const store::HeldMedcomMessage& held) {
  const nlohmann::json body = nlohmann::json::parse(held.body);
  if (json::is_care_communication_activity(held.activity)) {
    const auto letter = json::parse_care_communication(body);
    return letter ? letter->receiver_sor : std::string();
  }
  if (const auto message = json::parse_hospital_notification(body)) return message->service_provider_sor;
  return {};
}

// Held messages of the citizen that waited for their stay: tried again, oldest first.
Status retry_held(Invocation& call, store::SqlConnection& sql, AuditTrail& audit, std::int64_t citizen_id) {
  AFK_TRY(settled,
          retry_held_messages(
              sql, store::held_medcom_messages_of(sql, citizen_id),
              [&](const store::HeldMedcomMessage& held) -> Result<std::optional<Retried>> {
                if (held.reason != "stay_not_known" || json::is_care_communication_activity(held.activity))
                  return std::optional<Retried>{};
                AFK_TRY(message, json::parse_hospital_notification(nlohmann::json::parse(held.body)));
                const auto ward_id = with_sor_code<Ward>(sql, message->service_provider_sor);
                if (!ward_id) return std::optional<Retried>{};
                AFK_TRY(applied, apply_to_citizen(call, sql, audit, message.value(), citizen_id, *ward_id));
                return std::optional<Retried>{Retried{applied->outcome, applied->reason}};
              }));
  static_cast<void>(settled);
  return ok_status();
}
}  // namespace

Result<ReceivedMessage> receive_hospital_notification(Invocation& call, const nlohmann::json& bundle,
                                                      const std::string& cpr_lookup_key) {
  AFK_TRY(message, json::parse_hospital_notification(bundle));
  return run_command<ReceivedMessage>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ReceivedMessage> {
        ReceivedMessage received{message->message_id, "", "", ""};
        if (store::medcom_message_known(sql, message->message_id)) {
          received.outcome = "duplicate";
          return received;
        }
        store::MedcomMessageRecord record;
        record.message_id = message->message_id;
        record.received_at = call.now_seconds();
        record.activity = std::string(to_code(message->activity));
        record.earlier_message_id = message->earlier_message_id;
        const auto finish = [&](std::string outcome, std::string reason, std::string what) {
          record.outcome = outcome;
          record.reason = reason;
          store::insert_medcom_message(sql, record);
          received.outcome = std::move(outcome);
          received.reason = std::move(reason);
          received.what_da = std::move(what);
          return received;
        };
        if (store::medcom_message_cancelled(sql, message->message_id))
          return finish("cancelled", "", "Beskeden var allerede annulleret af sygehuset");
        const auto citizen_id =
            store::citizen_with_cpr_key(sql, security::keyed_hash(cpr_lookup_key, message->cpr_digits));
        if (!citizen_id) return finish("ignored", "unknown_citizen", "Borgeren er ikke kendt i Afklaring");
        record.citizen_id = citizen_id;
        const auto ward_id = with_sor_code<Ward>(sql, message->service_provider_sor);
        if (!ward_id) {
          record.body = bundle.dump();
          audit.record("medcom:held", *citizen_id, "citizen", *citizen_id);
          return finish("held", "unknown_sor_code", "Afsnittets SOR-kode er ikke kendt");
        }
        AFK_TRY(applied, apply_to_citizen(call, sql, audit, message.value(), *citizen_id, *ward_id));
        if (applied->outcome == "held") {
          record.body = bundle.dump();
          audit.record("medcom:held", *citizen_id, "citizen", *citizen_id);
        }
        Result<ReceivedMessage> done = finish(applied->outcome, applied->reason, applied->what_da);
        if (applied->outcome == "applied") AFK_CHECK(retry_held(call, sql, audit, *citizen_id));
        return done;
      });
}

Result<SorCodeMapped> set_ward_sor_code(Invocation& call, std::int64_t ward_id, std::int64_t expected_version,
                                        const std::optional<std::string>& sor_code) {
  return run_command<SorCodeMapped>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<SorCodeMapped> {
        AFK_TRY(mapped, save_sor_code<Ward>(sql, audit, "ward", ward_id, expected_version, sor_code));
        SorCodeMapped result{mapped.value(), 0};
        if (!sor_code) return result;
        AFK_TRY(settled,
                retry_held_messages(
                    sql, store::held_medcom_messages(sql),
                    [&](const store::HeldMedcomMessage& held) -> Result<std::optional<Retried>> {
                      if (held.reason != "unknown_sor_code" ||
                          json::is_care_communication_activity(held.activity))
                        return std::optional<Retried>{};
                      AFK_TRY(message, json::parse_hospital_notification(nlohmann::json::parse(held.body)));
                      if (message->service_provider_sor != *sor_code) return std::optional<Retried>{};
                      AFK_TRY(applied,
                              apply_to_citizen(call, sql, audit, message.value(), held.citizen_id, ward_id));
                      if (applied->outcome == "applied")
                        AFK_CHECK(retry_held(call, sql, audit, held.citizen_id));
                      return std::optional<Retried>{Retried{applied->outcome, applied->reason}};
                    }));
        result.applied = settled.value();
        return result;
      });
}

Result<MedcomOverview> medcom_overview(Invocation& call) {
  return run_query<MedcomOverview>(
      call, [&](store::SqlConnection& sql, AuditTrail&) -> Result<MedcomOverview> {
        MedcomOverview overview;
        const std::int64_t since = (call.now_seconds() / 86400 - 13) * 86400;
        for (const auto& day : store::medcom_counts_per_day(sql, since))
          overview.days.push_back({Date::from_serial(static_cast<int>(day.utc_day)), day.outcome, day.count});
        for (const auto& held : store::held_medcom_messages(sql))
          overview.held.push_back({held.received_at, held.activity, held.reason, sor_code_named(held)});
        for (const auto& sent : store::outbox_overview(sql, since)) {
          const auto letter = store::load<medcom::Letter>(sql, sent.letter_id);
          overview.outbox.push_back(
              {sent.message_id, sent.created_at, sent.collected_at, letter ? letter->counterpart_name : ""});
        }
        return overview;
      });
}

}  // namespace afk::service
