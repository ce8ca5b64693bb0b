// MedCom letters (CareCommunication): the stored letter and what staff send.
#pragma once

#include "core/medcom/care_communication.hpp"
#include "json/fields.hpp"

namespace afk::json {

AFK_FIELDS(medcom::LetterAttachment, "LetterAttachment",
           field("segment_id", &T::segment_id, "The payload's identifier in the message (a UUID)"),
           field("title", &T::title), field("content_type", &T::content_type, "Empty for a link"),
           omissible("data", &T::data,
                     "Base64 file content; empty in answers (GET …/letters/{letterId}/attachments/{n})"),
           field("url", &T::url, "A link instead of a file"))

AFK_FIELDS(medcom::Letter, "Letter", field("id", &T::id), field("version", &T::version),
           field("course_id", &T::course_id), field("citizen_id", &T::citizen_id),
           field("unit_id", &T::unit_id), field("direction", &T::direction),
           field("ward_id", &T::ward_id, "Null: a sender unknown to Afklaring"),
           field("counterpart_name", &T::counterpart_name,
                 "The ward written to or from, as the letter named it"),
           field("counterpart_sor_code", &T::counterpart_sor_code),
           field("message_id", &T::message_id, "MedCom MessageHeader.id"),
           field("thread_id", &T::thread_id, "MedCom Communication.identifier: one per correspondence"),
           field("replying_to", &T::replying_to, "The message id this letter answers"),
           field("category", &T::category), field("topic", &T::topic),
           field("segment_id", &T::segment_id, "The text payload's identifier"), field("text", &T::text),
           field("author_name", &T::author_name), field("author_role", &T::author_role),
           field("author_phone", &T::author_phone), field("attachments", &T::attachments),
           field("written_at", &T::written_at, "Unix seconds"),
           field("written_by", &T::written_by, "The user who wrote it in Afklaring"))

AFK_FIELDS(medcom::AttachmentToSend, "AttachmentToSend", field("title", &T::title),
           omissible("content_type", &T::content_type, "application/pdf or an image type; empty for a link"),
           omissible("data", &T::data, "Base64 file content, at most 512 kB decoded"),
           omissible("url", &T::url, "An https:// link instead of a file"))

AFK_FIELDS(medcom::WriteLetter, "WriteLetter",
           omissible("category", &T::category, "Ignored in a reply, which keeps its correspondence's"),
           omissible("topic", &T::topic, "At most 60 characters; required for category other"),
           field("text", &T::text),
           field("author_phone", &T::author_phone, "Where the ward can call the author"),
           field("replying_to_letter_id", &T::replying_to_letter_id,
                 "The letter of this course this answers"),
           field("attachment", &T::attachment))

}  // namespace afk::json
