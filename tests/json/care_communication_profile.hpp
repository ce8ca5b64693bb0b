// The rules of MedCom's CareCommunication profile (medcomdk/dk-medcom-carecommunication,
// input/fsh: MedComCareCommunicationMessage, …MessageHeader, MedComCareCommunication,
// …Provenance, and the core profiles they use), written out as checks on a Bundle: what we
// send must pass every one. Each check names the rule it stands for; `violations` lists those
// broken, so a failing test says which. Independent of the writer on purpose: nothing here
// comes from src/json.
#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace afk::test {

inline std::vector<std::string> care_communication_violations(const nlohmann::json& bundle) {
  using nlohmann::json;
  std::vector<std::string> violations;
  const auto fail = [&](const std::string& rule) { violations.push_back(rule); };
  const std::string ig = "http://medcomfhir.dk/ig/";
  const std::regex uuid_urn("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  const std::set<std::string> categories{"alcohol-and-drug-treatment",
                                         "assistive-devices",
                                         "carecoordination",
                                         "decease",
                                         "discharge",
                                         "examination-results",
                                         "healthcare",
                                         "home-care-assessment",
                                         "medicine",
                                         "nursing",
                                         "outpatient",
                                         "psychiatry-social-disability",
                                         "regarding-referral",
                                         "telemedicine",
                                         "training",
                                         "acute-ambulant",
                                         "extended-care-responsibility",
                                         "other"};
  const std::set<std::string> mime_types{"application/pdf", "image/gif",  "image/jpeg",
                                         "image/png",       "image/tiff", "image/bmp"};
  const auto text = [](const json& object, const char* key) -> std::string {
    return object.is_object() && object.contains(key) && object[key].is_string()
               ? object[key].get<std::string>()
               : std::string();
  };
  const auto has_profile = [&](const json& resource, const std::string& profile) {
    if (!resource.contains("meta") || !resource["meta"].contains("profile")) return false;
    for (const json& each : resource["meta"]["profile"])
      if (each.is_string() && each.get<std::string>().rfind(profile, 0) == 0) return true;
    return false;
  };

  if (text(bundle, "resourceType") != "Bundle" || text(bundle, "type") != "message")
    fail("Bundle.type = message");
  if (!has_profile(bundle, ig + "carecommunication/StructureDefinition/medcom-careCommunication-message"))
    fail("Bundle.meta.profile: medcom-careCommunication-message");
  if (text(bundle, "timestamp").empty()) fail("Bundle.timestamp 1..1");
  if (!bundle.contains("entry") || !bundle["entry"].is_array() || bundle["entry"].empty()) {
    fail("Bundle.entry 1..*");
    return violations;
  }
  // Every entry: a fullUrl and a resource with an id; references resolve inside the Bundle.
  std::set<std::string> full_urls;
  for (const json& entry : bundle["entry"]) {
    if (text(entry, "fullUrl").empty() || !entry.contains("resource") ||
        text(entry["resource"], "id").empty())
      fail("entry.fullUrl and entry.resource.id");
    full_urls.insert(text(entry, "fullUrl"));
  }
  const auto by_reference = [&](const json& reference) -> const json* {
    const std::string target = text(reference, "reference");
    for (const json& entry : bundle["entry"])
      if (text(entry, "fullUrl") == target) return &entry["resource"];
    return nullptr;
  };
  const auto of_type = [&](const std::string& type) {
    std::vector<const json*> found;
    for (const json& entry : bundle["entry"])
      if (text(entry["resource"], "resourceType") == type) found.push_back(&entry["resource"]);
    return found;
  };
  const auto sor_of = [&](const json* organisation) -> std::string {
    if (!organisation || text(*organisation, "resourceType") != "Organization") return {};
    for (const json& identifier : (*organisation).value("identifier", json::array()))
      if (text(identifier, "system") == "urn:oid:1.2.208.176.1.1") return text(identifier, "value");
    return {};
  };

  // medcom-careCommunication-1: the MessageHeader comes first and has the CareCommunication header profile.
  const json& header = bundle["entry"][0]["resource"];
  if (text(header, "resourceType") != "MessageHeader" ||
      !has_profile(header,
                   ig + "carecommunication/StructureDefinition/medcom-careCommunication-messageHeader"))
    fail("medcom-careCommunication-1");
  if (text(header.value("eventCoding", json::object()), "code") != "care-communication-message" ||
      text(header.value("eventCoding", json::object()), "system") !=
          ig + "terminology/CodeSystem/medcom-messaging-eventCodes")
    fail("MessageHeader.eventCoding = care-communication-message");
  if (!std::regex_match(text(header, "definition"),
                        std::regex(R"(^http://medcomfhir\.dk/ig/messagedefinitions/MessageDefinition/)"
                                   R"(MedComCareCommunicationMessageDefinition[|]5[.][0-9]{1,2}$)")))
    fail("medcom-carecommunication-definition-url");
  if (sor_of(by_reference(header.value("sender", json::object()))).empty()) fail("MessageHeader.sender: SOR");
  const json destinations = header.value("destination", json::array());
  if (destinations.size() != 1 ||
      sor_of(by_reference(destinations[0].value("receiver", json::object()))).empty() ||
      text(destinations[0], "endpoint").empty())
    fail("MessageHeader.destination[primary]: receiver with SOR, endpoint");
  if (text(header.value("source", json::object()), "endpoint").empty()) fail("MessageHeader.source.endpoint");
  const json focus = header.value("focus", json::array());
  const json* communication = focus.size() == 1 ? by_reference(focus[0]) : nullptr;
  if (!communication || text(*communication, "resourceType") != "Communication") {
    fail("MessageHeader.focus 1..1: the Communication");
    return violations;
  }

  // medcom-careCommunication-2: exactly one Patient, with a CPR number.
  const auto patients = of_type("Patient");
  if (patients.size() != 1)
    fail("medcom-careCommunication-2");
  else if (!std::regex_match(text((*patients[0])["identifier"][0], "value"), std::regex("[0-9]{10}")) ||
           text((*patients[0])["identifier"][0], "system") != "urn:oid:1.2.208.176.1.2")
    fail("Patient.identifier: CPR");

  // MedComCareCommunication.
  const json& c = *communication;
  if (!has_profile(c, ig + "carecommunication/StructureDefinition/medcom-careCommunication-communication"))
    fail("Communication.meta.profile");
  if (text(c.value("text", json::object()), "div").find("http://www.w3.org/1999/xhtml") == std::string::npos)
    fail("Communication.text: the narrative SHALL be included");
  if (text(c, "status") != "unknown") fail("Communication.status = unknown");
  const json identifiers = c.value("identifier", json::array());
  if (identifiers.size() != 1 || !std::regex_match(text(identifiers[0], "value"), uuid_urn))
    fail("Communication.identifier 1..1, medcom-uuidv4");
  const json category = c.value("category", json::array());
  std::string category_code;
  if (category.size() != 1 || category[0].value("coding", json::array()).size() != 1) {
    fail("Communication.category 1..1, coding 1..1");
  } else {
    const json& coding = category[0]["coding"][0];
    category_code = text(coding, "code");
    if (!categories.contains(category_code) ||
        text(coding, "system") != ig + "terminology/CodeSystem/medcom-careCommunication-categoryCodes")
      fail("Communication.category from the CareCommunication categories");
  }
  if (c.contains("priority") && category_code != "regarding-referral") fail("medcom-careCommunication-5");
  if (category_code == "other" && text(c.value("topic", json::object()), "text").empty())
    fail("medcom-careCommunication-6");
  if (c.contains("topic") && text(c["topic"], "text").empty()) fail("Communication.topic.text 1..1");
  const json* subject = by_reference(c.value("subject", json::object()));
  if (!subject || text(*subject, "resourceType") != "Patient") fail("Communication.subject: the Patient");
  const auto encounters = of_type("Encounter");
  if (c.contains("encounter")) {
    const json* encounter = by_reference(c["encounter"]);
    if (!encounter || encounter->value("episodeOfCare", json::array()).empty())
      fail("medcom-careCommunication-9");
  }
  if (!encounters.empty() != c.contains("encounter")) fail("medcom-careCommunication-15");

  // Payloads: at least one text; each with date, identifier (and a text with author and phone).
  std::set<std::string> segment_ids;
  int texts = 0;
  for (const json& payload : c.value("payload", json::array())) {
    std::map<std::string, const json*> extensions;  // pointing into the payload itself, not a copy
    if (payload.contains("extension") && payload["extension"].is_array())
      for (const json& extension : payload["extension"]) extensions[text(extension, "url")] = &extension;
    const auto extension = [&](const char* name) -> const json* {
      const auto found = extensions.find(ig + "core/StructureDefinition/" + name);
      return found == extensions.end() ? nullptr : found->second;
    };
    const json* date = extension("medcom-core-datetime-extension");
    const json* identifier = extension("medcom-core-identifier-extension");
    if (!date || !std::regex_match(text(*date, "valueDateTime"),
                                   std::regex(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))")))
      fail("payload.extension[date] 1..1");
    const json identifier_value =
        identifier ? identifier->value("valueIdentifier", json::object()) : json::object();
    if (!std::regex_match(text(identifier_value, "value"), uuid_urn))
      fail("payload.extension[identifier] uuidv4");
    if (!by_reference(identifier_value.value("assigner", json::object())))
      fail("payload.extension[identifier].assigner: an Organization");
    segment_ids.insert(text(identifier_value, "value"));
    const json* author = extension("medcom-core-practitioner-extension");
    const json* role = author ? by_reference((*author).value("valueReference", json::object())) : nullptr;
    if (payload.contains("contentString")) {
      ++texts;
      const json* contact = extension("medcom-core-contact-extension");
      if (!author || !role || text(*role, "resourceType") != "PractitionerRole")
        fail("payload[string].extension[author]");
      const json contact_point =
          contact ? contact->value("valueContactPoint", json::object()) : json::object();
      if (text(contact_point, "system") != "phone" ||
          !std::regex_search(text(contact_point, "value"), std::regex("^[+]?[-0-9 ]+$")))
        fail("payload[string].extension[authorContact], medcom-carecommunication-authorcontact");
    } else if (payload.contains("contentAttachment")) {
      const json& attachment = payload["contentAttachment"];
      if (text(attachment, "title").empty()) fail("payload[attachment].contentAttachment.title 1..");
      if (attachment.contains("data") && !mime_types.contains(text(attachment, "contentType")))
        fail("payload[attachment].contentType from the attachment mime types");
      if (!attachment.contains("data") && text(attachment, "url").empty())
        fail("payload[attachment]: data or url");
    } else {
      fail("payload.content[x]");
    }
  }
  if (texts == 0) fail("payload[string] 1..");

  // medcom-careCommunication-4, -7, -13: authors are PractitionerRoles with a role and a named Practitioner.
  for (const json* role : of_type("PractitionerRole")) {
    const json* practitioner = by_reference(role->value("practitioner", json::object()));
    if (!practitioner) fail("medcom-careCommunication-13");
    const json code = role->value("code", json::array());
    const bool coded = !code.empty() && code[0].contains("coding");
    const bool texted = !code.empty() && !text(code[0], "text").empty();
    if (coded == texted) fail("medcom-careCommunication-7");
  }
  for (const json* practitioner : of_type("Practitioner"))
    if (practitioner->value("name", json::array()).empty()) fail("medcom-careCommunication-4");

  // medcom-careCommunication-3 and the Provenance of this message.
  int of_this_message = 0;
  for (const json* provenance : of_type("Provenance")) {
    if (!has_profile(*provenance,
                     ig + "carecommunication/StructureDefinition/medcom-careCommunication-provenance"))
      fail("medcom-careCommunication-3");
    const json targets = provenance->value("target", json::array());
    if (targets.empty() || by_reference(targets[0]) != &header) continue;
    ++of_this_message;
    const json codings = provenance->value("activity", json::object()).value("coding", json::array());
    const std::string activity = codings.empty() ? std::string() : text(codings[0], "code");
    if (activity != "new-message" && activity != "reply-message" && activity != "forward-message")
      fail("Provenance.activity from the CareCommunication activities");
    if (text(*provenance, "occurredDateTime").empty() || text(*provenance, "recorded").empty())
      fail("Provenance.occurred and recorded");
    int sources = 0;
    bool preceding = false;
    for (const json& entity : provenance->value("entity", json::array())) {
      const std::string role = text(entity, "role");
      if (role == "revision" && entity["what"].contains("reference")) {
        preceding = true;
      } else if (role == "source") {
        ++sources;
        if (!segment_ids.contains(text(entity["what"].value("identifier", json::object()), "value")))
          fail("entity[payload].what.identifier: a payload of this message");
      } else {
        fail("Provenance.entity: closed slicing (preceedingMessage, payload)");
      }
    }
    if (sources == 0) fail("entity[payload] 1..*");
    if ((activity == "reply-message") != preceding) fail("entity[preceedingMessage] for a reply");
  }
  if (of_this_message != 1) fail("one Provenance for this message");
  return violations;
}

}  // namespace afk::test
