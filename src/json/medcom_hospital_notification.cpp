#include "json/medcom_hospital_notification.hpp"

#include <string>
#include <string_view>
#include <vector>

#include "core/enum_codes.hpp"
#include "core/medcom/danish_time.hpp"
#include "json/fhir_message.hpp"

namespace afk::json {

namespace {
using nlohmann::json;
using fhir::Entry;
using fhir::first_of;
using fhir::id_of_reference;
using fhir::member;
using fhir::text_at;

constexpr fhir::MessageKind kind{"invalid_hospital_notification", "hospital-notification-message",
                                 "Sygehusadvisen"};

Error invalid(const std::string& element, const std::string& message_da) {
  return fhir::invalid(kind, element, message_da);
}

Result<Date> date_at(const json* object, const char* key, const std::string& element) {
  const std::string* text = object ? text_at(*object, key) : nullptr;
  if (!text) return invalid(element, "Sygehusadvisen mangler " + element + ".");
  const auto date = medcom::danish_date_of(*text);
  if (!date) return invalid(element, element + " er ikke et gyldigt tidspunkt.");
  return *date;
}

Result<std::optional<Date>> optional_date_at(const json* object, const char* key,
                                             const std::string& element) {
  if (!object || !member(*object, key)) return std::optional<Date>{};
  AFK_TRY(date, date_at(object, key, element));
  return std::optional<Date>{date.value()};
}

Status read_deceased(const json& patient, medcom::HospitalNotification& message) {
  if (const json* deceased = member(patient, "deceasedBoolean")) {
    if (!deceased->is_boolean())
      return invalid("Patient.deceasedBoolean", "Patient.deceasedBoolean skal være sand eller falsk.");
    message.deceased = deceased->get<bool>();
  }
  return ok_status();
}

Status read_encounter(const std::vector<Entry>& entries, const json& encounter,
                      medcom::HospitalNotification& message) {
  const std::string* status = text_at(encounter, "status");
  if (!status) return invalid("Encounter.status", "Sygehusadvisen mangler Encounter.status.");
  if (*status == "in-progress")
    message.status = medcom::EncounterStatus::in_progress;
  else if (*status == "onleave")
    message.status = medcom::EncounterStatus::onleave;
  else if (*status == "finished")
    message.status = medcom::EncounterStatus::finished;
  else if (*status == "entered-in-error")
    message.status = medcom::EncounterStatus::entered_in_error;
  else
    return invalid("Encounter.status", "Encounter.status har en ukendt kode.");

  const json* encounter_class = member(encounter, "class");
  const std::string* class_code = encounter_class ? text_at(*encounter_class, "code") : nullptr;
  if (!class_code || (*class_code != "IMP" && *class_code != "EMER"))
    return invalid("Encounter.class", "Encounter.class skal være IMP (indlagt) eller EMER (akut ambulant).");
  message.inpatient = *class_code == "IMP";

  const json* first_episode = first_of(encounter, "episodeOfCare");
  const json* episode_identifier = first_episode ? member(*first_episode, "identifier") : nullptr;
  const std::string* episode = episode_identifier ? text_at(*episode_identifier, "value") : nullptr;
  if (!episode || !fhir::plain_identifier(*episode))
    return invalid("Encounter.episodeOfCare", "Encounter.episodeOfCare mangler forløbs-id'et.");
  message.episode_of_care = *episode;

  const json* period = member(encounter, "period");
  AFK_TRY(started, date_at(period, "start", "Encounter.period.start"));
  message.started_on = started.value();
  AFK_TRY(ended, optional_date_at(period, "end", "Encounter.period.end"));
  message.ended_on = ended.value();
  if (message.ended_on && *message.ended_on < message.started_on)
    return invalid("Encounter.period.end", "Encounter.period.end ligger før starten.");

  if (const json* extensions = member(encounter, "extension"); extensions && extensions->is_array()) {
    for (const json& extension : *extensions) {
      const std::string* url = text_at(extension, "url");
      if (!url || url->find("leave-period") == std::string::npos) continue;
      const json* leave = member(extension, "valuePeriod");
      AFK_TRY(leave_start, date_at(leave, "start", "Encounter.extension.leavePeriod.start"));
      message.leave_started_on = leave_start.value();
      AFK_TRY(leave_end, optional_date_at(leave, "end", "Encounter.extension.leavePeriod.end"));
      message.leave_ended_on = leave_end.value();
    }
  }
  if (message.status == medcom::EncounterStatus::onleave && !message.leave_started_on)
    return invalid("Encounter.extension.leavePeriod", "En orlov skal have et starttidspunkt.");

  const json* provider = fhir::resolve(entries, member(encounter, "serviceProvider"), "Organization");
  const std::string* sor = provider ? fhir::identifier_value(*provider, fhir::sor_system) : nullptr;
  if (!sor || !fhir::is_sor_code(*sor))
    return invalid("Encounter.serviceProvider", "Afsnittet (Encounter.serviceProvider) mangler en SOR-kode.");
  message.service_provider_sor = *sor;
  return ok_status();
}

Status read_provenance(const fhir::Message& frame, medcom::HospitalNotification& message) {
  const json* provenance = fhir::provenance_of(frame);
  if (!provenance) return invalid("Provenance", "Sygehusadvisen mangler Provenance for selve beskeden.");
  const json* activity = member(*provenance, "activity");
  const json* coding = activity ? first_of(*activity, "coding") : nullptr;
  const std::string* code = coding ? text_at(*coding, "code") : nullptr;
  const auto known = code ? from_code<medcom::HospitalActivity>(*code) : std::nullopt;
  if (!known) return invalid("Provenance.activity", "Provenance.activity har en ukendt aktivitetskode.");
  message.activity = *known;
  if (const json* entity = first_of(*provenance, "entity"))
    if (const json* what = member(*entity, "what"))
      if (const std::string* reference = text_at(*what, "reference"))
        message.earlier_message_id = id_of_reference(*reference);
  return ok_status();
}

// The times the event itself needs: a discharge or a death its end, a leave its period.
Status require_event_times(const medcom::HospitalNotification& message) {
  using A = medcom::HospitalActivity;
  const A activity = message.activity;
  const bool ends = activity == A::discharge_inpatient || activity == A::revise_discharge_inpatient ||
                    activity == A::discharge_emergency || activity == A::revise_discharge_emergency ||
                    medcom::reports_death(message);
  if (ends && !message.ended_on)
    return invalid("Encounter.period.end", "Sygehusadvisen mangler Encounter.period.end.");
  const bool leave_starts = activity == A::start_leave || activity == A::revise_start_leave;
  const bool leave_ends = activity == A::end_leave || activity == A::revise_end_leave;
  if ((leave_starts || leave_ends) && !message.leave_started_on)
    return invalid("Encounter.extension.leavePeriod", "Sygehusadvisen mangler orlovens start.");
  if (leave_ends && !message.leave_ended_on)
    return invalid("Encounter.extension.leavePeriod", "Sygehusadvisen mangler orlovens slut.");
  return ok_status();
}
}  // namespace

Result<medcom::HospitalNotification> parse_hospital_notification(const json& bundle) {
  AFK_TRY(frame, fhir::read_message(bundle, kind));
  medcom::HospitalNotification message;
  message.message_id = frame->header_id;
  message.cpr_digits = frame->cpr_digits;
  const json* encounter = fhir::resolve(frame->entries, first_of(*frame->header, "focus"), "Encounter");
  if (!encounter)
    return invalid("MessageHeader.focus", "MessageHeader.focus peger ikke på et Encounter i beskeden.");
  AFK_CHECK(read_deceased(*frame->patient, message));
  AFK_CHECK(read_encounter(frame->entries, *encounter, message));
  AFK_CHECK(read_provenance(frame.value(), message));
  AFK_CHECK(require_event_times(message));
  return message;
}

}  // namespace afk::json
