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
#include <vector>

#include "core/organisation.hpp"
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

// The administrator maps a SOR code to a ward (none: removes it); messages held
// for that code are applied at once. `If-Match` on the ward.
struct SorCodeMapped {
  Ward ward;
  int applied = 0;  // held messages applied now
};
Result<SorCodeMapped> set_ward_sor_code(Invocation& call, std::int64_t ward_id, std::int64_t expected_version,
                                        const std::optional<std::string>& sor_code);

// What the integration page shows the administrator: messages per day and
// outcome (UTC days, the last 14), each held message with why, and the
// outbox — no citizen, no CPR number, only the SOR code a message names and
// the ward a letter goes to.
struct MedcomOverview {
  struct Day {
    Date day;
    std::string outcome;
    std::int64_t count = 0;
  };
  struct Held {
    std::int64_t received_at = 0;
    std::string activity;
    std::string reason;
    std::string sor_code;
  };
  // Letters sent: those waiting for the adapter and those it collected in the last 14 days.
  struct Outgoing {
    std::string message_id;
    std::int64_t created_at = 0;
    std::optional<std::int64_t> collected_at;
    std::string ward_name;
  };
  std::vector<Day> days;
  std::vector<Held> held;
  std::vector<Outgoing> outbox;
};
Result<MedcomOverview> medcom_overview(Invocation& call);

}  // namespace afk::service
