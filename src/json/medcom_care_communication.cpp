#include "json/medcom_care_communication.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "core/medcom/danish_time.hpp"
#include "json/fhir_message.hpp"

namespace afk::json {

namespace {
using fhir::first_of;
using fhir::member;
using fhir::text_at;
using nlohmann::json;

constexpr fhir::MessageKind kind{"invalid_care_communication", "care-communication-message",
                                 "Korrespondancen"};

constexpr const char* ig = "http://medcomfhir.dk/ig/";
constexpr const char* category_system =
    "http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-careCommunication-categoryCodes";
constexpr const char* activity_system =
    "http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-activityCodes";
constexpr const char* definition =
    "http://medcomfhir.dk/ig/messagedefinitions/MessageDefinition/"
    "MedComCareCommunicationMessageDefinition|5.0";

std::string profile(const char* guide, const char* name) {
  return std::string(ig) + guide + "/StructureDefinition/" + name;
}
std::string core_extension(const char* name) { return profile("core", name); }

json meta(const std::string& profile_url) { return {{"profile", json::array({profile_url})}}; }
json reference(const std::string& id) { return {{"reference", "urn:uuid:" + id}}; }
json entry(const std::string& id, json resource) {
  resource["id"] = id;
  return {{"fullUrl", "urn:uuid:" + id}, {"resource", std::move(resource)}};
}

std::string escape_xml(const std::string& text) {
  std::string escaped;
  for (const char c : text) {
    switch (c) {
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '&':
        escaped += "&amp;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\n':
        escaped += "<br/>";
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

json organisation(const CareCommunicationParty& party) {
  return {{"resourceType", "Organization"},
          {"meta", meta(profile("messaging", "medcom-messaging-organization"))},
          {"identifier", json::array({{{"system", fhir::sor_system}, {"value", party.sor_code}}})},
          {"name", party.name}};
}

// "Anne Marie Holm" → given [Anne, Marie], family Holm.
json human_name(const std::string& full_name) {
  std::vector<std::string> words;
  std::size_t at = 0;
  while (at < full_name.size()) {
    const auto space = full_name.find(' ', at);
    const auto end = space == std::string::npos ? full_name.size() : space;
    if (end > at) words.push_back(full_name.substr(at, end - at));
    at = end + 1;
  }
  if (words.empty()) return {{"text", full_name}};
  json given = json::array();
  for (std::size_t i = 0; i + 1 < words.size(); ++i) given.push_back(words[i]);
  json name = {{"family", words.back()}};
  if (!given.empty()) name["given"] = given;
  return name;
}

struct Author {
  std::string role_id;
  std::string practitioner_id;
};

}  // namespace

json write_care_communication(const OutgoingCareCommunication& message,
                              const std::function<std::string()>& new_id) {
  const medcom::Letter& letter = message.letter;
  const std::string unit_id = new_id(), ward_id = new_id(), patient_id = new_id(),
                    communication_id = new_id(), provenance_id = new_id();
  json entries = json::array();
  json extra = json::array();  // authors and encounter, after the fixed resources

  // One PractitionerRole (and Practitioner) per author and side.
  std::map<std::pair<std::string, bool>, Author> authors;
  const auto author_of = [&](const medcom::Letter& written) -> const Author& {
    const bool ours = written.direction == medcom::LetterDirection::outgoing;
    auto [found, added] = authors.try_emplace({written.author_name, ours});
    if (added) {
      found->second = {new_id(), new_id()};
      extra.push_back(
          entry(found->second.practitioner_id, {{"resourceType", "Practitioner"},
                                                {"meta", meta(profile("core", "medcom-core-practitioner"))},
                                                {"name", json::array({human_name(written.author_name)})}}));
      extra.push_back(
          entry(found->second.role_id,
                {{"resourceType", "PractitionerRole"},
                 {"meta", meta(profile("core", "medcom-core-practitionerrole"))},
                 {"practitioner", reference(found->second.practitioner_id)},
                 {"organization", reference(ours ? unit_id : ward_id)},
                 {"code", json::array({{{"text", written.author_role.empty() ? std::string("Medarbejder")
                                                                             : written.author_role}}})}}));
    }
    return found->second;
  };
  const auto segment_extensions = [&](const medcom::Letter& written, const std::string& segment_id,
                                      bool with_contact) {
    const bool ours = written.direction == medcom::LetterDirection::outgoing;
    json extensions = json::array(
        {{{"url", core_extension("medcom-core-datetime-extension")},
          {"valueDateTime", medcom::danish_date_time(written.written_at)}},
         {{"url", core_extension("medcom-core-identifier-extension")},
          {"valueIdentifier",
           {{"value", "urn:uuid:" + segment_id}, {"assigner", reference(ours ? unit_id : ward_id)}}}},
         {{"url", core_extension("medcom-core-practitioner-extension")},
          {"valueReference", reference(author_of(written).role_id)}}});
    if (with_contact)
      extensions.push_back({{"url", core_extension("medcom-core-contact-extension")},
                            {"valueContactPoint", {{"system", "phone"}, {"value", written.author_phone}}}});
    return extensions;
  };

  json payloads = json::array();
  std::string narrative;
  std::vector<medcom::Letter> thread = message.earlier;
  thread.push_back(letter);
  for (const medcom::Letter& written : thread) {
    if (!written.text.empty()) {
      payloads.push_back({{"extension", segment_extensions(written, written.segment_id, true)},
                          {"contentString", written.text}});
      narrative += "<p>" + escape_xml(written.author_name) + ", " +
                   escape_xml(medcom::danish_date_time(written.written_at)) + ":<br/>" +
                   escape_xml(written.text) + "</p>";
    }
    for (const medcom::LetterAttachment& attachment : written.attachments) {
      json content = {{"title", attachment.title}};
      if (!attachment.data.empty()) {
        content["contentType"] = attachment.content_type;
        content["data"] = attachment.data;
      } else {
        content["url"] = attachment.url;
      }
      payloads.push_back({{"extension", segment_extensions(written, attachment.segment_id, false)},
                          {"contentAttachment", content}});
      narrative += "<p>Bilag: " + escape_xml(attachment.title) + "</p>";
    }
  }

  json communication = {
      {"resourceType", "Communication"},
      {"meta", meta(profile("carecommunication", "medcom-careCommunication-communication"))},
      {"text",
       {{"status", "generated"},
        {"div", "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" +
                    escape_xml(std::string(label_da(letter.category))) +
                    (letter.topic.empty() ? std::string() : ": " + escape_xml(letter.topic)) + "</p>" +
                    narrative + "</div>"}}},
      {"identifier", json::array({{{"value", "urn:uuid:" + letter.thread_id}}})},
      {"status", "unknown"},
      {"category",
       json::array(
           {{{"coding", json::array({{{"system", category_system}, {"code", to_code(letter.category)}}})}}})},
      {"subject", reference(patient_id)},
      {"payload", payloads}};
  if (!letter.topic.empty()) communication["topic"] = {{"text", letter.topic}};
  if (message.episode_of_care) {
    const std::string encounter_id = new_id();
    communication["encounter"] = reference(encounter_id);
    extra.push_back(
        entry(encounter_id,
              {{"resourceType", "Encounter"},
               {"meta", meta(profile("core", "medcom-core-encounter"))},
               {"status", "unknown"},
               {"class", {{"system", "http://terminology.hl7.org/CodeSystem/v3-ActCode"}, {"code", "IMP"}}},
               {"subject", reference(patient_id)},
               {"episodeOfCare", json::array({{{"identifier", {{"value", *message.episode_of_care}}}}})}}));
  }

  json provenance_entities = json::array();
  if (letter.replying_to)
    provenance_entities.push_back(
        {{"role", "revision"}, {"what", {{"reference", "MessageHeader/" + *letter.replying_to}}}});
  provenance_entities.push_back(
      {{"role", "source"}, {"what", {{"identifier", {{"value", "urn:uuid:" + letter.segment_id}}}}}});
  for (const medcom::LetterAttachment& attachment : letter.attachments)
    provenance_entities.push_back(
        {{"role", "source"}, {"what", {{"identifier", {{"value", "urn:uuid:" + attachment.segment_id}}}}}});

  const std::string now = medcom::danish_date_time(message.sent_at);
  entries.push_back(entry(
      letter.message_id,
      {{"resourceType", "MessageHeader"},
       {"meta", meta(profile("carecommunication", "medcom-careCommunication-messageHeader"))},
       {"eventCoding",
        {{"system", "http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-eventCodes"},
         {"code", kind.event_code}}},
       {"destination",
        json::array(
            {{{"extension",
               json::array(
                   {{{"url", profile("messaging", "medcom-messaging-destinationUseExtension")},
                     {"valueCoding",
                      {{"system",
                        "http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-destinationUse"},
                       {"code", "primary"}}}}})},
              {"endpoint", "https://sor2.sum.dsdn.dk/#id=" + message.ward.sor_code},
              {"receiver", reference(ward_id)}}})},
       {"sender", reference(unit_id)},
       {"source", {{"endpoint", "https://sor2.sum.dsdn.dk/#id=" + message.unit.sor_code}}},
       {"focus", json::array({reference(communication_id)})},
       {"definition", definition}}));
  json patient = {
      {"resourceType", "Patient"},
      {"meta", meta(profile("core", "medcom-core-patient"))},
      {"identifier", json::array({{{"system", fhir::cpr_system}, {"value", message.patient_cpr}}})}};
  if (!message.patient_name.empty())
    patient["name"] = json::array({[&] {
      json name = human_name(message.patient_name);
      name["use"] = "official";
      return name;
    }()});
  entries.push_back(entry(patient_id, patient));
  entries.push_back(entry(communication_id, communication));
  entries.push_back(entry(unit_id, organisation(message.unit)));
  entries.push_back(entry(ward_id, organisation(message.ward)));
  for (json& resource : extra) entries.push_back(std::move(resource));
  entries.push_back(
      entry(provenance_id,
            {{"resourceType", "Provenance"},
             {"meta", meta(profile("carecommunication", "medcom-careCommunication-provenance"))},
             {"target", json::array({reference(letter.message_id)})},
             {"occurredDateTime", now},
             {"recorded", now},
             {"activity",
              {{"coding", json::array({{{"system", activity_system},
                                        {"code", letter.replying_to ? "reply-message" : "new-message"}}})}}},
             {"agent", json::array({{{"who", reference(unit_id)}}})},
             {"entity", provenance_entities}}));
  return {{"resourceType", "Bundle"},
          {"id", new_id()},
          {"meta", meta(profile("carecommunication", "medcom-careCommunication-message"))},
          {"type", "message"},
          {"timestamp", now},
          {"entry", entries}};
}

namespace {
Error invalid(const std::string& element, const std::string& message_da) {
  return fhir::invalid(kind, element, message_da);
}

// "urn:uuid:<uuid>" → the UUID; none for anything else.
std::optional<std::string> urn_uuid(const std::string* value) {
  if (!value || value->rfind("urn:uuid:", 0) != 0) return std::nullopt;
  std::string uuid = value->substr(9);
  if (!medcom::is_uuid(uuid)) return std::nullopt;
  return uuid;
}

const json* extension_ending(const json& element, std::string_view suffix) {
  const json* extensions = member(element, "extension");
  if (!extensions || !extensions->is_array()) return nullptr;
  for (const json& extension : *extensions)
    if (const std::string* url = text_at(extension, "url");
        url && url->size() >= suffix.size() &&
        url->compare(url->size() - suffix.size(), suffix.size(), suffix) == 0)
      return &extension;
  return nullptr;
}

std::string name_text(const json* practitioner) {
  const json* name = practitioner ? first_of(*practitioner, "name") : nullptr;
  if (!name) return {};
  if (const std::string* text = text_at(*name, "text")) return *text;
  std::string full;
  if (const json* given = member(*name, "given"); given && given->is_array())
    for (const json& part : *given)
      if (part.is_string()) full += part.get<std::string>() + " ";
  if (const std::string* family = text_at(*name, "family")) full += *family;
  while (!full.empty() && full.back() == ' ') full.pop_back();
  return full;
}

struct Segment {
  std::string id;
  std::int64_t written_at = 0;
  std::string author_name;
  std::string author_role;
  std::string author_phone;
  const json* content_string = nullptr;
  const json* attachment = nullptr;
};

Result<Segment> read_segment(const std::vector<fhir::Entry>& entries, const json& payload,
                             std::size_t index) {
  const std::string at = "Communication.payload[" + std::to_string(index) + "]";
  Segment segment;
  segment.content_string = member(payload, "contentString");
  segment.attachment = member(payload, "contentAttachment");
  if (segment.content_string && !segment.content_string->is_string())
    return invalid(at + ".contentString", "Brevets tekst skal være tekst.");
  if (!segment.content_string && !(segment.attachment && segment.attachment->is_object()))
    return invalid(at, "Et afsnit af brevet har hverken tekst eller bilag.");
  const json* identifier = extension_ending(payload, "identifier-extension");
  const json* identifier_value = identifier ? member(*identifier, "valueIdentifier") : nullptr;
  const auto id = urn_uuid(identifier_value ? text_at(*identifier_value, "value") : nullptr);
  if (!id) return invalid(at + ".extension.identifier", "Afsnittet mangler sit id (urn:uuid).");
  segment.id = *id;
  const json* date = extension_ending(payload, "datetime-extension");
  const auto written = medcom::instant_of(
      date && text_at(*date, "valueDateTime") ? *text_at(*date, "valueDateTime") : std::string());
  if (!written) return invalid(at + ".extension.date", "Afsnittet mangler et gyldigt tidspunkt.");
  segment.written_at = *written;
  const json* author = extension_ending(payload, "practitioner-extension");
  const json* role =
      author ? fhir::resolve(entries, member(*author, "valueReference"), "PractitionerRole") : nullptr;
  const json* practitioner = role ? fhir::resolve(entries, member(*role, "practitioner"), "Practitioner")
                             : author
                                 ? fhir::resolve(entries, member(*author, "valueReference"), "Practitioner")
                                 : nullptr;
  segment.author_name = name_text(practitioner);
  if (role)
    if (const json* code = first_of(*role, "code")) {
      if (const std::string* text = text_at(*code, "text"))
        segment.author_role = *text;
      else if (const json* coding = first_of(*code, "coding"); coding && text_at(*coding, "code"))
        segment.author_role = *text_at(*coding, "code");
    }
  const json* contact = extension_ending(payload, "contact-extension");
  const json* contact_point = contact ? member(*contact, "valueContactPoint") : nullptr;
  if (const std::string* phone = contact_point ? text_at(*contact_point, "value") : nullptr)
    segment.author_phone = *phone;
  if (segment.content_string && (segment.author_name.empty() || segment.author_phone.empty()))
    return invalid(at + ".extension.author", "Brevets tekst mangler forfatter og telefonnummer.");
  return segment;
}

Result<medcom::LetterAttachment> read_attachment(const Segment& segment, std::size_t index) {
  const std::string at = "Communication.payload[" + std::to_string(index) + "].contentAttachment";
  const json& content = *segment.attachment;
  medcom::LetterAttachment attachment;
  attachment.segment_id = segment.id;
  const std::string* title = text_at(content, "title");
  if (!title || title->empty()) return invalid(at + ".title", "Bilaget mangler en titel.");
  attachment.title = *title;
  const std::string* data = text_at(content, "data");
  const std::string* url = text_at(content, "url");
  if (data && !data->empty()) {
    const std::string* type = text_at(content, "contentType");
    if (!type || std::find(medcom::attachment_content_types.begin(), medcom::attachment_content_types.end(),
                           *type) == medcom::attachment_content_types.end())
      return invalid(at + ".contentType", "Bilagets filtype er ikke en af dem, MedCom tillader.");
    if (!medcom::base64_decoded_size(*data)) return invalid(at + ".data", "Bilagets indhold er ikke base64.");
    attachment.content_type = *type;
    attachment.data = *data;
  } else if (url && !url->empty()) {
    attachment.url = *url;
  } else {
    return invalid(at, "Bilaget har hverken indhold eller link.");
  }
  return attachment;
}

const json* organisation_at(const std::vector<fhir::Entry>& entries, const json* reference_object) {
  return fhir::resolve(entries, reference_object, "Organization");
}
}  // namespace

bool is_care_communication_activity(std::string_view activity) {
  return activity == "new-message" || activity == "reply-message" || activity == "forward-message";
}

Result<ReceivedCareCommunication> parse_care_communication(const json& bundle) {
  AFK_TRY(frame, fhir::read_message(bundle, kind));
  ReceivedCareCommunication received;
  received.cpr_digits = frame->cpr_digits;
  medcom::Letter& letter = received.letter;
  letter.direction = medcom::LetterDirection::incoming;
  letter.message_id = frame->header_id;

  const json* sender = organisation_at(frame->entries, member(*frame->header, "sender"));
  const std::string* sender_sor = sender ? fhir::identifier_value(*sender, fhir::sor_system) : nullptr;
  if (!sender_sor || !fhir::is_sor_code(*sender_sor))
    return invalid("MessageHeader.sender", "Afsenderen mangler en SOR-kode.");
  letter.counterpart_sor_code = *sender_sor;
  if (const std::string* name = text_at(*sender, "name")) letter.counterpart_name = *name;
  const json* destination = first_of(*frame->header, "destination");
  const json* receiver =
      destination ? organisation_at(frame->entries, member(*destination, "receiver")) : nullptr;
  const std::string* receiver_sor = receiver ? fhir::identifier_value(*receiver, fhir::sor_system) : nullptr;
  if (!receiver_sor || !fhir::is_sor_code(*receiver_sor))
    return invalid("MessageHeader.destination.receiver", "Modtageren mangler en SOR-kode.");
  received.receiver_sor = *receiver_sor;

  const json* communication =
      fhir::resolve(frame->entries, first_of(*frame->header, "focus"), "Communication");
  if (!communication)
    return invalid("MessageHeader.focus", "MessageHeader.focus peger ikke på en Communication i beskeden.");
  const json* identifier = first_of(*communication, "identifier");
  if (!identifier) identifier = member(*communication, "identifier");
  const auto thread = urn_uuid(identifier ? text_at(*identifier, "value") : nullptr);
  if (!thread) return invalid("Communication.identifier", "Communication.identifier skal være et urn:uuid.");
  letter.thread_id = *thread;
  const json* category = first_of(*communication, "category");
  const json* coding = category ? first_of(*category, "coding") : nullptr;
  const std::string* code = coding ? text_at(*coding, "code") : nullptr;
  const auto known = code ? from_code<medcom::LetterCategory>(*code) : std::nullopt;
  if (!known) return invalid("Communication.category", "Communication.category har en ukendt kategori.");
  letter.category = *known;
  if (const json* topic = member(*communication, "topic"))
    if (const std::string* text = text_at(*topic, "text")) letter.topic = *text;
  if (letter.category == medcom::LetterCategory::other && letter.topic.empty())
    return invalid("Communication.topic", "Kategorien Andet kræver et emne.");

  const json* provenance = fhir::provenance_of(frame.value());
  if (!provenance) return invalid("Provenance", "Korrespondancen mangler Provenance for selve beskeden.");
  const json* activity = member(*provenance, "activity");
  const json* activity_coding = activity ? first_of(*activity, "coding") : nullptr;
  const std::string* activity_code = activity_coding ? text_at(*activity_coding, "code") : nullptr;
  if (!activity_code || !is_care_communication_activity(*activity_code))
    return invalid("Provenance.activity",
                   "Provenance.activity skal være new-message, reply-message eller forward-message.");
  received.activity = *activity_code;
  std::vector<std::string> new_segments;
  if (const json* entities = member(*provenance, "entity"); entities && entities->is_array())
    for (const json& entity : *entities) {
      const json* what = member(entity, "what");
      if (!what) continue;
      if (const std::string* role = text_at(entity, "role"); role && *role == "revision") {
        if (const std::string* reference = text_at(*what, "reference"))
          if (const std::string earlier = fhir::id_of_reference(*reference); fhir::plain_identifier(earlier))
            letter.replying_to = earlier;
        continue;
      }
      const json* what_identifier = member(*what, "identifier");
      if (const auto id = urn_uuid(what_identifier ? text_at(*what_identifier, "value") : nullptr))
        new_segments.push_back(*id);
    }
  if (new_segments.empty())
    return invalid("Provenance.entity", "Provenance.entity skal nævne de afsnit, beskeden tilføjer.");

  const json* payloads = member(*communication, "payload");
  if (!payloads || !payloads->is_array() || payloads->empty())
    return invalid("Communication.payload", "Korrespondancen har ingen tekst.");
  bool found_new = false;
  for (std::size_t index = 0; index < payloads->size(); ++index) {
    AFK_TRY(segment, read_segment(frame->entries, (*payloads)[index], index));
    if (std::find(new_segments.begin(), new_segments.end(), segment->id) == new_segments.end()) continue;
    found_new = true;
    if (segment->attachment) {
      AFK_TRY(attachment, read_attachment(segment.value(), index));
      letter.attachments.push_back(std::move(attachment).value());
      if (letter.written_at == 0) letter.written_at = segment->written_at;
      continue;
    }
    if (letter.segment_id.empty()) {
      letter.segment_id = segment->id;
      letter.written_at = segment->written_at;
      letter.author_name = segment->author_name;
      letter.author_role = segment->author_role;
      letter.author_phone = segment->author_phone;
      letter.text = segment->content_string->get<std::string>();
    } else {
      letter.text += "\n\n" + segment->content_string->get<std::string>();
    }
  }
  if (!found_new)
    return invalid("Provenance.entity",
                   "Ingen af de afsnit, Provenance nævner, findes i Communication.payload.");
  return received;
}

}  // namespace afk::json
