#include "json/fhir_message.hpp"

namespace afk::json::fhir {

namespace {
constexpr std::size_t max_identifier_length = 200;
}

Error invalid(const MessageKind& kind, const std::string& element, const std::string& message_da) {
  return make_error(ErrorKind::bad_input, std::string(kind.error_code), message_da, element);
}

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

const json* first_of(const json& object, const char* key) {
  const json* list = member(object, key);
  return list && list->is_array() && !list->empty() ? &(*list)[0] : nullptr;
}

std::string id_of_reference(const std::string& reference) {
  if (reference.rfind("urn:uuid:", 0) == 0) return reference.substr(9);
  const auto slash = reference.rfind('/');
  return slash == std::string::npos ? reference : reference.substr(slash + 1);
}

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

bool is_sor_code(const std::string& value) {
  return !value.empty() && value.size() <= 20 && value.find_first_not_of("0123456789") == std::string::npos;
}

Result<Message> read_message(const json& bundle, const MessageKind& kind) {
  const std::string* resource_type = text_at(bundle, "resourceType");
  if (!resource_type || *resource_type != "Bundle")
    return invalid(kind, "Bundle.resourceType", "Beskeden er ikke et FHIR Bundle.");
  const std::string* type = text_at(bundle, "type");
  if (!type || *type != "message") return invalid(kind, "Bundle.type", "Bundle.type skal være message.");
  const json* entry_list = member(bundle, "entry");
  if (!entry_list || !entry_list->is_array()) return invalid(kind, "Bundle.entry", "Bundle.entry mangler.");
  Message message;
  for (const json& entry : *entry_list) {
    const json* resource = member(entry, "resource");
    if (!resource || !resource->is_object())
      return invalid(kind, "Bundle.entry.resource", "Et Bundle.entry mangler sin resource.");
    const std::string* full_url = text_at(entry, "fullUrl");
    message.entries.push_back({full_url ? *full_url : std::string(), resource});
  }

  const auto headers = resources_of_type(message.entries, "MessageHeader");
  if (headers.size() != 1)
    return invalid(kind, "MessageHeader", "Bundle skal indeholde præcis én MessageHeader.");
  message.header = headers[0];
  const std::string* header_id = text_at(*message.header, "id");
  if (!header_id || !plain_identifier(*header_id))
    return invalid(kind, "MessageHeader.id", "MessageHeader mangler et id.");
  message.header_id = *header_id;
  for (const Entry& entry : message.entries)
    if (entry.resource == message.header) message.header_url = entry.full_url;
  const json* event = member(*message.header, "eventCoding");
  const std::string* event_value = event ? text_at(*event, "code") : nullptr;
  if (!event_value || *event_value != kind.event_code)
    return invalid(kind, "MessageHeader.eventCoding",
                   "Beskeden er ikke den forventede slags (" + std::string(kind.event_code) + ").");

  const auto patients = resources_of_type(message.entries, "Patient");
  if (patients.size() != 1)
    return invalid(kind, "Patient", std::string(kind.name_da) + " skal indeholde præcis én patient.");
  message.patient = patients[0];
  const std::string* cpr = identifier_value(*message.patient, cpr_system);
  if (!cpr || cpr->size() != 10 || cpr->find_first_not_of("0123456789") != std::string::npos)
    return invalid(kind, "Patient.identifier", "Patienten mangler et CPR-nummer på ti cifre.");
  message.cpr_digits = *cpr;
  return message;
}

std::string message_event(const json& bundle) {
  const json* entries = member(bundle, "entry");
  if (!entries || !entries->is_array()) return {};
  for (const json& entry : *entries) {
    const json* resource = member(entry, "resource");
    const std::string* type = resource ? text_at(*resource, "resourceType") : nullptr;
    if (!type || *type != "MessageHeader") continue;
    const json* event = member(*resource, "eventCoding");
    const std::string* code = event ? text_at(*event, "code") : nullptr;
    return code ? *code : std::string();
  }
  return {};
}

const json* provenance_of(const Message& message) {
  for (const json* provenance : resources_of_type(message.entries, "Provenance")) {
    const json* targets = member(*provenance, "target");
    if (!targets || !targets->is_array()) continue;
    for (const json& target : *targets)
      if (const std::string* reference = text_at(target, "reference"))
        if ((!message.header_url.empty() && *reference == message.header_url) ||
            id_of_reference(*reference) == message.header_id)
          return provenance;
  }
  return nullptr;
}

}  // namespace afk::json::fhir
