// Letters between the unit and the ward about a citizen's course, exchanged
// as MedCom CareCommunication (docs/medcom.md). Staff write from the course:
// the letter is kept in the course's journal and its Bundle goes to the
// outbox, where the hospitals' adapter collects it (through the API, or as a
// file in the outbox folder when the server has one). Letters the ward sends
// come in like hospital notifications: one transaction per message, a
// replay changes nothing, an unknown CPR number leaves a count, and a letter
// for a unit without its SOR code (or a citizen without a course there) is
// held for the administrator. Every read and write is audited.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/medcom/care_communication.hpp"
#include "core/result.hpp"
#include "core/unit.hpp"
#include "service/invocation.hpp"
#include "service/medcom_service.hpp"
#include "store/medcom_outbox.hpp"

namespace afk::service {

struct CourseLetters {
  std::vector<medcom::Letter> letters;  // oldest first
  // Where a new letter goes: the ward that referred (none: no ward with a SOR code).
  std::optional<std::int64_t> ward_id;
  std::string ward_name;
  // Why no letter can be written now (no CPR number, no SOR code), for the screen; empty when one can.
  std::string cannot_write_da;
};
Result<CourseLetters> list_letters(Invocation& call, std::int64_t course_id);

// Writes a letter to the ward and puts its Bundle in the outbox; with
// `outbox_dir`, the Bundle is also written there as <message id>.json and
// counts as collected. Errors: compose_letter's, rule_violated
// `citizen_without_cpr`, `unit_without_sor_code`, `ward_without_sor_code`.
Result<medcom::Letter> write_letter(Invocation& call, std::int64_t course_id,
                                    const medcom::WriteLetter& command, const std::string& outbox_dir);

// One attachment's file (content type and base64 data); not_found for a link or a wrong index.
Result<medcom::LetterAttachment> letter_attachment(Invocation& call, std::int64_t course_id,
                                                   std::int64_t letter_id, std::size_t index);

// A letter from a ward: bad_input `invalid_care_communication` naming the
// element when it breaks the profile.
Result<ReceivedMessage> receive_care_communication(Invocation& call, const nlohmann::json& bundle,
                                                   const std::string& cpr_lookup_key);

// The adapter's side of the outbox: what waits (oldest first, at most
// `limit`), and its word that it has a message.
Result<std::vector<store::OutboxMessage>> waiting_letters(Invocation& call, int limit);
Result<store::Collected> confirm_collected(Invocation& call, const std::string& message_id);

// The administrator maps a SOR code to a unit; letters held for it are received at once.
struct UnitSorCodeMapped {
  Unit unit;
  int applied = 0;
};
Result<UnitSorCodeMapped> set_unit_sor_code(Invocation& call, std::int64_t unit_id,
                                            std::int64_t expected_version,
                                            const std::optional<std::string>& sor_code);

}  // namespace afk::service
