// Receiving MedCom HospitalNotifications (docs/medcom.md). One message, one
// write transaction: the message id makes a replay change nothing; the CPR
// number finds the citizen (unknown: logged as ignored, nothing personal
// kept); the SOR code finds the ward (unknown: held with its body until an
// administrator maps the code); core/medcom applies it to the admissions, and
// the citizen's open courses follow (a readmission pauses a stay). A message
// that refers to a stay not yet known is held and applied when its stay
// arrives. Every effect is audited against the citizen.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/result.hpp"
#include "service/invocation.hpp"

namespace afk::service {

struct ReceivedMessage {
  std::string message_id;
  // applied, already_recorded, not_an_admission, ignored, held, cancelled, or duplicate (seen before).
  std::string outcome;
  std::string reason;   // for held and ignored: why (a code)
  std::string what_da;  // what it did, for the log; never the citizen's name
};

// bad_input naming the element when the Bundle breaks the profile: nothing is stored.
Result<ReceivedMessage> receive_hospital_notification(Invocation& call, const nlohmann::json& bundle,
                                                      const std::string& cpr_lookup_key);

}  // namespace afk::service
