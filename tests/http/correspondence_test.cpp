// Letters between the unit and the ward as MedCom CareCommunication, through
// the API: the unit writes from the course, the adapter collects a Bundle
// that passes the profile's rules, the ward's answer comes in threaded on the
// course, and the unit answers it with the correspondence carried along.
// Unknown citizens, unknown units, replays and hostile letters change nothing.
#include <gmock/gmock.h>

#include "http/medcom_fixture.hpp"
#include "json/care_communication_profile.hpp"

namespace afk::test {
namespace {

constexpr const char* inbox = "/api/v1/interop/medcom/care-communications";
constexpr const char* outbox = "/api/v1/interop/medcom/outbox";

std::string letters_of(std::int64_t course_id) {
  return "/api/v1/courses/" + std::to_string(course_id) + "/letters";
}

const nlohmann::json* resource_of(const nlohmann::json& bundle, const std::string& type) {
  for (const auto& entry : bundle.at("entry"))
    if (entry.at("resource").at("resourceType") == type) return &entry.at("resource");
  return nullptr;
}

class CorrespondenceTest : public MedcomApiTest {
 protected:
  std::int64_t count(const std::string& table) {
    auto connection = server().pool().acquire();
    return connection->query("SELECT COUNT(*) FROM " + table).front().integer(0);
  }
  HttpResponse put_sor_code(TestClient& admin, std::int64_t unit_id, const nlohmann::json& code) {
    const HttpResponse unit = admin.get("/api/v1/units/" + std::to_string(unit_id));
    HttpRequest request;
    request.method = "PUT";
    request.target = "/api/v1/units/" + std::to_string(unit_id) + "/sor-code";
    request.body = nlohmann::json{{"sor_code", code}}.dump();
    request.if_match = "\"" + std::to_string(unit.json.at("version").get<std::int64_t>()) + "\"";
    return admin.send(request);
  }
};

TEST_F(CorrespondenceTest, TheUnitWritesTheWardAnswersAndTheUnitAnswersBackInOneCorrespondence) {
  const std::string token = integration_token();
  TestClient ward = client_for(users::ward_a);
  TestClient lead = client_for(users::lead_a);
  TestClient staff = client_for(users::staff_a);
  const std::int64_t course_id = course_at_unit_a(ward, lead, register_citizen(ward));

  const HttpResponse empty = staff.get(letters_of(course_id));
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_TRUE(empty.json.at("letters").empty());
  EXPECT_EQ(empty.json.at("ward").at("id"), world::ward_a) << "a new letter goes to the ward that referred";
  EXPECT_EQ(empty.json.at("cannot_write"), "");

  const HttpResponse written =
      staff.post(letters_of(course_id), {{"category", "psychiatry-social-disability"},
                                         {"topic", "Indflytning"},
                                         {"text", "Vi har en plads fra torsdag."},
                                         {"author_phone", "12 34 56 78"}});
  ASSERT_EQ(written.status, 201) << written.body;
  EXPECT_EQ(written.json.at("direction"), "outgoing");
  EXPECT_EQ(written.json.at("author_name"), staff.get("/api/v1/session").json.at("user").at("display_name"))
      << "the author is who is logged in, not what the body says";
  const std::string message_id = written.json.at("message_id");
  const std::string thread_id = written.json.at("thread_id");

  // The adapter collects it: a CareCommunication to ward A's SOR code from unit A's, about the citizen.
  const HttpResponse waiting = send_to(outbox, token, "", "GET");
  ASSERT_EQ(waiting.status, 200) << waiting.body;
  ASSERT_EQ(waiting.json.at("messages").size(), 1u);
  const nlohmann::json bundle = waiting.json.at("messages")[0].at("bundle");
  EXPECT_THAT(care_communication_violations(bundle), testing::IsEmpty());
  EXPECT_EQ(resource_of(bundle, "Patient")->at("identifier")[0].at("value"), "2509479989");
  EXPECT_EQ(resource_of(bundle, "MessageHeader")->at("id"), message_id);
  EXPECT_EQ(resource_of(bundle, "MessageHeader")->at("destination")[0].at("endpoint"),
            "https://sor2.sum.dsdn.dk/#id=100000000000001");
  EXPECT_EQ(resource_of(bundle, "Communication")->at("payload")[0].at("contentString"),
            "Vi har en plads fra torsdag.");
  // An adapter that echoes our own letter back gets "duplicate", not a second letter.
  const HttpResponse echoed = send_to(inbox, token, bundle.dump());
  ASSERT_EQ(echoed.status, 200) << echoed.body;
  EXPECT_EQ(echoed.json.at("outcome"), "duplicate");
  const std::string collected = std::string(outbox) + "/" + message_id + "/collected";
  EXPECT_EQ(send_to(collected, token, "").json.at("collected_before"), false);
  EXPECT_EQ(send_to(collected, token, "").json.at("collected_before"), true) << "saying it twice is harmless";
  EXPECT_TRUE(send_to(outbox, token, "", "GET").json.at("messages").empty());
  EXPECT_EQ(send_to(std::string(outbox) + "/no-such-id/collected", token, "").status, 404);

  // The ward answers in the same correspondence: only what its message adds becomes the letter.
  nlohmann::json answer = nlohmann::json::parse(fixture("letter-2-reply"));
  for (auto& entry : answer.at("entry")) {
    auto& resource = entry.at("resource");
    if (resource.at("resourceType") == "Communication")
      resource["identifier"][0]["value"] = "urn:uuid:" + thread_id;
    if (resource.at("resourceType") == "Provenance")
      resource["entity"][0]["what"]["reference"] = "MessageHeader/" + message_id;
  }
  const HttpResponse received = send_to(inbox, token, answer.dump());
  ASSERT_EQ(received.status, 200) << received.body;
  EXPECT_EQ(received.json.at("outcome"), "applied");
  const nlohmann::json letters = staff.get(letters_of(course_id)).json.at("letters");
  ASSERT_EQ(letters.size(), 2u) << letters;
  const nlohmann::json& from_ward = letters[1];
  EXPECT_EQ(from_ward.at("direction"), "incoming");
  EXPECT_EQ(from_ward.at("thread_id"), thread_id);
  EXPECT_EQ(from_ward.at("replying_to"), message_id);
  EXPECT_EQ(from_ward.at("ward_id"), world::ward_a);
  EXPECT_EQ(from_ward.at("text"), "Medicinlisten følger med borgeren ved udskrivningen.");
  EXPECT_EQ(from_ward.at("attachments")[0].at("data"), "") << "a list carries no file content";
  const std::string attachment =
      letters_of(course_id) + "/" + std::to_string(from_ward.at("id").get<std::int64_t>()) + "/attachments/";
  const HttpResponse file = staff.get(attachment + "1");
  ASSERT_EQ(file.status, 200) << file.body;
  EXPECT_EQ(file.json.at("content_type"), "application/pdf");
  EXPECT_EQ(file.json.at("data"), "JVBERi0xLjQKJcfsj6IKJSVFT0YK");
  EXPECT_EQ(staff.get(attachment + "2").status, 404);

  // The unit answers the ward's letter: the Bundle carries the whole correspondence.
  const HttpResponse reply =
      lead.post(letters_of(course_id), {{"text", "Tak, vi henter ham kl. 10."},
                                        {"author_phone", "+4587654321"},
                                        {"replying_to_letter_id", from_ward.at("id")}});
  ASSERT_EQ(reply.status, 201) << reply.body;
  EXPECT_EQ(reply.json.at("thread_id"), thread_id);
  EXPECT_EQ(reply.json.at("topic"), from_ward.at("topic"))
      << "a reply keeps the topic of the letter it answers";
  const nlohmann::json reply_bundle = send_to(outbox, token, "", "GET").json.at("messages")[0].at("bundle");
  EXPECT_THAT(care_communication_violations(reply_bundle), testing::IsEmpty());
  const nlohmann::json& payloads = resource_of(reply_bundle, "Communication")->at("payload");
  ASSERT_EQ(payloads.size(), 4u) << "our letter, the ward's text and file, and the answer";
  EXPECT_EQ(payloads[3].at("contentString"), "Tak, vi henter ham kl. 10.");
  EXPECT_EQ(resource_of(reply_bundle, "Provenance")->at("activity").at("coding")[0].at("code"),
            "reply-message");

  // Every read and write of the letters is audited against the citizen.
  auto connection = server().pool().acquire();
  for (const char* action :
       {"read_letters", "write_letter", "medcom:receive_letter", "medcom:outbox", "read_letter_attachment"})
    EXPECT_GT(connection
                  ->query("SELECT COUNT(*) FROM audit_log WHERE action = ? AND subjects <> ''",
                          {std::string(action)})
                  .front()
                  .integer(0),
              0)
        << action;
}

TEST_F(CorrespondenceTest, UnknownCitizensLeaveACountUnknownUnitsAreHeldAndReplaysChangeNothing) {
  const std::string token = integration_token();
  TestClient ward = client_for(users::ward_a);
  TestClient lead = client_for(users::lead_a);
  TestClient admin = client_for(users::admin);
  EXPECT_EQ(received_at(inbox, token, "letter-unknown-cpr"), "ignored");
  EXPECT_EQ(messages("body IS NULL AND citizen_id IS NULL"), 1) << "nothing personal kept";

  const std::int64_t course_id = course_at_unit_a(ward, lead, register_citizen(ward));
  EXPECT_EQ(received_at(inbox, token, "letter-1-new"), "applied");
  EXPECT_EQ(received_at(inbox, token, "letter-1-new"), "duplicate");
  EXPECT_EQ(count("letters"), 1);

  // For a SOR code no unit has: held, shown to the administrator, received once the code is mapped.
  EXPECT_EQ(received_at(inbox, token, "letter-unknown-unit"), "held");
  const HttpResponse overview = admin.get("/api/v1/interop/medcom/overview");
  ASSERT_EQ(overview.json.at("held").size(), 1u) << overview.body;
  EXPECT_EQ(overview.json.at("held")[0].at("sor_code"), "399999999999999");
  EXPECT_EQ(overview.json.at("held")[0].at("activity"), "new-message");
  EXPECT_EQ(put_sor_code(admin, world::unit_b, "100000000000001").error_code(), "sor_code_taken")
      << "ward A has it: one register for wards and units";
  const HttpResponse mapped = put_sor_code(admin, world::unit_a, "399999999999999");
  ASSERT_EQ(mapped.status, 200) << mapped.body;
  EXPECT_EQ(mapped.json.at("held_messages_applied"), 1);
  EXPECT_EQ(lead.get(letters_of(course_id)).json.at("letters").size(), 2u);
  EXPECT_TRUE(admin.get("/api/v1/interop/medcom/overview").json.at("held").empty());
}

TEST_F(CorrespondenceTest, HostileAndInvalidLettersAreRefusedAndChangeNothing) {
  const std::string token = integration_token();
  TestClient ward = client_for(users::ward_a);
  TestClient lead = client_for(users::lead_a);
  course_at_unit_a(ward, lead, register_citizen(ward));
  const std::map<std::string, std::string> invalid{
      {"letter-invalid-category", "Communication.category"},
      {"letter-invalid-no-author", "Communication.payload[0].extension.author"},
      {"letter-invalid-nothing-new", "Provenance.entity"},
      {"letter-invalid-other-without-topic", "Communication.topic"},
      {"stay-1-stin", "MessageHeader.eventCoding"},
  };
  for (const auto& [name, element] : invalid) {
    const HttpResponse refused = send_to(inbox, token, fixture(name));
    EXPECT_EQ(refused.status, 400) << name;
    EXPECT_EQ(refused.error_code(), "invalid_care_communication") << name;
    EXPECT_EQ(refused.json.at("error").at("field"), element) << name;
  }
  nlohmann::json not_base64 = nlohmann::json::parse(fixture("letter-2-reply"));
  not_base64["entry"][2]["resource"]["payload"][2]["contentAttachment"]["data"] = "not base64!";
  EXPECT_EQ(send_to(inbox, token, not_base64.dump()).json.at("error").at("field"),
            "Communication.payload[2].contentAttachment.data");
  nlohmann::json huge = nlohmann::json::parse(fixture("letter-1-new"));
  huge["entry"][2]["resource"]["payload"][0]["contentString"] = std::string(20'000, 'x');
  for (const std::string& hostile :
       {std::string(""), std::string("[]"), std::string("\"\\ud800\""), std::string(5000, '['),
        std::string("{\"resourceType\":\"Bundle\",\"type\":\"message\",\"entry\":[1,2]}"), huge.dump(),
        std::string("{\"resourceType\":\"Bundle\",\"type\":\"message\",\"entry\":[{\"resource\":"
                    "{\"resourceType\":\"MessageHeader\",\"id\":\"\xff\xfe\"}}]}")})
    EXPECT_EQ(send_to(inbox, token, hostile).status / 100, 4) << hostile.substr(0, 40);
  EXPECT_EQ(messages(), 0);
  EXPECT_EQ(count("letters"), 0);
  EXPECT_EQ(client_for(users::staff_a)
                .send([&] {
                  HttpRequest request;
                  request.method = "POST";
                  request.target = inbox;
                  request.body = fixture("letter-1-new");
                  return request;
                }())
                .status,
            401)
      << "a session is not an integration";
}

TEST_F(CorrespondenceTest, ALetterThatCannotGoIsRefusedClearlyAndNothingIsSent) {
  TestClient ward = client_for(users::ward_a);
  TestClient lead = client_for(users::lead_a);
  TestClient staff = client_for(users::staff_a);
  TestClient admin = client_for(users::admin);
  const std::int64_t course_id = course_at_unit_a(ward, lead, register_citizen(ward));
  const std::string path = letters_of(course_id);
  const nlohmann::json good = {{"text", "Hej"}, {"author_phone", "12345678"}};
  const auto with = [&](const char* key, const nlohmann::json& value) {
    nlohmann::json body = good;
    body[key] = value;
    return body;
  };
  EXPECT_EQ(staff.post(path, with("text", "  ")).error_code(), "text_required");
  EXPECT_EQ(staff.post(path, with("author_phone", "ring mig")).error_code(), "invalid_phone");
  EXPECT_EQ(staff.post(path, with("topic", std::string(61, 'e'))).error_code(), "topic_too_long");
  EXPECT_EQ(staff.post(path, with("category", "other")).error_code(), "topic_required");
  EXPECT_EQ(staff.post(path, with("category", "gossip")).status, 400);
  EXPECT_EQ(staff
                .post(path, with("attachment", {{"title", "Virus"},
                                                {"content_type", "application/x-msdownload"},
                                                {"data", "TVqQAAMAAAAEAAAA"}}))
                .error_code(),
            "unsupported_attachment_type");
  EXPECT_EQ(
      staff
          .post(path, with("attachment",
                           {{"title", "Plan"}, {"content_type", "application/pdf"}, {"data", "not base64!"}}))
          .error_code(),
      "invalid_attachment");
  EXPECT_EQ(staff.post(path, with("replying_to_letter_id", 999999)).error_code(), "letter_not_found");
  // Who may write: the unit's staff and lead, on their own unit's course only.
  EXPECT_EQ(ward.post(path, good).status, 403);
  EXPECT_EQ(client_for(users::authority_a).post(path, good).status, 403);
  EXPECT_EQ(client_for(users::staff_b).post(path, good).status, 404);
  // Without the unit's SOR code the letter cannot be addressed: the screen says why.
  ASSERT_EQ(put_sor_code(admin, world::unit_a, nullptr).status, 200);
  EXPECT_EQ(staff.post(path, good).error_code(), "unit_without_sor_code");
  EXPECT_NE(staff.get(path).json.at("cannot_write"), "");
  EXPECT_EQ(count("letters"), 0);
  EXPECT_EQ(count("medcom_outbox"), 0);
}

}  // namespace
}  // namespace afk::test
