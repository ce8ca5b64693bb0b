// MedCom CareCommunication (korrespondancemeddelelse), FHIR R4 JSON: the
// Bundle Afklaring writes for a letter to a ward, and the reading of one a
// ward sends. Both follow the profile's required elements (docs/medcom.md):
// MessageHeader with the care-communication event, sender and receiver
// Organizations by SOR code, the Patient by CPR number, the Communication
// (identifier, category, topic, subject, payloads each with date, identifier,
// author and phone), the authors as PractitionerRole and Practitioner, and
// the Provenance naming the activity (new-message, reply-message) and the
// payloads this message adds. A reply carries the earlier letters of its
// correspondence, as the standard asks.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/medcom/care_communication.hpp"
#include "core/result.hpp"

namespace afk::json {

struct CareCommunicationParty {
  std::string sor_code;
  std::string name;
};

struct OutgoingCareCommunication {
  std::int64_t sent_at = 0;     // Unix seconds
  CareCommunicationParty unit;  // Afklaring's side
  CareCommunicationParty ward;  // the hospital's side
  std::string patient_cpr;      // ten digits
  std::string patient_name;
  std::optional<std::string> episode_of_care;  // the ward's stay, when a HospitalNotification told it
  medcom::Letter letter;                       // the letter to send (outgoing)
  std::vector<medcom::Letter> earlier;         // its correspondence so far, oldest first
};

// The message Bundle for `message`; `new_id` gives a fresh UUID for each resource.
nlohmann::json write_care_communication(const OutgoingCareCommunication& message,
                                        const std::function<std::string()>& new_id);

struct ReceivedCareCommunication {
  std::string cpr_digits;
  std::string activity;      // new-message, reply-message or forward-message
  std::string receiver_sor;  // the unit it is for
  medcom::Letter letter;     // incoming: the payloads this message adds, with its thread and sender
};

// new-message, reply-message or forward-message: a held message of these is a letter.
bool is_care_communication_activity(std::string_view activity);

// bad_input `invalid_care_communication` naming the element when the Bundle
// breaks the profile.
Result<ReceivedCareCommunication> parse_care_communication(const nlohmann::json& bundle);

}  // namespace afk::json
