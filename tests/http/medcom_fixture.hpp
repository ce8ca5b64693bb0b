// What the MedCom API tests share: the fixtures of tests/fixtures/medcom, an
// integration's token as `afklaring integration add` makes it, a message sent
// as the hospitals' adapter sends it, and a citizen with the guides' test CPR
// number on a course at unit A.
#pragma once

#include <fstream>
#include <sstream>

#include "http/api_fixture.hpp"
#include "security/passwords.hpp"
#include "security/tokens.hpp"
#include "store/integration_tokens.hpp"
#include "store/users_repository.hpp"

namespace afk::test {

inline std::string fixture(const std::string& name) {
  std::ifstream in(std::string(AFK_MEDCOM_FIXTURES) + "/" + name + ".json");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

class MedcomApiTest : public ApiTest {
 protected:
  std::string integration_token() {
    auto connection = server().pool().acquire();
    store::Transaction transaction(*connection);
    store::UserRecord user;
    user.username = "medcom-adapter";
    user.display_name = "MedCom-adapter";
    user.role = Role::integration;
    user.organisation_kind = OrganisationKind::system;
    user.password_hash = security::hash_password(security::random_token());
    const std::int64_t id = store::insert_user(*connection, user);
    const std::string token = security::random_token();
    store::insert_integration_token(*connection, security::token_hash(token), id, 0);
    transaction.commit();
    return token;
  }

  HttpResponse send_to(const std::string& target, const std::string& token, const std::string& body,
                       const std::string& method = "POST") {
    HttpRequest request;
    request.method = method;
    request.target = target;
    request.body = body;
    if (!body.empty()) request.content_type = "application/fhir+json";
    request.authorization = "Bearer " + token;
    return anonymous().send(request);
  }

  std::string received_at(const std::string& target, const std::string& token, const std::string& name) {
    const HttpResponse answer = send_to(target, token, fixture(name));
    EXPECT_EQ(answer.status, 200) << name << ": " << answer.body;
    return answer.json.value("outcome", std::string());
  }

  std::int64_t register_citizen(TestClient& ward) {
    const HttpResponse citizen =
        ward.post("/api/v1/citizens",
                  {{"name", "Sigrid Sygehusadvis"}, {"cpr", "250947-9989"}, {"home_municipality_id", 1}});
    EXPECT_EQ(citizen.status, 201) << citizen.body;
    return citizen.json.at("id");
  }

  // The citizen referred by ward A and accepted at unit A: the course's id.
  std::int64_t course_at_unit_a(TestClient& ward, TestClient& lead, std::int64_t citizen_id) {
    const HttpResponse referral = ward.post("/api/v1/referrals", referral_to_unit_a(citizen_id));
    EXPECT_EQ(referral.status, 201) << referral.body;
    const HttpResponse accepted =
        lead.post("/api/v1/referrals/" + std::to_string(referral.json.at("id").get<std::int64_t>()) +
                      "/commands/accept",
                  {{"decided_on", today()}}, referral.etag());
    EXPECT_EQ(accepted.status, 200) << accepted.body;
    return accepted.json.at("course").at("id");
  }

  std::int64_t messages(const std::string& where = "1 = 1") {
    auto connection = server().pool().acquire();
    return connection->query("SELECT COUNT(*) FROM medcom_messages WHERE " + where).front().integer(0);
  }
};

}  // namespace afk::test
