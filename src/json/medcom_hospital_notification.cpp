#include "json/medcom_hospital_notification.hpp"

#include <string>
#include <string_view>
#include <vector>

#include "core/enum_codes.hpp"
#include "core/medcom/danish_time.hpp"

namespace afk::json {

namespace {
using nlohmann::json;

constexpr std::string_view cpr_system = "urn:oid:1.2.208.176.1.2";
constexpr std::string_view sor_system = "urn:oid:1.2.208.176.1.1";
constexpr std::string_view event_code = "hospital-notification-message";
constexpr std::size_t max_identifier_length = 200;

Error invalid(const std::string& element, const std::string& message_da) {
  return make_error(ErrorKind::bad_input, "invalid_hospital_notification", message_da, element);
}

// A string member, or nullptr when it is missing or not a string.
const std::string* text_at(const json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  const auto found = object.find(key);
  if (found == object.end() || !found->is_string()) return nullptr;
  return found->get_ptr<const std::string*>();
}

const json* member(const json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  const auto found = object.find(key);
  return found == object.end() ? nullptr : &*found;
}

struct Entry {
  std::string full_url;
  const json* resource = nullptr;
};

// "MessageHeader/abc", "urn:uuid:abc" or a full URL ending in "/MessageHeader/abc": the id, abc.
std::string id_of_reference(const std::string& reference) {
  if (reference.rfind("urn:uuid:", 0) == 0) return reference.substr(9);
  const auto slash = reference.rfind('/');
  return slash == std::string::npos ? reference : reference.substr(slash + 1);
}

// The entry a reference points to: by its fullUrl, or by type and id.
const json* resolve(const std::vector<Entry>& entries, const json* reference_object, std::string_view type) {
  const std::string* reference = reference_object ? text_at(*reference_object, "reference") : nullptr;
  if (!reference) return nullptr;
  for (const Entry& entry : entries) {
    const std::string* resource_type = text_at(*entry.resource, "resourceType");
    if (!resource_type || *resource_type != type) continue;
    if (entry.full_url == *reference) return entry.resource;
    const std::string* id = text_at(*entry.resource, "id");
    if (id && (*reference == std::string(type) + "/" + *id || id_of_reference(*reference) == *id))
      return entry.resource;
  }
  return nullptr;
}

std::vector<const json*> resources_of_type(const std::vector<Entry>& entries, std::string_view type) {
  std::vector<const json*> found;
  for (const Entry& entry : entries)
    if (const std::string* resource_type = text_at(*entry.resource, "resourceType");
        resource_type && *resource_type == type)
      found.push_back(entry.resource);
  return found;
}

// The value of the first identifier of `system`, or nullptr.
const std::string* identifier_value(const json& resource, std::string_view system) {
  const json* identifiers = member(resource, "identifier");
  if (!identifiers || !identifiers->is_array()) return nullptr;
  for (const json& identifier : *identifiers) {
    const std::string* identifier_system = text_at(identifier, "system");
    if (identifier_system && *identifier_system == system) return text_at(identifier, "value");
  }
  return nullptr;
}

bool plain_identifier(const std::string& value) {
  if (value.empty() || value.size() > max_identifier_length) return false;
  for (const unsigned char c : value)
    if (c < 0x21 || c > 0x7E) return false;
  return true;
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

Status read_patient(const std::vector<Entry>& entries, medcom::HospitalNotification& message) {
  const auto patients = resources_of_type(entries, "Patient");
  if (patients.size() != 1) return invalid("Patient", "Sygehusadvisen skal indeholde præcis én patient.");
  const std::string* cpr = identifier_value(*patients[0], cpr_system);
  if (!cpr || cpr->size() != 10 || cpr->find_first_not_of("0123456789") != std::string::npos)
    return invalid("Patient.identifier", "Patienten mangler et CPR-nummer på ti cifre.");
  message.cpr_digits = *cpr;
  if (const json* deceased = member(*patients[0], "deceasedBoolean")) {
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

  const json* episodes = member(encounter, "episodeOfCare");
  const json* first_episode =
      episodes && episodes->is_array() && !episodes->empty() ? &(*episodes)[0] : nullptr;
  const json* episode_identifier = first_episode ? member(*first_episode, "identifier") : nullptr;
  const std::string* episode = episode_identifier ? text_at(*episode_identifier, "value") : nullptr;
  if (!episode || !plain_identifier(*episode))
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

  const json* provider = resolve(entries, member(encounter, "serviceProvider"), "Organization");
  const std::string* sor = provider ? identifier_value(*provider, sor_system) : nullptr;
  if (!sor || sor->empty() || sor->size() > 20 || sor->find_first_not_of("0123456789") != std::string::npos)
    return invalid("Encounter.serviceProvider", "Afsnittet (Encounter.serviceProvider) mangler en SOR-kode.");
  message.service_provider_sor = *sor;
  return ok_status();
}

Status read_provenance(const std::vector<Entry>& entries, const std::string& header_url,
                       const std::string& header_id, medcom::HospitalNotification& message) {
  for (const json* provenance : resources_of_type(entries, "Provenance")) {
    const json* targets = member(*provenance, "target");
    bool of_this_message = false;
    if (targets && targets->is_array())
      for (const json& target : *targets)
        if (const std::string* reference = text_at(target, "reference"))
          of_this_message =
              of_this_message || *reference == header_url || id_of_reference(*reference) == header_id;
    if (!of_this_message) continue;
    const json* activity = member(*provenance, "activity");
    const json* codings = activity ? member(*activity, "coding") : nullptr;
    const std::string* code =
        codings && codings->is_array() && !codings->empty() ? text_at((*codings)[0], "code") : nullptr;
    const auto known = code ? from_code<medcom::HospitalActivity>(*code) : std::nullopt;
    if (!known) return invalid("Provenance.activity", "Provenance.activity har en ukendt aktivitetskode.");
    message.activity = *known;
    if (const json* entities = member(*provenance, "entity");
        entities && entities->is_array() && !entities->empty())
      if (const json* what = member((*entities)[0], "what"))
        if (const std::string* reference = text_at(*what, "reference"))
          message.earlier_message_id = id_of_reference(*reference);
    return ok_status();
  }
  return invalid("Provenance", "Sygehusadvisen mangler Provenance for selve beskeden.");
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
  const std::string* resource_type = text_at(bundle, "resourceType");
  if (!resource_type || *resource_type != "Bundle")
    return invalid("Bundle.resourceType", "Beskeden er ikke et FHIR Bundle.");
  const std::string* type = text_at(bundle, "type");
  if (!type || *type != "message") return invalid("Bundle.type", "Bundle.type skal være message.");
  const json* entry_list = member(bundle, "entry");
  if (!entry_list || !entry_list->is_array()) return invalid("Bundle.entry", "Bundle.entry mangler.");
  std::vector<Entry> entries;
  for (const json& entry : *entry_list) {
    const json* resource = member(entry, "resource");
    if (!resource || !resource->is_object())
      return invalid("Bundle.entry.resource", "Et Bundle.entry mangler sin resource.");
    const std::string* full_url = text_at(entry, "fullUrl");
    entries.push_back({full_url ? *full_url : std::string(), resource});
  }

  const auto headers = resources_of_type(entries, "MessageHeader");
  if (headers.size() != 1) return invalid("MessageHeader", "Bundle skal indeholde præcis én MessageHeader.");
  const json& header = *headers[0];
  medcom::HospitalNotification message;
  const std::string* header_id = text_at(header, "id");
  if (!header_id || !plain_identifier(*header_id))
    return invalid("MessageHeader.id", "MessageHeader mangler et id.");
  message.message_id = *header_id;
  const json* event = member(header, "eventCoding");
  const std::string* event_value = event ? text_at(*event, "code") : nullptr;
  if (!event_value || *event_value != event_code)
    return invalid("MessageHeader.eventCoding",
                   "Beskeden er ikke en sygehusadvis (hospital-notification-message).");
  const json* focus_list = member(header, "focus");
  const json* focus =
      focus_list && focus_list->is_array() && !focus_list->empty() ? &(*focus_list)[0] : nullptr;
  const json* encounter = resolve(entries, focus, "Encounter");
  if (!encounter)
    return invalid("MessageHeader.focus", "MessageHeader.focus peger ikke på et Encounter i beskeden.");

  AFK_CHECK(read_patient(entries, message));
  AFK_CHECK(read_encounter(entries, *encounter, message));
  std::string header_url;
  for (const Entry& entry : entries)
    if (entry.resource == &header) header_url = entry.full_url;
  AFK_CHECK(read_provenance(entries, header_url, *header_id, message));
  AFK_CHECK(require_event_times(message));
  return message;
}

}  // namespace afk::json
