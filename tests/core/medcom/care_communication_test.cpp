// What a unit may write to a ward: the rules of core/medcom/care_communication.
#include "core/medcom/care_communication.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "core/medcom/danish_time.hpp"

namespace afk::medcom {
namespace {

Letter draft() {
  Letter letter;
  letter.course_id = 7;
  letter.message_id = "e5000000-0000-4000-8000-000000000001";
  letter.thread_id = "e5000000-0000-4000-8000-0000000000a1";
  letter.counterpart_sor_code = "100000000000001";
  return letter;
}

WriteLetter command() {
  WriteLetter write;
  write.category = LetterCategory::carecoordination;
  write.topic = "Indflytning";
  write.text = "Vi har en plads fra torsdag.";
  write.author_phone = "+45 12 34 56 78";
  return write;
}

TEST(CareCommunication, ANewLetterTakesWhatStaffWrote) {
  const auto letter = compose_letter(command(), draft(), {}, "unused");
  ASSERT_TRUE(letter) << letter.error().message;
  EXPECT_EQ(letter->category, LetterCategory::carecoordination);
  EXPECT_EQ(letter->topic, "Indflytning");
  EXPECT_EQ(letter->text, "Vi har en plads fra torsdag.");
  EXPECT_TRUE(letter->attachments.empty());
  EXPECT_EQ(letter->thread_id, "e5000000-0000-4000-8000-0000000000a1") << "a new correspondence";
}

TEST(CareCommunication, AReplyKeepsItsCorrespondenceAndGoesBackToWhoWrote) {
  Letter from_ward = draft();
  from_ward.id = 3;
  from_ward.direction = LetterDirection::incoming;
  from_ward.message_id = "d4000000-0000-4000-8000-000000000001";
  from_ward.thread_id = "d4000000-0000-4000-8000-0000000000f1";
  from_ward.category = LetterCategory::discharge;
  from_ward.topic = "Udskrivning";
  from_ward.ward_id = 2;
  from_ward.counterpart_sor_code = "100000000000009";
  WriteLetter answer = command();
  answer.replying_to_letter_id = 3;
  const std::vector<Letter> course{from_ward};
  const auto reply = compose_letter(answer, draft(), course, "unused");
  ASSERT_TRUE(reply);
  EXPECT_EQ(reply->thread_id, from_ward.thread_id);
  EXPECT_EQ(reply->replying_to, from_ward.message_id);
  EXPECT_EQ(reply->category, LetterCategory::discharge);
  EXPECT_EQ(reply->topic, "Udskrivning");
  EXPECT_EQ(reply->ward_id, 2);
  EXPECT_EQ(reply->counterpart_sor_code, "100000000000009");
  answer.replying_to_letter_id = 4;
  EXPECT_EQ(compose_letter(answer, draft(), course, "unused").error().code, "letter_not_found");
}

TEST(CareCommunication, WhatCannotBeSentIsRefusedNamingTheField) {
  const auto refused = [](auto change) {
    WriteLetter write = command();
    change(write);
    const auto result = compose_letter(write, draft(), {}, "f0000000-0000-4000-8000-000000000001");
    return result ? std::string("accepted") : result.error().code + "@" + result.error().field;
  };
  EXPECT_EQ(refused([](WriteLetter& w) { w.text = " \n "; }), "text_required@text");
  EXPECT_EQ(refused([](WriteLetter& w) { w.author_phone = "1234"; }), "invalid_phone@author_phone");
  EXPECT_EQ(refused([](WriteLetter& w) { w.author_phone = "ring 12345678"; }), "invalid_phone@author_phone");
  EXPECT_EQ(refused([](WriteLetter& w) { w.topic = std::string(60, 'x'); }), "accepted");
  EXPECT_EQ(refused([](WriteLetter& w) { w.topic = std::string(30, 'x') + std::string(31, 'y'); }),
            "topic_too_long@topic");
  EXPECT_EQ(refused([](WriteLetter& w) { w.topic = "ÆØÅ" + std::string(57, 'x'); }), "accepted")
      << "sixty characters, not bytes";
  EXPECT_EQ(refused([](WriteLetter& w) {
              w.category = LetterCategory::other;
              w.topic = "";
            }),
            "topic_required@topic");
  EXPECT_EQ(refused([](WriteLetter& w) {
              w.attachment = AttachmentToSend{"Plan", "application/pdf", "JVBERi0=", ""};
            }),
            "accepted");
  EXPECT_EQ(refused([](WriteLetter& w) {
              w.attachment = AttachmentToSend{"", "application/pdf", "JVBERi0=", ""};
            }),
            "invalid_attachment@attachment.title");
  EXPECT_EQ(refused([](WriteLetter& w) {
              w.attachment = AttachmentToSend{"Plan", "text/html", "PGI+", ""};
            }),
            "unsupported_attachment_type@attachment.content_type");
  EXPECT_EQ(refused([](WriteLetter& w) {
              w.attachment = AttachmentToSend{"Plan", "application/pdf", "JVB=ERi0", ""};
            }),
            "invalid_attachment@attachment.data");
  EXPECT_EQ(refused([](WriteLetter& w) {
              w.attachment = AttachmentToSend{"Plan", "application/pdf", std::string(700'000, 'A'), ""};
            }),
            "attachment_too_large@attachment.data");
  EXPECT_EQ(refused([](WriteLetter& w) {
              w.attachment = AttachmentToSend{"Link", "", "", "http://x.dk"};
            }),
            "invalid_attachment@attachment.url");
  EXPECT_EQ(refused([](WriteLetter& w) {
              w.attachment = AttachmentToSend{"Link", "", "", "https://x.dk"};
            }),
            "accepted");
  EXPECT_EQ(refused([](WriteLetter& w) {
              w.attachment = AttachmentToSend{"Both", "application/pdf", "JVBERi0=", "https://x.dk"};
            }),
            "invalid_attachment@attachment");
}

TEST(CareCommunication, TheAttachmentGetsItsOwnSegmentIdAndAFileKeepsItsType) {
  WriteLetter write = command();
  write.attachment = AttachmentToSend{"Plan", "application/pdf", "JVBERi0=", ""};
  const auto letter = compose_letter(write, draft(), {}, "f0000000-0000-4000-8000-000000000001");
  ASSERT_TRUE(letter);
  ASSERT_EQ(letter->attachments.size(), 1u);
  EXPECT_EQ(letter->attachments[0].segment_id, "f0000000-0000-4000-8000-000000000001");
  EXPECT_EQ(letter->attachments[0].content_type, "application/pdf");
  write.attachment = AttachmentToSend{"Link", "application/pdf", "", "https://x.dk"};
  EXPECT_EQ(compose_letter(write, draft(), {}, "f")->attachments[0].content_type, "")
      << "a link has no file type";
}

TEST(CareCommunication, ThreadsAreOrderedByWhenTheyWereWritten) {
  Letter later = draft(), earlier = draft(), elsewhere = draft();
  later.written_at = 200;
  earlier.written_at = 100;
  elsewhere.thread_id = "other";
  const std::vector<Letter> letters{later, elsewhere, earlier};
  const auto thread = thread_of(letters, draft().thread_id);
  ASSERT_EQ(thread.size(), 2u);
  EXPECT_EQ(thread[0].written_at, 100);
}

TEST(CareCommunication, DanishTimeWithItsOffsetBothWays) {
  EXPECT_EQ(danish_date_time(1772442900), "2026-03-02T10:15:00+01:00");
  EXPECT_EQ(danish_date_time(1783000000), "2026-07-02T15:46:40+02:00") << "summer time";
  EXPECT_EQ(instant_of("2026-03-02T10:15:00+01:00"), 1772442900);
  EXPECT_EQ(instant_of("2026-03-02T09:15:00Z"), 1772442900);
  EXPECT_FALSE(instant_of("2026-03-02"));
  EXPECT_FALSE(instant_of("2026-03-02T25:00:00Z"));
  EXPECT_TRUE(is_uuid("e5000000-0000-4000-8000-0000000000a1"));
  EXPECT_FALSE(is_uuid("E5000000-0000-4000-8000-0000000000A1"));
  EXPECT_FALSE(is_uuid("e5000000000040008000-0000000000a1xx"));
}

}  // namespace
}  // namespace afk::medcom
