// Finding a citizen: by CPR number with or without the hyphen, or by the
// beginning of the name's words with æ/ø/å and accents folded; only among
// the citizens the caller may read, each one shown audited as a look-up.
#include <gmock/gmock.h>

#include "http/api_fixture.hpp"

namespace afk::test {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

class CitizenSearchTest : public ApiTest {
 protected:
  // Registers a citizen of municipality A as ward A and returns the id.
  std::int64_t register_at_ward_a(TestClient& ward, const std::string& name, const std::string& cpr) {
    const HttpResponse registered =
        ward.post("/api/v1/citizens", {{"name", name}, {"cpr", cpr}, {"home_municipality_id", 1}});
    EXPECT_EQ(registered.status, 201) << registered.body;
    return registered.json.value("id", std::int64_t{0});
  }
};

std::string search_path(const std::string& query_in_url) { return "/api/v1/citizens?q=" + query_in_url; }

std::vector<std::string> names_found(const HttpResponse& response) {
  EXPECT_EQ(response.status, 200) << response.body;
  std::vector<std::string> names;
  if (response.status != 200) return names;
  for (const auto& hit : response.json.at("hits")) names.push_back(hit.at("name"));
  return names;
}

TEST_F(CitizenSearchTest, FindsByCprWithOrWithoutHyphenAndByTheBeginningOfNameWords) {
  TestClient ward = client_for(users::ward_a);
  const std::int64_t soeren = register_at_ward_a(ward, "Søren Ærbø Hansen", "111280-1235");
  register_at_ward_a(ward, "Sören Lund", "120381-1236");
  register_at_ward_a(ward, "Mette Jensen", "130482-1237");

  const HttpResponse by_cpr = ward.get(search_path("111280-1235"));
  ASSERT_THAT(names_found(by_cpr), ElementsAre("Søren Ærbø Hansen"));
  EXPECT_EQ(by_cpr.json.at("hits").at(0).at("id"), soeren);
  EXPECT_EQ(by_cpr.json.at("hits").at(0).at("cpr"), "111280-1235");
  EXPECT_EQ(by_cpr.json.at("more"), false);
  EXPECT_THAT(names_found(ward.get(search_path("1112801235"))), ElementsAre("Søren Ærbø Hansen"));

  // ø, ö and oe are one letter to the search; case does not matter; results come by name.
  EXPECT_THAT(names_found(ward.get(search_path("s%C3%B8ren"))),
              ElementsAre("Søren Ærbø Hansen", "Sören Lund"));
  EXPECT_THAT(names_found(ward.get(search_path("SOEREN"))), ElementsAre("Søren Ærbø Hansen", "Sören Lund"));
  // Every word of the query must begin a word of the name, in any order.
  EXPECT_THAT(names_found(ward.get(search_path("han+s%C3%B8"))), ElementsAre("Søren Ærbø Hansen"));
  EXPECT_THAT(names_found(ward.get(search_path("aerb"))), ElementsAre("Søren Ærbø Hansen"));
  EXPECT_THAT(names_found(ward.get(search_path("ette"))), IsEmpty());  // not the beginning of a word
  EXPECT_THAT(names_found(ward.get(search_path("120381-1299"))), IsEmpty());
}

TEST_F(CitizenSearchTest, OtherOrganisationsDoNotFindTheCitizenByCprOrName) {
  TestClient ward = client_for(users::ward_a);
  register_at_ward_a(ward, "Søren Hansen", "111280-1235");
  for (const char* user : {users::ward_b, users::staff_a, users::staff_b, users::authority_b}) {
    TestClient other = client_for(user);
    EXPECT_THAT(names_found(other.get(search_path("111280-1235"))), IsEmpty()) << user;
    EXPECT_THAT(names_found(other.get(search_path("s%C3%B8ren"))), IsEmpty()) << user;
  }
  // The authority of the citizen's home municipality finds them.
  TestClient authority = client_for(users::authority_a);
  EXPECT_THAT(names_found(authority.get(search_path("hansen"))), ElementsAre("Søren Hansen"));
}

TEST_F(CitizenSearchTest, AHitNamesTheReferralsAndCoursesTheCallerMayOpen) {
  const SeededCourse seeded =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Åse Brøndum", false);
  TestClient staff = client_for(users::staff_a);
  const HttpResponse found = staff.get(search_path("aase"));
  ASSERT_THAT(names_found(found), ElementsAre("Åse Brøndum"));
  const nlohmann::json& hit = found.json.at("hits").at(0);
  ASSERT_EQ(hit.at("courses").size(), 1u);
  EXPECT_EQ(hit.at("courses").at(0).at("id"), seeded.course_id);
  EXPECT_EQ(hit.at("courses").at(0).at("state"), "phase_1");
  ASSERT_EQ(hit.at("referrals").size(), 1u);
  EXPECT_EQ(hit.at("referrals").at(0).at("id"), seeded.referral_id);
  EXPECT_EQ(hit.at("referrals").at(0).at("state"), "accepted");

  // The ward that referred sees the referral, not the unit's course.
  TestClient ward = client_for(users::ward_a);
  const HttpResponse ward_found = ward.get(search_path("br%C3%B8n"));
  ASSERT_THAT(names_found(ward_found), ElementsAre("Åse Brøndum"));
  EXPECT_EQ(ward_found.json.at("hits").at(0).at("referrals").size(), 1u);
  EXPECT_THAT(ward_found.json.at("hits").at(0).at("courses"), IsEmpty());
}

TEST_F(CitizenSearchTest, EachCitizenShownIsAuditedAsALookUp) {
  TestClient ward = client_for(users::ward_a);
  const std::int64_t id = register_at_ward_a(ward, "Ida Søgt", "111280-1235");
  ASSERT_THAT(names_found(ward.get(search_path("ida"))), ElementsAre("Ida Søgt"));
  TestClient admin = client_for(users::admin);
  const HttpResponse audit = admin.get("/api/v1/audit?citizen_id=" + std::to_string(id));
  ASSERT_EQ(audit.status, 200) << audit.body;
  bool searched = false;
  for (const auto& item : audit.json.at("items"))
    searched = searched || (item.at("action") == "search" && item.at("role") == "ward_staff");
  EXPECT_TRUE(searched) << audit.json.dump(2);
}

TEST_F(CitizenSearchTest, ManyMatchesAreCutAtFiftyAndSaySo) {
  TestClient ward = client_for(users::ward_a);
  for (int i = 0; i < 51; ++i) register_at_ward_a(ward, "Anna Nr " + std::to_string(i), synthetic_cpr(i));
  const HttpResponse found = ward.get(search_path("anna"));
  EXPECT_EQ(names_found(found).size(), 50u);
  EXPECT_EQ(found.json.at("more"), true);
  EXPECT_THAT(names_found(ward.get(search_path("anna+nr+50"))), ElementsAre("Anna Nr 50"));
}

TEST_F(CitizenSearchTest, AQueryWithNothingToSearchForOrHostileBytesIsRefused) {
  TestClient ward = client_for(users::ward_a);
  for (const std::string& query : {std::string(""), std::string("--+%2C"), std::string("%FF%FE"),
                                   std::string("%E2%80%AEabc"), std::string(201, 'a')}) {
    const HttpResponse refused = ward.get(search_path(query));
    EXPECT_EQ(refused.status, 400) << query << " " << refused.body;
    EXPECT_EQ(refused.error_field(), "q") << query;
  }
  EXPECT_EQ(ward.get("/api/v1/citizens").status, 400);
  // Roles that see no citizen cannot search.
  EXPECT_EQ(client_for(users::project_lead).get(search_path("anna")).status, 403);
  EXPECT_EQ(client_for(users::evaluator).get(search_path("anna")).status, 403);
}

}  // namespace
}  // namespace afk::test
