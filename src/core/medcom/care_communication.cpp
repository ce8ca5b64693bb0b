#include "core/medcom/care_communication.hpp"

#include <algorithm>

#include "core/text_checks.hpp"
#include "core/utf8.hpp"

namespace afk::medcom {

namespace {
Error bad(const char* code, const std::string& message_da, const std::string& field) {
  return make_error(ErrorKind::bad_input, code, message_da, field);
}

// The phone number MedCom wants for the author: digits, an optional leading
// +, and the spaces and hyphens people write; 8 digits at least.
bool is_phone_number(std::string_view text) {
  if (text.empty() || text.size() > 20) return false;
  int digits = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9')
      ++digits;
    else if (!(c == '+' && i == 0) && c != ' ' && c != '-')
      return false;
  }
  return digits >= 8;
}

Status check_attachment(const AttachmentToSend& attachment) {
  if (is_blank(attachment.title))
    return bad("invalid_attachment", "Giv det vedhæftede en titel.", "attachment.title");
  const bool file = !attachment.data.empty();
  if (file == !attachment.url.empty())
    return bad("invalid_attachment", "Vedhæft enten en fil eller et link.", "attachment");
  if (!file) {
    if (attachment.url.rfind("https://", 0) != 0)
      return bad("invalid_attachment", "Et link skal begynde med https://.", "attachment.url");
    return ok_status();
  }
  if (std::find(attachment_content_types.begin(), attachment_content_types.end(), attachment.content_type) ==
      attachment_content_types.end())
    return bad("unsupported_attachment_type",
               "Filen skal være en PDF eller et billede (PNG, JPEG, GIF, TIFF, BMP).",
               "attachment.content_type");
  const auto size = base64_decoded_size(attachment.data);
  if (!size) return bad("invalid_attachment", "Filens indhold kunne ikke læses.", "attachment.data");
  if (*size > max_attachment_bytes)
    return bad("attachment_too_large", "Filen må højst fylde 512 kB.", "attachment.data");
  return ok_status();
}
}  // namespace

std::optional<std::size_t> base64_decoded_size(std::string_view text) {
  if (text.empty() || text.size() % 4 != 0) return std::nullopt;
  std::size_t padding = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool letter =
        (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    if (c == '=' && i + 2 >= text.size()) {
      ++padding;
      continue;
    }
    if (!letter || padding > 0) return std::nullopt;
  }
  return text.size() / 4 * 3 - padding;
}

bool is_uuid(std::string_view text) {
  if (text.size() != 36) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool hyphen_place = i == 8 || i == 13 || i == 18 || i == 23;
    if (hyphen_place ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

Result<Letter> compose_letter(const WriteLetter& command, Letter draft,
                              std::span<const Letter> course_letters,
                              const std::string& attachment_segment_id) {
  AFK_CHECK(require_text(command.text, "text", "brevets tekst"));
  draft.text = command.text;
  if (!is_phone_number(command.author_phone))
    return bad("invalid_phone", "Skriv et telefonnummer på mindst otte cifre, som afsnittet kan ringe til.",
               "author_phone");
  draft.author_phone = command.author_phone;
  if (command.attachment) {
    AFK_CHECK(check_attachment(*command.attachment));
    const AttachmentToSend& attachment = *command.attachment;
    draft.attachments = {{attachment_segment_id, attachment.title,
                          attachment.data.empty() ? std::string() : attachment.content_type, attachment.data,
                          attachment.url}};
  }
  if (command.replying_to_letter_id) {
    const auto answered =
        std::find_if(course_letters.begin(), course_letters.end(),
                     [&](const Letter& letter) { return letter.id == *command.replying_to_letter_id; });
    if (answered == course_letters.end())
      return make_error(ErrorKind::not_found, "letter_not_found",
                        "Brevet, der svares på, findes ikke på forløbet.", "replying_to");
    draft.thread_id = answered->thread_id;
    draft.replying_to = answered->message_id;
    draft.category = answered->category;
    draft.topic = answered->topic;
    draft.ward_id = answered->ward_id;
    draft.counterpart_name = answered->counterpart_name;
    draft.counterpart_sor_code = answered->counterpart_sor_code;
    return draft;
  }
  draft.category = command.category;
  if (count_code_points(command.topic) > max_topic_length)
    return bad("topic_too_long", "Emnet må højst være 60 tegn.", "topic");
  if (command.category == LetterCategory::other && is_blank(command.topic))
    return bad("topic_required", "Skriv et emne, når kategorien er Andet.", "topic");
  draft.topic = command.topic;
  return draft;
}

std::vector<Letter> thread_of(std::span<const Letter> letters, const std::string& thread_id) {
  std::vector<Letter> thread;
  for (const Letter& letter : letters)
    if (letter.thread_id == thread_id) thread.push_back(letter);
  std::stable_sort(thread.begin(), thread.end(),
                   [](const Letter& a, const Letter& b) { return a.written_at < b.written_at; });
  return thread;
}

}  // namespace afk::medcom
