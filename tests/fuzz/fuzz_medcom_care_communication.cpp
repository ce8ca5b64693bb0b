// libFuzzer harness: the MedCom CareCommunication reader (the interop route's
// body) behind json::parse_untrusted, and the writer a letter read this way
// goes through when the unit answers it: the reply carries it along. A bad
// letter is a bad_input error naming the element; whatever was read can be
// written into a reply and that reply read again; no exception may escape.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "json/medcom_care_communication.hpp"
#include "json/untrusted_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto parsed = afk::json::parse_untrusted(text, "body");
  if (!parsed) return 0;
  const auto received = afk::json::parse_care_communication(parsed.value());
  if (!received) {
    if (received.error().kind != afk::ErrorKind::bad_input) std::abort();
    return 0;
  }
  // The unit's answer, carrying the letter read.
  afk::medcom::Letter answer;
  answer.message_id = "e5000000-0000-4000-8000-000000000001";
  answer.thread_id = received->letter.thread_id;
  answer.segment_id = "e5000000-0000-4000-8000-000000000002";
  answer.replying_to = received->letter.message_id;
  answer.category = received->letter.category;
  answer.topic = received->letter.topic;
  answer.text = "Tak for brevet.";
  answer.author_name = "Karin Holm";
  answer.author_phone = "12345678";
  answer.written_at = 1772442900;
  afk::json::OutgoingCareCommunication reply;
  reply.sent_at = answer.written_at;
  reply.unit = {received->receiver_sor, "Afklaringspladsen"};
  reply.ward = {received->letter.counterpart_sor_code, received->letter.counterpart_name};
  reply.patient_cpr = received->cpr_digits;
  reply.letter = answer;
  reply.earlier = {received->letter};
  int next = 0;
  const auto bundle = afk::json::write_care_communication(reply, [&] {
    char id[40];
    std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", ++next);
    return std::string(id);
  });
  const auto read_again = afk::json::parse_care_communication(bundle);
  if (!read_again && read_again.error().kind != afk::ErrorKind::bad_input) std::abort();
  if (read_again && read_again->letter.text != answer.text) std::abort();
  return 0;
}
