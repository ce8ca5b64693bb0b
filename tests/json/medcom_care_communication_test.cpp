// MedCom CareCommunication: what Afklaring writes passes the profile's rules
// (tests/json/care_communication_profile.hpp) and reads back as the letter it
// was; the ward's letters (fixtures written from the guide) read as the
// payloads they add; a letter that breaks the profile is refused naming the element.
#include "json/medcom_care_communication.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "json/care_communication_profile.hpp"
#include "json/untrusted_json.hpp"

namespace afk::json {
namespace {
using medcom::Letter;
using medcom::LetterCategory;
using medcom::LetterDirection;

std::string fixture_text(const std::string& name) {
  std::ifstream in(std::string(AFK_MEDCOM_FIXTURES) + "/" + name + ".json");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

Result<ReceivedCareCommunication> read(const std::string& name) {
  AFK_TRY(parsed, parse_untrusted(fixture_text(name)));
  return parse_care_communication(parsed.value());
}

// UUIDs that are version 4 and tell the resources apart.
std::function<std::string()> counting_ids() {
  auto next = std::make_shared<int>(0);
  return [next] {
    char text[40];
    std::snprintf(text, sizeof text, "00000000-0000-4000-8000-%012d", ++*next);
    return std::string(text);
  };
}

Letter outgoing_letter() {
  Letter letter;
  letter.direction = LetterDirection::outgoing;
  letter.message_id = "e5000000-0000-4000-8000-000000000001";
  letter.thread_id = "e5000000-0000-4000-8000-0000000000a1";
  letter.segment_id = "e5000000-0000-4000-8000-0000000000b1";
  letter.category = LetterCategory::psychiatry_social_disability;
  letter.topic = "Indflytning";
  letter.text = "Vi har en plads fra torsdag.\nKan borgeren komme kl. 10?";
  letter.author_name = "Karin Holm Sørensen";
  letter.author_role = "Medarbejder";
  letter.author_phone = "+45 12 34 56 78";
  letter.written_at = 1772442900;  // 2026-03-02 10:15 Danish time
  letter.counterpart_name = "Psykiatrisk afsnit P1";
  letter.counterpart_sor_code = "100000000000001";
  return letter;
}

OutgoingCareCommunication message_of(const Letter& letter, std::vector<Letter> earlier = {}) {
  OutgoingCareCommunication message;
  message.sent_at = letter.written_at;
  message.unit = {"300000000000001", "Afklaringspladsen"};
  message.ward = {letter.counterpart_sor_code, letter.counterpart_name};
  message.patient_cpr = "2509479989";
  message.patient_name = "Bruno Test Elmer";
  message.letter = letter;
  message.earlier = std::move(earlier);
  return message;
}

TEST(MedcomCareCommunication, ANewLetterPassesTheProfileAndReadsBackAsWritten) {
  const Letter letter = outgoing_letter();
  const auto bundle = write_care_communication(message_of(letter), counting_ids());
  const auto violations = test::care_communication_violations(bundle);
  EXPECT_TRUE(violations.empty()) << testing::PrintToString(violations);

  // The unit's letter as the ward's system would read it: swap nothing, just read.
  const auto read_back = parse_care_communication(bundle);
  ASSERT_TRUE(read_back) << read_back.error().field << ": " << read_back.error().message;
  EXPECT_EQ(read_back->cpr_digits, "2509479989");
  EXPECT_EQ(read_back->activity, "new-message");
  EXPECT_EQ(read_back->receiver_sor, "100000000000001");
  const Letter& got = read_back->letter;
  EXPECT_EQ(got.message_id, letter.message_id);
  EXPECT_EQ(got.thread_id, letter.thread_id);
  EXPECT_EQ(got.segment_id, letter.segment_id);
  EXPECT_EQ(got.category, letter.category);
  EXPECT_EQ(got.topic, letter.topic);
  EXPECT_EQ(got.text, letter.text);
  EXPECT_EQ(got.author_name, letter.author_name);
  EXPECT_EQ(got.author_phone, letter.author_phone);
  EXPECT_EQ(got.written_at, letter.written_at);
  EXPECT_EQ(got.counterpart_sor_code, "300000000000001") << "the sender, read from the ward's side";
  EXPECT_FALSE(got.replying_to);
  // Danish local time with its offset, as Danish systems write it.
  EXPECT_EQ(bundle["timestamp"], "2026-03-02T10:15:00+01:00");
}

TEST(MedcomCareCommunication, AReplyCarriesTheCorrespondenceAndNamesOnlyItsOwnPayloads) {
  Letter first;
  first.direction = LetterDirection::incoming;
  first.message_id = "d4000000-0000-4000-8000-000000000001";
  first.thread_id = "e5000000-0000-4000-8000-0000000000a1";
  first.segment_id = "d4000000-0000-4000-8000-000000000011";
  first.text = "Har I en plads fra torsdag?";
  first.author_name = "Birthe Bruun";
  first.author_role = "sygeplejerske";
  first.author_phone = "38683868";
  first.written_at = 1772440000;
  Letter reply = outgoing_letter();
  reply.replying_to = first.message_id;
  reply.attachments = {{"e5000000-0000-4000-8000-0000000000c1", "Plan for indflytning", "application/pdf",
                        "JVBERi0xLjQKJcfsj6IKJSVFT0YK", ""}};
  OutgoingCareCommunication message = message_of(reply, {first});
  message.episode_of_care = "ep-0001";
  const auto bundle = write_care_communication(message, counting_ids());
  const auto violations = test::care_communication_violations(bundle);
  EXPECT_TRUE(violations.empty()) << testing::PrintToString(violations);

  const auto& payloads = bundle["entry"][2]["resource"]["payload"];
  ASSERT_EQ(payloads.size(), 3u) << "the ward's letter, the reply and its attachment";
  EXPECT_EQ(payloads[0]["contentString"], first.text);
  const auto read_back = parse_care_communication(bundle);
  ASSERT_TRUE(read_back) << read_back.error().field;
  EXPECT_EQ(read_back->activity, "reply-message");
  EXPECT_EQ(read_back->letter.replying_to, first.message_id);
  EXPECT_EQ(read_back->letter.text, reply.text) << "only what this message adds";
  ASSERT_EQ(read_back->letter.attachments.size(), 1u);
  EXPECT_EQ(read_back->letter.attachments[0].title, "Plan for indflytning");
  EXPECT_EQ(read_back->letter.attachments[0].data, "JVBERi0xLjQKJcfsj6IKJSVFT0YK");
}

// The checker must be able to fail: each of these breaks one rule of the profile.
TEST(MedcomCareCommunication, TheProfileCheckFindsEachBrokenRule) {
  const auto valid = write_care_communication(message_of(outgoing_letter()), counting_ids());
  ASSERT_TRUE(test::care_communication_violations(valid).empty());
  const std::map<std::string, std::function<void(nlohmann::json&)>> breaks{
      {"category",
       [](nlohmann::json& b) { b["entry"][2]["resource"]["category"][0]["coding"][0]["code"] = "x"; }},
      {"identifier",
       [](nlohmann::json& b) { b["entry"][2]["resource"]["identifier"][0]["value"] = "urn:uuid:1"; }},
      {"phone",
       [](nlohmann::json& b) {
         for (auto& extension : b["entry"][2]["resource"]["payload"][0]["extension"])
           if (extension.contains("valueContactPoint")) extension["valueContactPoint"]["value"] = "ring mig";
       }},
      {"definition",
       [](nlohmann::json& b) { b["entry"][0]["resource"]["definition"] = "http://example.org"; }},
      {"header first", [](nlohmann::json& b) { std::swap(b["entry"][0], b["entry"][1]); }},
      {"other without topic",
       [](nlohmann::json& b) {
         b["entry"][2]["resource"]["category"][0]["coding"][0]["code"] = "other";
         b["entry"][2]["resource"].erase("topic");
       }},
  };
  for (const auto& [rule, breaking] : breaks) {
    nlohmann::json broken = valid;
    breaking(broken);
    EXPECT_FALSE(test::care_communication_violations(broken).empty()) << rule;
  }
}

TEST(MedcomCareCommunication, TheWardsLettersReadAsThePayloadsTheyAdd) {
  const auto first = read("letter-1-new");
  ASSERT_TRUE(first) << first.error().field << ": " << first.error().message;
  EXPECT_EQ(first->activity, "new-message");
  EXPECT_EQ(first->receiver_sor, "300000000000001");
  EXPECT_EQ(first->letter.direction, LetterDirection::incoming);
  EXPECT_EQ(first->letter.thread_id, "d4000000-0000-4000-8000-0000000000f1");
  EXPECT_EQ(first->letter.counterpart_sor_code, "100000000000001");
  EXPECT_EQ(first->letter.counterpart_name, "Psykiatrisk afsnit P1");
  EXPECT_EQ(first->letter.author_name, "Birthe Bruun");
  EXPECT_EQ(first->letter.author_role, "sygeplejerske");
  EXPECT_EQ(first->letter.text, "Borgeren er færdigbehandlet i morgen.\nHar I en plads fra torsdag?");

  const auto second = read("letter-2-reply");
  ASSERT_TRUE(second) << second.error().field << ": " << second.error().message;
  EXPECT_EQ(second->activity, "reply-message");
  EXPECT_EQ(second->letter.replying_to, "d4000000-0000-4000-8000-000000000001");
  EXPECT_EQ(second->letter.text, "Medicinlisten følger med borgeren ved udskrivningen.")
      << "the first letter's text, carried along, is not read again";
  ASSERT_EQ(second->letter.attachments.size(), 1u);
  EXPECT_EQ(second->letter.attachments[0].content_type, "application/pdf");
}

TEST(MedcomCareCommunication, ALetterThatBreaksTheProfileIsRefusedNamingTheElement) {
  const std::map<std::string, std::string> expected{
      {"letter-invalid-category", "Communication.category"},
      {"letter-invalid-no-author", "Communication.payload[0].extension.author"},
      {"letter-invalid-nothing-new", "Provenance.entity"},
      {"letter-invalid-other-without-topic", "Communication.topic"},
  };
  for (const auto& [name, element] : expected) {
    const auto refused = read(name);
    ASSERT_FALSE(refused) << name;
    EXPECT_EQ(refused.error().code, "invalid_care_communication") << name;
    EXPECT_EQ(refused.error().field, element) << name;
  }
  // A HospitalNotification is not a letter.
  const auto notification = parse_untrusted(fixture_text("stay-1-stin"));
  ASSERT_TRUE(notification);
  EXPECT_EQ(parse_care_communication(notification.value()).error().field, "MessageHeader.eventCoding");
}

}  // namespace
}  // namespace afk::json
