#include "core/consent.hpp"

#include "core/text_checks.hpp"

namespace afk {

const ConsentRecord* consent_in_force(const CitizenConsents& consents, ConsentPurpose purpose,
                                      std::optional<std::int64_t> course_id,
                                      std::optional<std::int64_t> actor_id) {
  const ConsentRecord* newest = nullptr;
  for (const ConsentRecord& record : consents.records) {
    if (record.purpose != purpose) continue;
    if (purpose == ConsentPurpose::share_with_actor &&
        (record.course_id != course_id || record.actor_id != actor_id))
      continue;
    if (!newest || record.id > newest->id) newest = &record;
  }
  return newest;
}

bool covers(const CitizenConsents& consents, ConsentPurpose purpose, std::optional<std::int64_t> course_id,
            std::optional<std::int64_t> actor_id) {
  const ConsentRecord* record = consent_in_force(consents, purpose, course_id, actor_id);
  return record &&
         (record->status == ConsentStatus::given || record->status == ConsentStatus::cannot_take_position);
}

Result<ConsentRecord> record_consent(const CitizenConsents& current, std::int64_t citizen_id,
                                     const RecordConsent& command, std::int64_t user_id, std::string role,
                                     Date today) {
  const bool per_actor = command.purpose == ConsentPurpose::share_with_actor;
  if (per_actor && (!command.course_id || !command.actor_id))
    return make_error(ErrorKind::bad_input, "actor_required", "Vælg den aktør, samtykket gælder.",
                      "actor_id");
  if (!per_actor && (command.course_id || command.actor_id))
    return make_error(ErrorKind::bad_input, "actor_not_expected",
                      "Kun samtykke til deling med en aktør angiver en aktør.", "actor_id");
  const bool needs_basis = command.status == ConsentStatus::cannot_take_position;
  if (needs_basis && is_blank(command.legal_basis))
    return make_error(
        ErrorKind::bad_input, "legal_basis_required",
        "Angiv retsgrundlaget, når borgeren ikke kan tage stilling (fx Retssikkerhedsloven § 12 c).",
        "legal_basis");
  if (!needs_basis && !is_blank(command.legal_basis))
    return make_error(ErrorKind::bad_input, "legal_basis_not_expected",
                      "Et retsgrundlag angives kun, når borgeren ikke kan tage stilling.", "legal_basis");
  const Date recorded_on = command.recorded_on.value_or(today);
  if (recorded_on > today)
    return make_error(ErrorKind::bad_input, "date_in_future", "Datoen kan ikke ligge efter i dag.",
                      "recorded_on");
  if (command.status == ConsentStatus::withdrawn) {
    const ConsentRecord* in_force =
        consent_in_force(current, command.purpose, command.course_id, command.actor_id);
    if (!in_force || in_force->status != ConsentStatus::given)
      return make_error(ErrorKind::rule_violated, "nothing_to_withdraw",
                        "Der er intet givet samtykke at trække tilbage for dette formål.", "status");
  }
  ConsentRecord record;
  record.citizen_id = citizen_id;
  record.purpose = command.purpose;
  record.course_id = command.course_id;
  record.actor_id = command.actor_id;
  record.status = command.status;
  record.legal_basis = command.legal_basis;
  record.form = command.form;
  record.recorded_on = recorded_on;
  record.recorded_by_user_id = user_id;
  record.recorded_by_role = std::move(role);
  return record;
}

}  // namespace afk
