#include "service/correspondence_service.hpp"

#include <algorithm>
#include <iostream>

#include "core/role.hpp"
#include "json/medcom_care_communication.hpp"
#include "security/tokens.hpp"
#include "service/held_messages.hpp"
#include "service/sor_code_mapping.hpp"
#include "service/unit_of_work.hpp"
#include "store/aggregates.hpp"
#include "store/citizen_registry.hpp"
#include "store/medcom_messages.hpp"
#include "store/outbox_folder.hpp"

namespace afk::service {

namespace {
using medcom::Letter;

std::vector<Letter> letters_of_course(store::SqlConnection& sql, std::int64_t course_id) {
  std::vector<Letter> letters = store::select<Letter>(sql, "course_id = ?", {course_id});
  std::stable_sort(letters.begin(), letters.end(),
                   [](const Letter& a, const Letter& b) { return a.written_at < b.written_at; });
  return letters;
}

// Where a new letter goes: the ward that referred the citizen.
Result<Ward> ward_written_to(store::SqlConnection& sql, const Course& course) {
  AFK_TRY(referral, store::load<Referral>(sql, course.referral_id));
  return store::load<Ward>(sql, referral->ward_id);
}

// What stops a letter now: the refusal a send gets, whose words the screen shows before anyone types.
std::optional<Error> what_stops_a_letter(const Citizen& citizen, const Unit& unit, bool ward_has_sor_code) {
  const auto refused = [](const char* code, const char* message_da) {
    return make_error(ErrorKind::rule_violated, code, message_da);
  };
  if (!citizen.cpr)
    return refused("citizen_without_cpr", "Borgeren har intet CPR-nummer, og et brev via MedCom kræver det.");
  if (!unit.sor_code)
    return refused("unit_without_sor_code",
                   "Tilbuddet har ingen SOR-kode endnu. Bed administratoren om at indtaste den.");
  if (!ward_has_sor_code)
    return refused("ward_without_sor_code",
                   "Afsnittet har ingen SOR-kode endnu. Bed administratoren om at indtaste den.");
  return std::nullopt;
}

// The stay at the ward a MedCom message told, so the letter can name it (Encounter.episodeOfCare).
std::optional<std::string> episode_at(const Citizen& citizen, std::int64_t ward_id) {
  std::optional<std::string> latest;
  for (const HospitalAdmission& admission : citizen.admissions)
    if (admission.ward_id == ward_id && admission.episode_of_care) latest = admission.episode_of_care;
  return latest;
}

// The course an incoming letter belongs to: the citizen's open course at the
// unit, else the latest there.
std::optional<Course> course_for_letter(store::SqlConnection& sql, std::int64_t citizen_id,
                                        std::int64_t unit_id) {
  std::optional<Course> chosen;
  for (Course& course : store::select<Course>(sql, "citizen_id = ? AND unit_id = ?", {citizen_id, unit_id})) {
    const bool better = !chosen || (is_open(course.state) && !is_open(chosen->state)) ||
                        (is_open(course.state) == is_open(chosen->state) && course.id > chosen->id);
    if (better) chosen = std::move(course);
  }
  return chosen;
}

struct Filed {
  std::string outcome;
  std::string reason;
  std::string what_da;
};

// Puts an incoming letter on the citizen's course at the unit it names, or says why it waits.
Filed file_letter(store::SqlConnection& sql, AuditTrail& audit, json::ReceivedCareCommunication received,
                  std::int64_t citizen_id) {
  const auto unit_id = with_sor_code<Unit>(sql, received.receiver_sor);
  if (!unit_id) return {"held", "unknown_sor_code", "Modtagerens SOR-kode er ikke kendt"};
  const auto course = course_for_letter(sql, citizen_id, *unit_id);
  if (!course) return {"held", "no_course", "Borgeren har intet forløb på tilbuddet"};
  Letter& letter = received.letter;
  letter.course_id = course->id;
  letter.citizen_id = citizen_id;
  letter.unit_id = *unit_id;
  letter.ward_id = with_sor_code<Ward>(sql, letter.counterpart_sor_code);
  store::insert(sql, letter);
  audit.record("medcom:receive_letter", citizen_id, "course", course->id);
  return {"applied", "", "Brevet er lagt på forløbet"};
}
}  // namespace

Result<CourseLetters> list_letters(Invocation& call, std::int64_t course_id) {
  return run_query<CourseLetters>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<CourseLetters> {
        AFK_TRY(course, store::load<Course>(sql, course_id));
        AFK_TRY(citizen, store::load<Citizen>(sql, course->citizen_id));
        audit.record("read_letters", citizen->id, "course", course->id);
        AFK_TRY(unit, store::load<Unit>(sql, course->unit_id));
        CourseLetters result;
        result.letters = letters_of_course(sql, course_id);
        auto ward = ward_written_to(sql, course.value());
        std::optional<Ward> known_ward;
        if (ward) known_ward = ward.value();
        if (known_ward) {
          result.ward_id = known_ward->id;
          result.ward_name = known_ward->name;
        }
        if (const auto stop =
                what_stops_a_letter(citizen.value(), unit.value(), known_ward && known_ward->sor_code))
          result.cannot_write_da = stop->message;
        return result;
      });
}

Result<Letter> write_letter(Invocation& call, std::int64_t course_id, const medcom::WriteLetter& command,
                            const std::string& outbox_dir) {
  std::string bundle;
  auto written =
      run_command<Letter>(call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<Letter> {
        AFK_TRY(course, store::load<Course>(sql, course_id));
        AFK_TRY(citizen, store::load<Citizen>(sql, course->citizen_id));
        audit.record("write_letter", citizen->id, "course", course->id);
        AFK_TRY(unit, store::load<Unit>(sql, course->unit_id));
        const std::vector<Letter> letters = letters_of_course(sql, course_id);

        Letter draft;
        draft.course_id = course->id;
        draft.citizen_id = citizen->id;
        draft.unit_id = unit->id;
        draft.direction = medcom::LetterDirection::outgoing;
        draft.message_id = security::random_uuid();
        draft.thread_id = security::random_uuid();
        draft.segment_id = security::random_uuid();
        draft.author_name = call.user_display_name();
        draft.author_role = std::string(role_label_da(call.caller().role));
        draft.written_at = call.now_seconds();
        draft.written_by = call.user_id();
        if (!command.replying_to_letter_id) {
          AFK_TRY(ward, ward_written_to(sql, course.value()));
          draft.ward_id = ward->id;
          draft.counterpart_name = ward->name;
          draft.counterpart_sor_code = ward->sor_code.value_or("");
        }
        AFK_TRY(letter, medcom::compose_letter(command, draft, letters, security::random_uuid()));
        if (const auto stop =
                what_stops_a_letter(citizen.value(), unit.value(), !letter->counterpart_sor_code.empty()))
          return *stop;

        store::insert(sql, letter.value());
        json::OutgoingCareCommunication message;
        message.sent_at = letter->written_at;
        message.unit = {*unit->sor_code, unit->name};
        message.ward = {letter->counterpart_sor_code, letter->counterpart_name};
        message.patient_cpr = citizen->cpr->digits;
        message.patient_name = citizen->name;
        if (letter->ward_id) message.episode_of_care = episode_at(citizen.value(), *letter->ward_id);
        message.letter = letter.value();
        message.earlier = medcom::thread_of(letters, letter->thread_id);
        bundle = json::write_care_communication(message, security::random_uuid).dump();
        store::add_to_outbox(sql, letter->message_id, letter->id, call.now_seconds(), bundle);
        return letter;
      });
  if (!written || outbox_dir.empty()) return written;
  // Handed over as a file: the folder's reader takes it from here. A failed
  // write leaves it waiting for the API; the log names the message id only.
  if (!store::write_outbox_file(outbox_dir, written->message_id, bundle)) {
    std::cerr << R"({"level":"warning","msg":"medcom outbox file not written","message_id":")"
              << written->message_id << "\"}\n";
    return written;
  }
  static_cast<void>(run_command<bool>(call, [&](store::SqlConnection& sql, AuditTrail&) -> Result<bool> {
    store::mark_collected(sql, written->message_id, call.now_seconds());
    return true;
  }));
  return written;
}

Result<medcom::LetterAttachment> letter_attachment(Invocation& call, std::int64_t course_id,
                                                   std::int64_t letter_id, std::size_t index) {
  return run_query<medcom::LetterAttachment>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<medcom::LetterAttachment> {
        AFK_TRY(letter, store::load<Letter>(sql, letter_id));
        const Error missing = make_error(ErrorKind::not_found, "not_found", "Bilaget findes ikke.");
        if (letter->course_id != course_id) return missing;
        audit.record("read_letter_attachment", letter->citizen_id, "course", course_id);
        if (index >= letter->attachments.size() || letter->attachments[index].data.empty()) return missing;
        return letter->attachments[index];
      });
}

Result<ReceivedMessage> receive_care_communication(Invocation& call, const nlohmann::json& bundle,
                                                   const std::string& cpr_lookup_key) {
  AFK_TRY(received, json::parse_care_communication(bundle));
  return run_command<ReceivedMessage>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ReceivedMessage> {
        const std::string& message_id = received->letter.message_id;
        ReceivedMessage answer{message_id, "", "", ""};
        // A letter of ours sent back (an adapter that echoes) is no new letter either.
        if (store::medcom_message_known(sql, message_id) ||
            !store::select<Letter>(sql, "message_id = ?", {message_id}).empty()) {
          answer.outcome = "duplicate";
          return answer;
        }
        store::MedcomMessageRecord record;
        record.message_id = message_id;
        record.received_at = call.now_seconds();
        record.activity = received->activity;
        record.earlier_message_id = received->letter.replying_to;
        const auto citizen_id =
            store::citizen_with_cpr_key(sql, security::keyed_hash(cpr_lookup_key, received->cpr_digits));
        Filed filed{"ignored", "unknown_citizen", "Borgeren er ikke kendt i Afklaring"};
        if (citizen_id) {
          record.citizen_id = citizen_id;
          filed = file_letter(sql, audit, received.value(), *citizen_id);
          if (filed.outcome == "held") {
            record.body = bundle.dump();
            audit.record("medcom:held", *citizen_id, "citizen", *citizen_id);
          }
        }
        record.outcome = filed.outcome;
        record.reason = filed.reason;
        store::insert_medcom_message(sql, record);
        answer.outcome = filed.outcome;
        answer.reason = filed.reason;
        answer.what_da = filed.what_da;
        return answer;
      });
}

Result<std::vector<store::OutboxMessage>> waiting_letters(Invocation& call, int limit) {
  return run_query<std::vector<store::OutboxMessage>>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<std::vector<store::OutboxMessage>> {
        auto waiting = store::waiting_in_outbox(sql, limit);
        // The Bundles carry the citizens' letters: each hand-over is audited against its citizen.
        for (const auto& message : waiting)
          if (auto letter = store::load<Letter>(sql, message.letter_id))
            audit.record("medcom:outbox", letter->citizen_id, "course", letter->course_id);
        return waiting;
      });
}

Result<store::Collected> confirm_collected(Invocation& call, const std::string& message_id) {
  return run_command<store::Collected>(
      call, [&](store::SqlConnection& sql, AuditTrail&) -> Result<store::Collected> {
        return store::mark_collected(sql, message_id, call.now_seconds());
      });
}

Result<UnitSorCodeMapped> set_unit_sor_code(Invocation& call, std::int64_t unit_id,
                                            std::int64_t expected_version,
                                            const std::optional<std::string>& sor_code) {
  return run_command<UnitSorCodeMapped>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<UnitSorCodeMapped> {
        AFK_TRY(mapped, save_sor_code<Unit>(sql, audit, "unit", unit_id, expected_version, sor_code));
        UnitSorCodeMapped result{mapped.value(), 0};
        if (!sor_code) return result;
        AFK_TRY(settled, retry_held_messages(
                             sql, store::held_medcom_messages(sql),
                             [&](const store::HeldMedcomMessage& held) -> Result<std::optional<Retried>> {
                               if (!json::is_care_communication_activity(held.activity) ||
                                   held.reason != "unknown_sor_code")
                                 return std::optional<Retried>{};
                               AFK_TRY(received,
                                       json::parse_care_communication(nlohmann::json::parse(held.body)));
                               if (received->receiver_sor != *sor_code) return std::optional<Retried>{};
                               const Filed filed = file_letter(sql, audit, received.value(), held.citizen_id);
                               return std::optional<Retried>{Retried{filed.outcome, filed.reason}};
                             }));
        result.applied = settled.value();
        return result;
      });
}

}  // namespace afk::service
