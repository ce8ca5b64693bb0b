// MedCom HospitalNotifications through the API, as the hospitals' adapter
// sends them: the fixtures (tests/fixtures/medcom) produce exactly the
// admissions, leaves, pauses and death they imply; replays and invalid
// messages change nothing; a citizen Afklaring does not know leaves a count
// only; and only an integration's token gets in.
#include <gmock/gmock.h>

#include "http/medcom_fixture.hpp"

namespace afk::test {
namespace {

class MedcomTest : public MedcomApiTest {
 protected:
  // The course's citizen living at the place from today, so an admission pauses the stay.
  void move_in_today(TestClient& lead, std::int64_t course_id) {
    ASSERT_EQ(run_command(lead, course_id, "appoint-key-worker",
                          {{"name", "Kim"}, {"contact", "1"}, {"appointed_on", today()}})
                  .status,
              200);
    ASSERT_EQ(run_command(lead, course_id, "move-in", {{"date", today()}, {"place_kind", "regular"}}).status,
              200);
  }

  HttpResponse send(const std::string& token, const std::string& body) {
    return send_to("/api/v1/interop/medcom/hospital-notifications", token, body);
  }
  std::string received(const std::string& token, const std::string& name) {
    return received_at("/api/v1/interop/medcom/hospital-notifications", token, name);
  }
};

TEST_F(MedcomTest, AWholeStayIsOneAdmissionAndReplaysChangeNothing) {
  const std::string token = integration_token();
  TestClient ward = client_for(users::ward_a);
  const std::string citizen = "/api/v1/citizens/" + std::to_string(register_citizen(ward));
  for (const char* name : {"stay-1-stin", "stay-2-stor", "stay-3-slor", "stay-4-slhj"})
    EXPECT_EQ(received(token, name), "applied") << name;
  const nlohmann::json admissions = ward.get(citizen).json.at("admissions");
  ASSERT_EQ(admissions.size(), 1u) << admissions;
  EXPECT_EQ(admissions[0].at("ward_id"), world::ward_a) << "the ward whose SOR code the message names";
  EXPECT_EQ(admissions[0].at("admitted_on"), "2026-02-10");
  EXPECT_EQ(admissions[0].at("discharged_on"), "2026-02-20");
  EXPECT_EQ(admissions[0].at("leaves"),
            nlohmann::json::parse(R"([{"started_on":"2026-02-14","ended_on":"2026-02-15"}])"));
  EXPECT_EQ(admissions[0].at("notified_by").size(), 4u);

  const std::int64_t version = ward.get(citizen).json.at("version");
  EXPECT_EQ(received(token, "stay-1-stin"), "duplicate");
  EXPECT_EQ(received(token, "stay-4-slhj"), "duplicate");
  EXPECT_EQ(ward.get(citizen).json.at("version"), version) << "a replay changes nothing";

  // Corrected (23:30 UTC is the next Danish day; then the hospital's correction), then cancelled:
  // gone, and a late replay of the first message does not bring it back.
  EXPECT_EQ(received(token, "correction-1-stin"), "applied");
  EXPECT_EQ(ward.get(citizen).json.at("admissions").at(1).at("admitted_on"), "2026-02-23");
  EXPECT_EQ(received(token, "correction-2-re-stin"), "applied");
  EXPECT_EQ(ward.get(citizen).json.at("admissions").at(1).at("admitted_on"), "2026-02-22");
  EXPECT_EQ(received(token, "correction-3-an-stin"), "applied");
  EXPECT_EQ(ward.get(citizen).json.at("admissions").size(), 1u);
  EXPECT_EQ(received(token, "correction-1-stin"), "duplicate");
  EXPECT_EQ(ward.get(citizen).json.at("admissions").size(), 1u);

  // An acute ambulant visit is not an admission; a death ends the stay and is recorded.
  EXPECT_EQ(received(token, "acute-ambulant-staa"), "not_an_admission");
  EXPECT_EQ(ward.get(citizen).json.at("admissions").size(), 1u);
  EXPECT_EQ(received(token, "death-mors"), "applied");
  const HttpResponse died = ward.get(citizen);
  EXPECT_EQ(died.json.at("died_on"), "2026-02-26");
  EXPECT_EQ(died.json.at("admissions").at(1).at("discharged_on"), "2026-02-26");

  // Every effect is audited against the citizen, as the integration.
  auto connection = server().pool().acquire();
  EXPECT_GE(
      connection
          ->query("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'medcom:%' AND role = 'integration'")
          .front()
          .integer(0),
      8);
}

TEST_F(MedcomTest, TheCourseShowsTheDeathTheHospitalTold) {
  const std::string token = integration_token();
  TestClient ward = client_for(users::ward_a);
  TestClient lead = client_for(users::lead_a);
  const std::int64_t course_id = course_at_unit_a(ward, lead, register_citizen(ward));
  EXPECT_TRUE(lead.get(course_path(course_id)).json.at("citizen").at("died_on").is_null());
  EXPECT_EQ(received(token, "death-mors"), "applied");
  // The screen offers the destination "deceased" from this (web/src/commands.ts).
  EXPECT_EQ(lead.get(course_path(course_id)).json.at("citizen").at("died_on"), "2026-02-26");
}

TEST_F(MedcomTest, AReadmissionDuringTheStayPausesItAndTheDischargeResumesIt) {
  const std::string token = integration_token();
  TestClient ward = client_for(users::ward_a);
  TestClient lead = client_for(users::lead_a);
  const std::int64_t course_id = course_at_unit_a(ward, lead, register_citizen(ward));
  move_in_today(lead, course_id);

  EXPECT_EQ(received(token, "readmission-1-stin"), "applied");
  const nlohmann::json paused = lead.get(course_path(course_id)).json;
  ASSERT_EQ(paused.at("admission_pauses").size(), 1u) << paused;
  EXPECT_EQ(paused.at("admission_pauses")[0].at("admitted_on"), "2026-03-02");
  EXPECT_TRUE(paused.at("admission_pauses")[0].at("resumed_on").is_null());
  EXPECT_EQ(paused.at("admission_pauses")[0].at("note"), "Meddelt af sygehuset (sygehusadvis)")
      << "the journal says who told";
  // The unit is told in Beskeder.
  const nlohmann::json items = lead.get("/api/v1/notifications").json.at("items");
  const auto notice = std::find_if(items.begin(), items.end(),
                                   [](const auto& item) { return item.at("kind") == "hospital_notice"; });
  ASSERT_NE(notice, items.end()) << items;
  EXPECT_EQ(notice->at("course_id"), course_id);
  EXPECT_EQ(notice->at("text"), "Indlagt 02-03-2026 – opholdet er sat på pause");
  EXPECT_EQ(received(token, "readmission-2-slhj"), "applied");
  EXPECT_EQ(lead.get(course_path(course_id)).json.at("admission_pauses")[0].at("resumed_on"), "2026-03-02");
}

TEST_F(MedcomTest, AReadmissionTheHospitalCancelsTakesItsPauseAway) {
  const std::string token = integration_token();
  TestClient ward = client_for(users::ward_a);
  TestClient lead = client_for(users::lead_a);
  const std::int64_t course_id = course_at_unit_a(ward, lead, register_citizen(ward));
  move_in_today(lead, course_id);
  EXPECT_EQ(received(token, "readmission-1-stin"), "applied");
  ASSERT_EQ(lead.get(course_path(course_id)).json.at("admission_pauses").size(), 1u);
  EXPECT_EQ(received(token, "readmission-3-an-stin"), "applied");
  EXPECT_TRUE(lead.get(course_path(course_id)).json.at("admission_pauses").empty())
      << "an admission entered in error never paused the stay";
}

TEST_F(MedcomTest, TheFiguresComeOutTheSameFromMessagesAsFromTheSameFactsTypedIn) {
  const std::string token = integration_token();
  TestClient ward = client_for(users::ward_a);
  // Told by the hospital; the færdigmelding still comes from the ward.
  const std::int64_t told = register_citizen(ward);
  for (const char* name : {"stay-1-stin", "stay-2-stor", "stay-3-slor", "stay-4-slhj", "readmission-1-stin",
                           "readmission-2-slhj"})
    ASSERT_EQ(received(token, name), "applied") << name;
  const std::string told_path = "/api/v1/citizens/" + std::to_string(told);
  const HttpResponse before = ward.get(told_path);
  const std::string first = told_path + "/admissions/" +
                            std::to_string(before.json.at("admissions").at(0).at("id").get<std::int64_t>());
  ASSERT_EQ(
      ward.post(first + "/ready-for-discharge", {{"ready_for_discharge_on", "2026-02-18"}}, before.etag())
          .status,
      200);

  // The same facts typed in by staff for another citizen.
  const HttpResponse typed = ward.post(
      "/api/v1/citizens", {{"name", "Tove Tastet"}, {"cpr", "111280-1235"}, {"home_municipality_id", 1}});
  ASSERT_EQ(typed.status, 201) << typed.body;
  const std::string typed_path =
      "/api/v1/citizens/" + std::to_string(typed.json.at("id").get<std::int64_t>());
  for (const nlohmann::json& admission :
       {nlohmann::json{{"ward_id", world::ward_a},
                       {"admitted_on", "2026-02-10"},
                       {"ready_for_discharge_on", "2026-02-18"},
                       {"discharged_on", "2026-02-20"}},
        nlohmann::json{
            {"ward_id", world::ward_a}, {"admitted_on", "2026-03-02"}, {"discharged_on", "2026-03-02"}}})
    ASSERT_EQ(ward.post(typed_path + "/admissions", admission, ward.get(typed_path).etag()).status, 200);

  // What the figures (færdigbehandlingsdage, readmissions) are computed from is the same for both.
  const auto facts = [&](std::int64_t citizen_id) {
    auto connection = server().pool().acquire();
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : connection->query(
             "SELECT ward_id, admitted, ready_for_discharge, discharged FROM report_admission_facts "
             "WHERE citizen_id = ? ORDER BY admitted",
             {citizen_id}))
      rows.push_back({std::to_string(row.integer(0)), std::to_string(row.integer(1)),
                      row.optional_integer(2) ? std::to_string(*row.optional_integer(2)) : "-",
                      row.optional_integer(3) ? std::to_string(*row.optional_integer(3)) : "-"});
    return rows;
  };
  EXPECT_EQ(facts(told).size(), 2u);
  EXPECT_EQ(facts(told), facts(typed.json.at("id").get<std::int64_t>()));
}

TEST_F(MedcomTest, UnknownCitizensLeaveACountOnlyAndUnknownWardsAreHeld) {
  const std::string token = integration_token();
  EXPECT_EQ(received(token, "unknown-cpr"), "ignored");
  EXPECT_EQ(messages("citizen_id IS NULL AND body IS NULL AND outcome = 'ignored'"), 1)
      << "nothing personal kept";
  TestClient ward = client_for(users::ward_a);
  const std::string citizen = "/api/v1/citizens/" + std::to_string(register_citizen(ward));
  const HttpResponse held = send(token, fixture("unknown-sor"));
  ASSERT_EQ(held.status, 200) << held.body;
  EXPECT_EQ(held.json.at("outcome"), "held");
  EXPECT_EQ(held.json.at("reason"), "unknown_sor_code");
  EXPECT_EQ(messages("outcome = 'held' AND body IS NOT NULL"), 1)
      << "kept until an administrator maps the code";
  EXPECT_TRUE(ward.get(citizen).json.at("admissions").empty());
  // A discharge of a stay not yet told is held until its STIN comes, then applied.
  EXPECT_EQ(received(token, "stay-4-slhj"), "held");
  EXPECT_EQ(received(token, "stay-1-stin"), "applied");
  const nlohmann::json admissions = ward.get(citizen).json.at("admissions");
  ASSERT_EQ(admissions.size(), 1u);
  EXPECT_EQ(admissions[0].at("discharged_on"), "2026-02-20");
  EXPECT_EQ(messages("outcome = 'held'"), 1) << "only the unknown SOR code still waits";
}

TEST_F(MedcomTest, TheAdministratorMapsASorCodeAndWhatWasHeldForItIsApplied) {
  const std::string token = integration_token();
  TestClient ward = client_for(users::ward_a);
  const std::string citizen = "/api/v1/citizens/" + std::to_string(register_citizen(ward));
  ASSERT_EQ(received(token, "unknown-sor"), "held");

  TestClient admin = client_for(users::admin);
  const HttpResponse overview = admin.get("/api/v1/interop/medcom/overview");
  ASSERT_EQ(overview.status, 200) << overview.body;
  ASSERT_EQ(overview.json.at("held").size(), 1u);
  EXPECT_EQ(overview.json.at("held")[0].at("reason"), "unknown_sor_code");
  EXPECT_EQ(overview.json.at("held")[0].at("sor_code"), "999999999999999");
  EXPECT_EQ(overview.body.find("2509479989"), std::string::npos) << "no CPR number on the page";
  EXPECT_EQ(overview.json.at("days").at(0).at("outcome"), "held");
  EXPECT_EQ(client_for(users::staff_a).get("/api/v1/interop/medcom/overview").status, 403);

  const std::string path = "/api/v1/wards/" + std::to_string(world::ward_b) + "/sor-code";
  const auto put = [&](const nlohmann::json& body, const std::string& version) {
    HttpRequest request;
    request.method = "PUT";
    request.target = path;
    request.body = body.dump();
    request.if_match = version;
    return admin.send(request);
  };
  const auto ward_b_version = [&] {
    const HttpResponse wards = admin.get("/api/v1/wards");
    for (const auto& each : wards.json.at("items"))
      if (each.at("id") == world::ward_b)
        return "\"" + std::to_string(each.at("version").get<std::int64_t>()) + "\"";
    return std::string();
  };
  EXPECT_EQ(put({{"sor_code", "12ab"}}, ward_b_version()).error_code(), "invalid_sor_code");
  EXPECT_EQ(put({{"sor_code", "100000000000001"}}, ward_b_version()).error_code(), "sor_code_taken")
      << "ward A has it";
  const HttpResponse mapped = put({{"sor_code", "999999999999999"}}, ward_b_version());
  ASSERT_EQ(mapped.status, 200) << mapped.body;
  EXPECT_EQ(mapped.json.at("ward").at("sor_code"), "999999999999999");
  EXPECT_EQ(mapped.json.at("held_messages_applied"), 1);
  // At ward B: ward A's staff do not see it (an admission elsewhere is not theirs), the record has it.
  EXPECT_TRUE(ward.get(citizen).json.at("admissions").empty());
  auto connection = server().pool().acquire();
  const auto rows = connection->query("SELECT ward_id FROM report_admission_facts WHERE citizen_id = ?",
                                      {std::stoll(citizen.substr(citizen.rfind('/') + 1))});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].integer(0), world::ward_b);
  EXPECT_TRUE(admin.get("/api/v1/interop/medcom/overview").json.at("held").empty());
}

TEST_F(MedcomTest, InvalidMessagesAreRefusedNamingTheElementAndStoreNothing) {
  const std::string token = integration_token();
  const std::pair<const char*, const char*> cases[] = {{"invalid-bundle-type", "Bundle.type"},
                                                       {"invalid-missing-patient", "Patient"},
                                                       {"invalid-unknown-activity", "Provenance.activity"},
                                                       {"invalid-unknown-class", "Encounter.class"}};
  for (const auto& [name, element] : cases) {
    const HttpResponse refused = send(token, fixture(name));
    EXPECT_EQ(refused.status, 400) << name << ": " << refused.body;
    EXPECT_EQ(refused.error_field(), element) << name;
  }
  EXPECT_EQ(send(token, fixture("invalid-malformed")).status, 400);
  for (const std::string& hostile :
       {std::string(""), std::string("[]"), std::string("\"\\ud800\""), std::string(5000, '['),
        std::string("{\"resourceType\":\"Bundle\",\"type\":\"message\",\"entry\":[1,2]}")})
    EXPECT_EQ(send(token, hostile).status / 100, 4) << hostile.substr(0, 40);
  EXPECT_EQ(messages(), 0);
}

TEST_F(MedcomTest, OnlyAnIntegrationsTokenGetsInAndTheTokenOpensNothingElse) {
  const std::string token = integration_token();
  EXPECT_EQ(send("not-a-token", fixture("stay-1-stin")).status, 401);
  HttpRequest without;
  without.method = "POST";
  without.target = "/api/v1/interop/medcom/hospital-notifications";
  without.body = fixture("stay-1-stin");
  EXPECT_EQ(anonymous().send(without).error_code(), "integration_token_invalid");
  // A logged-in user's session is not an integration.
  EXPECT_EQ(client_for(users::admin).send(without).status, 401);
  // The token opens no other route, and the integration cannot log in with a password.
  HttpRequest other;
  other.target = "/api/v1/courses";
  other.authorization = "Bearer " + token;
  EXPECT_EQ(anonymous().send(other).status, 401);
  EXPECT_EQ(anonymous().try_login("medcom-adapter", "anything").status, 401);
  EXPECT_EQ(messages(), 0);
  // Nor can the administrator make a person an integration: that takes a token from the operator.
  const HttpResponse made = client_for(users::admin)
                                .post("/api/v1/users", {{"username", "robot"},
                                                        {"display_name", "Robot"},
                                                        {"role", "integration"},
                                                        {"password", "Grøn hest løber 7 km i regn"}});
  EXPECT_EQ(made.status, 400) << made.body;
  EXPECT_EQ(made.error_code(), "role_not_assignable");
}

}  // namespace
}  // namespace afk::test
