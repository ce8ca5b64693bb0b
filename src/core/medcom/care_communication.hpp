// Letters between the unit and a ward about a citizen's course, exchanged as
// MedCom CareCommunication (korrespondancemeddelelse). One letter is one
// message: its text, who wrote it and how to reach them, and its attachments.
// Letters of one correspondence share a thread id (Communication.identifier)
// and a reply names the message it answers, so the journal can show the
// exchange as a conversation and a reply can carry the earlier letters with
// it, as the standard wants. The rules here decide what a unit may write;
// json/medcom_care_communication writes and reads the Bundles.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/enum_codes.hpp"
#include "core/result.hpp"

namespace afk::medcom {

// MedCom's CareCommunication categories (CodeSystem medcom-careCommunication-categoryCodes).
enum class LetterCategory {
  alcohol_and_drug_treatment,
  assistive_devices,
  carecoordination,
  decease,
  discharge,
  examination_results,
  healthcare,
  home_care_assessment,
  medicine,
  nursing,
  outpatient,
  psychiatry_social_disability,
  regarding_referral,
  telemedicine,
  training,
  acute_ambulant,
  extended_care_responsibility,
  other,
};

enum class LetterDirection { outgoing, incoming };

}  // namespace afk::medcom

namespace afk {
// The codes are MedCom's, so the API and the Bundle name a category alike;
// the labels are the code system's Danish designations.
template <>
struct EnumCodes<medcom::LetterCategory> {
  using C = medcom::LetterCategory;
  static constexpr std::array<EnumText<C>, 18> table{{
      {C::alcohol_and_drug_treatment, "alcohol-and-drug-treatment", "Rusmiddelbehandling"},
      {C::assistive_devices, "assistive-devices", "Hjælpemidler"},
      {C::carecoordination, "carecoordination", "Forløbskoordinering"},
      {C::decease, "decease", "Dødsfald"},
      {C::discharge, "discharge", "Udskrivelse"},
      {C::examination_results, "examination-results", "Undersøgelsessvar"},
      {C::healthcare, "healthcare", "Sundhedspleje"},
      {C::home_care_assessment, "home-care-assessment", "Visitation"},
      {C::medicine, "medicine", "Medicin"},
      {C::nursing, "nursing", "Sygepleje"},
      {C::outpatient, "outpatient", "Ambulant"},
      {C::psychiatry_social_disability, "psychiatry-social-disability", "Psykiatri, social, handicap"},
      {C::regarding_referral, "regarding-referral", "Vedr. henvisning"},
      {C::telemedicine, "telemedicine", "Telemedicin"},
      {C::training, "training", "Træning"},
      {C::acute_ambulant, "acute-ambulant", "Akut ambulant"},
      {C::extended_care_responsibility, "extended-care-responsibility", "Udvidet behandlingsansvar"},
      {C::other, "other", "Andet"},
  }};
};
template <>
struct EnumCodes<medcom::LetterDirection> {
  using D = medcom::LetterDirection;
  static constexpr std::array<EnumText<D>, 2> table{{
      {D::outgoing, "outgoing", "Sendt"},
      {D::incoming, "incoming", "Modtaget"},
  }};
};
}  // namespace afk

namespace afk::medcom {

// The content types MedCom allows for an attached file (ValueSet medcom-core-attachmentMimeTypes).
inline constexpr std::array<std::string_view, 6> attachment_content_types{
    "application/pdf", "image/gif", "image/jpeg", "image/png", "image/tiff", "image/bmp"};

// A file (base64 `data` of one of the content types) or a link (`url`).
struct LetterAttachment {
  std::string segment_id;  // the payload's identifier, a UUID
  std::string title;
  std::string content_type;
  std::string data;
  std::string url;

  friend bool operator==(const LetterAttachment&, const LetterAttachment&) = default;
};

struct Letter {
  std::int64_t id = 0;
  std::int64_t version = 0;
  std::int64_t course_id = 0;
  std::int64_t citizen_id = 0;
  std::int64_t unit_id = 0;
  LetterDirection direction = LetterDirection::outgoing;
  // The ward written to or from; none when an incoming sender's SOR code is no ward of Afklaring's.
  std::optional<std::int64_t> ward_id = std::nullopt;
  std::string counterpart_name;  // the ward's name, as the letter named it
  std::string counterpart_sor_code;
  std::string message_id;  // MessageHeader.id: a replay of it changes nothing
  std::string thread_id;   // Communication.identifier: shared by every letter of one correspondence
  std::optional<std::string> replying_to = std::nullopt;  // the message id this letter answers
  LetterCategory category = LetterCategory::psychiatry_social_disability;
  std::string topic;
  std::string segment_id;  // the text payload's identifier
  std::string text;
  std::string author_name;
  std::string author_role;  // what the author does ("Medarbejder", "sygeplejerske")
  std::string author_phone;
  std::vector<LetterAttachment> attachments;
  std::int64_t written_at = 0;                            // Unix seconds
  std::optional<std::int64_t> written_by = std::nullopt;  // the user, for letters written in Afklaring

  friend bool operator==(const Letter&, const Letter&) = default;
};

// A file or link to attach, as staff give it.
struct AttachmentToSend {
  std::string title;
  std::string content_type;
  std::string data;
  std::string url;

  friend bool operator==(const AttachmentToSend&, const AttachmentToSend&) = default;
};

// What staff fill in; who writes, when and to whom the service adds.
struct WriteLetter {
  LetterCategory category = LetterCategory::psychiatry_social_disability;
  std::string topic;
  std::string text;
  std::string author_phone;
  std::optional<std::int64_t> replying_to_letter_id = std::nullopt;
  std::optional<AttachmentToSend> attachment = std::nullopt;
};

// The limits MedCom and the receivers' systems set.
inline constexpr std::size_t max_topic_length = 60;
inline constexpr std::size_t max_attachment_bytes = 512 * 1024;

// The outgoing letter `command` describes, as `draft` (course, unit, ward,
// author, ids and time filled in by the caller; `attachment_segment_id` the
// id its attachment gets) completed and checked:
// bad_input `text_required`, `topic_too_long`, `topic_required` (category
// other), `invalid_phone`, `invalid_attachment`, `attachment_too_large`,
// `unsupported_attachment_type`; not_found `letter_not_found` when the letter
// replied to is not among `course_letters`. A reply keeps its thread,
// category and topic, and goes to the ward it answers.
Result<Letter> compose_letter(const WriteLetter& command, Letter draft,
                              std::span<const Letter> course_letters,
                              const std::string& attachment_segment_id);

// The letters of `thread_id` among `letters`, oldest first: what a reply carries.
std::vector<Letter> thread_of(std::span<const Letter> letters, const std::string& thread_id);

// Whether `text` is a UUID in the lower-case form MedCom's identifiers use.
bool is_uuid(std::string_view text);

// The decoded size of standard base64 (an attachment's content), or none when `text` is not base64.
std::optional<std::size_t> base64_decoded_size(std::string_view text);

}  // namespace afk::medcom
