// libFuzzer harness: the MedCom HospitalNotification reader (the interop
// route's body and `afklaring import medcom` files) behind
// json::parse_untrusted, and the rule that applies a message read to a
// citizen's admissions. A bad message is a bad_input error naming the
// element; the rule answers or refuses; no exception may escape.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/medcom/danish_time.hpp"
#include "core/medcom/hospital_notification.hpp"
#include "json/medcom_hospital_notification.hpp"
#include "json/untrusted_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)afk::medcom::danish_date_of(text);
  auto parsed = afk::json::parse_untrusted(text, "body");
  if (!parsed) return 0;
  const auto message = afk::json::parse_hospital_notification(parsed.value());
  if (!message) {
    if (message.error().kind != afk::ErrorKind::bad_input) std::abort();
    return 0;
  }
  // Applied to a citizen with an open admission at another ward, and to one with none.
  afk::Citizen citizen;
  citizen.id = 1;
  citizen.birth_date = *afk::Date::parse_iso("1950-01-01");
  const afk::Date today = *afk::Date::parse_iso("2026-03-02");
  afk::RecordAdmission admission;
  admission.ward_id = 2;
  admission.admitted_on = *afk::Date::parse_iso("2026-02-01");
  const auto admitted = afk::record_admission(citizen, admission, today);
  if (!admitted) std::abort();
  for (const afk::Citizen& before : {citizen, admitted.value()})
    (void)afk::medcom::apply_hospital_notification(before, message.value(), 1, today);
  return 0;
}
