// What the MedCom readers share: finding their way in a FHIR message Bundle
// (entries, references, identifiers) and checking the frame every MedCom
// message has — Bundle of type message, one MessageHeader with an id and the
// expected event, one Patient with a CPR number, the Provenance of this
// message. A reader names the element at fault; the kind says which message
// it is, so the error reads "Sygehusadvisen …" or "Korrespondancen …".
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace afk::json::fhir {

using nlohmann::json;

inline constexpr std::string_view cpr_system = "urn:oid:1.2.208.176.1.2";
inline constexpr std::string_view sor_system = "urn:oid:1.2.208.176.1.1";

struct MessageKind {
  std::string_view error_code;  // invalid_hospital_notification, invalid_care_communication
  std::string_view event_code;  // MessageHeader.eventCoding.code
  std::string_view name_da;     // "Sygehusadvisen"
};

Error invalid(const MessageKind& kind, const std::string& element, const std::string& message_da);

// A string member, or nullptr when it is missing or not a string.
const std::string* text_at(const json& object, const char* key);
const json* member(const json& object, const char* key);
// The first element of an array member, or nullptr.
const json* first_of(const json& object, const char* key);

struct Entry {
  std::string full_url;
  const json* resource = nullptr;
};

// "MessageHeader/abc", "urn:uuid:abc" or a full URL ending in "/MessageHeader/abc": the id, abc.
std::string id_of_reference(const std::string& reference);
// The entry a reference object points to: by its fullUrl, or by type and id.
const json* resolve(const std::vector<Entry>& entries, const json* reference_object, std::string_view type);
std::vector<const json*> resources_of_type(const std::vector<Entry>& entries, std::string_view type);
// The value of the first identifier of `system`, or nullptr.
const std::string* identifier_value(const json& resource, std::string_view system);
// Printable ASCII, 1–200 characters: an id that may be stored and logged.
bool plain_identifier(const std::string& value);
// 1–20 digits.
bool is_sor_code(const std::string& value);

struct Message {
  std::vector<Entry> entries;
  const json* header = nullptr;
  std::string header_id;
  std::string header_url;
  std::string cpr_digits;
  const json* patient = nullptr;
};

// The frame of a message Bundle of `kind`, checked; entries point into `bundle`.
Result<Message> read_message(const json& bundle, const MessageKind& kind);

// The event code of the Bundle's MessageHeader (hospital-notification-message,
// care-communication-message), or empty: which reader a file is for.
std::string message_event(const json& bundle);

// The Provenance whose target is this message's header, or nullptr.
const json* provenance_of(const Message& message);

}  // namespace afk::json::fhir
