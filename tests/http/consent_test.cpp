// Consent is a record with effect: without the citizen's consent to share
// the referral, the unit sees what plans a place (age, ward, support
// situation, dates) and is refused the person (403 consent_missing,
// audited); recording consent opens the rest at once, withdrawing closes it
// at once; "cannot take a position" needs a legal basis; an actor's contact
// details are shown only with consent to share with that actor.
#include <gmock/gmock.h>

#include "http/api_fixture.hpp"

namespace afk::test {
namespace {

class ConsentTest : public ApiTest {
 protected:
  // A referral from ward A to unit A, with or without consent to share.
  std::pair<std::int64_t, std::int64_t> refer(bool consent) {
    TestClient ward = client_for(users::ward_a);
    const HttpResponse citizen =
        ward.post("/api/v1/citizens",
                  {{"name", "Sofie Samtykke"}, {"cpr", "250947-9989"}, {"home_municipality_id", 1}});
    const std::int64_t citizen_id = citizen.json.at("id");
    const HttpResponse referral =
        ward.post("/api/v1/referrals", {{"unit_id", world::unit_a},
                                        {"citizen_id", citizen_id},
                                        {"ward_id", world::ward_a},
                                        {"referred_on", today()},
                                        {"reason", "Udskrives uden bolig."},
                                        {"support_situation", "none_needs_support"},
                                        {"substance_use", "active"},
                                        {"substance_use_note", "Hash dagligt."},
                                        {"risk_history", "Trusler mod personale i 2024."},
                                        {"consent_to_share_with_unit", consent}});
    EXPECT_EQ(referral.status, 201) << referral.body;
    return {citizen_id, referral.json.at("id")};
  }
  static std::string consents_path(std::int64_t citizen_id) {
    return "/api/v1/citizens/" + std::to_string(citizen_id) + "/consents";
  }
  std::int64_t consent_refusals() {
    auto connection = server().pool().acquire();
    return connection->query("SELECT COUNT(*) FROM audit_log WHERE reason = 'consent_missing'")
        .front()
        .integer(0);
  }
};

TEST_F(ConsentTest, WithoutConsentTheUnitSeesOnlyWhatPlansAPlace) {
  const auto [citizen_id, referral_id] = refer(false);
  TestClient staff = client_for(users::staff_a);
  const std::string referral_path = "/api/v1/referrals/" + std::to_string(referral_id);

  const HttpResponse limited = staff.get(referral_path);
  ASSERT_EQ(limited.status, 200) << limited.body;
  EXPECT_TRUE(limited.json.at("limited_by_consent").get<bool>());
  EXPECT_TRUE(limited.json.at("citizen_name").is_null());
  EXPECT_EQ(limited.json.at("reason"), "");
  EXPECT_EQ(limited.json.at("risk_history"), "");
  EXPECT_EQ(limited.json.at("substance_use_note"), "");
  EXPECT_EQ(limited.json.at("support_situation"), "none_needs_support") << "what plans a place stays";
  EXPECT_EQ(limited.json.at("ward_id"), world::ward_a);
  EXPECT_EQ(limited.json.at("referred_on"), today());
  EXPECT_TRUE(limited.json.at("citizen_age").is_number());
  const HttpResponse listed = staff.get("/api/v1/referrals");  // kept: the loop reads into it
  for (const auto& item : listed.json.at("items"))
    EXPECT_EQ(item.at("risk_history"), "") << "the list hides it too";

  const HttpResponse person = staff.get("/api/v1/citizens/" + std::to_string(citizen_id));
  EXPECT_EQ(person.status, 403);
  EXPECT_EQ(person.error_code(), "consent_missing");
  EXPECT_EQ(consent_refusals(), 1) << "the refusal is audited";

  // The ward sees what it wrote.
  TestClient ward = client_for(users::ward_a);
  EXPECT_EQ(ward.get(referral_path).json.at("risk_history"), "Trusler mod personale i 2024.");

  // The unit records the consent it obtained itself: everything opens at once.
  const HttpResponse given = staff.post(
      consents_path(citizen_id), {{"purpose", "share_with_unit"}, {"status", "given"}, {"form", "written"}});
  ASSERT_EQ(given.status, 201) << given.body;
  EXPECT_TRUE(given.json.at("in_force").at("share_with_unit").at("covered").get<bool>());
  const HttpResponse full = staff.get(referral_path);
  EXPECT_FALSE(full.json.at("limited_by_consent").get<bool>());
  EXPECT_EQ(full.json.at("citizen_name"), "Sofie Samtykke");
  EXPECT_EQ(full.json.at("risk_history"), "Trusler mod personale i 2024.");
  EXPECT_EQ(staff.get("/api/v1/citizens/" + std::to_string(citizen_id)).status, 200);

  // Withdrawn: hidden again on the very next request.
  ASSERT_EQ(staff
                .post(consents_path(citizen_id),
                      {{"purpose", "share_with_unit"}, {"status", "withdrawn"}, {"form", "oral"}})
                .status,
            201);
  EXPECT_TRUE(staff.get(referral_path).json.at("citizen_name").is_null());
  EXPECT_EQ(staff.get("/api/v1/citizens/" + std::to_string(citizen_id)).error_code(), "consent_missing");

  // The history keeps every record, newest first, with who recorded it.
  const HttpResponse history = ward.get(consents_path(citizen_id));
  ASSERT_EQ(history.status, 200) << history.body;
  ASSERT_EQ(history.json.at("items").size(), 2u);
  EXPECT_EQ(history.json.at("items")[0].at("status"), "withdrawn");
  EXPECT_EQ(history.json.at("items")[1].at("form"), "written");
  EXPECT_FALSE(history.json.at("items")[1].at("recorded_by").is_null());
}

TEST_F(ConsentTest, ACourseWithoutConsentIsListedWithWhatPlansAPlaceOnly) {
  const std::int64_t referral_id = refer(false).second;
  const std::string referral_path = "/api/v1/referrals/" + std::to_string(referral_id);
  TestClient lead = client_for(users::lead_a);
  const HttpResponse current = lead.get(referral_path);
  const HttpResponse accepted =
      lead.post(referral_path + "/commands/accept", {{"decided_on", today()}}, current.etag());
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  EXPECT_EQ(accepted.json.at("referral").at("risk_history"), "") << "the decision's answer hides it too";

  TestClient staff = client_for(users::staff_a);
  const HttpResponse listed = staff.get("/api/v1/courses");
  ASSERT_EQ(listed.status, 200) << listed.body;
  nlohmann::json course;
  for (const auto& item : listed.json.at("items"))
    if (item.at("referral_id") == referral_id) course = item;
  ASSERT_TRUE(course.is_object()) << listed.body;
  EXPECT_TRUE(course.at("limited_by_consent").get<bool>());
  EXPECT_EQ(course.at("state"), "phase_1") << "what plans a place stays";
  EXPECT_EQ(course.at("accepted_on"), today());
  EXPECT_TRUE(course.at("citizen").at("name").is_null());
  EXPECT_TRUE(course.at("citizen").at("age").is_number());
  EXPECT_TRUE(course.at("tasks").empty()) << "nothing written about the person";
  EXPECT_TRUE(course.at("legal_commands").empty()) << "no work on the course without consent";

  const HttpResponse one = staff.get("/api/v1/courses/" + course.at("id").dump());
  EXPECT_EQ(one.status, 403);
  EXPECT_EQ(one.error_code(), "consent_missing");
}

TEST_F(ConsentTest, TheWardFollowsTheCourseOnlyWithConsentToShareBack) {
  const auto [citizen_id, referral_id] = refer(true);  // shared with the unit, not back with the ward
  const std::string referral_path = "/api/v1/referrals/" + std::to_string(referral_id);
  TestClient lead = client_for(users::lead_a);
  const HttpResponse current = lead.get(referral_path);
  ASSERT_EQ(lead.post(referral_path + "/commands/accept", {{"decided_on", today()}}, current.etag()).status,
            200);

  TestClient ward = client_for(users::ward_a);
  const HttpResponse withheld = ward.get(referral_path);
  EXPECT_EQ(withheld.json.at("state"), "accepted") << "the answer to the ward's own referral";
  EXPECT_TRUE(withheld.json.at("outcome_withheld").get<bool>());
  EXPECT_TRUE(withheld.json.at("course").is_null()) << withheld.body;
  ASSERT_EQ(ward.post(consents_path(citizen_id),
                      {{"purpose", "share_back_with_ward"}, {"status", "given"}, {"form", "oral"}})
                .status,
            201);
  const HttpResponse shared = ward.get(referral_path);
  EXPECT_FALSE(shared.json.at("outcome_withheld").get<bool>());
  EXPECT_TRUE(shared.json.at("course").is_object()) << shared.body;
}

TEST_F(ConsentTest, ALegalBasisStandsInWhenTheCitizenCannotTakeAPosition) {
  const auto [citizen_id, referral_id] = refer(false);
  TestClient authority = client_for(users::authority_a);
  const HttpResponse without_basis =
      authority.post(consents_path(citizen_id),
                     {{"purpose", "share_with_unit"}, {"status", "cannot_take_position"}, {"form", "oral"}});
  EXPECT_EQ(without_basis.status, 400);
  EXPECT_EQ(without_basis.error_field(), "legal_basis");
  const HttpResponse basis_on_given =
      authority.post(consents_path(citizen_id), {{"purpose", "share_with_unit"},
                                                 {"status", "given"},
                                                 {"form", "oral"},
                                                 {"legal_basis", "Rsl. § 12 c"}});
  EXPECT_EQ(basis_on_given.status, 400);
  const HttpResponse nothing_to_withdraw = authority.post(
      consents_path(citizen_id), {{"purpose", "share_with_unit"}, {"status", "withdrawn"}, {"form", "oral"}});
  EXPECT_EQ(nothing_to_withdraw.status, 422);
  EXPECT_EQ(server().count_rows("consents"), 0) << "bad input changes nothing";

  const HttpResponse basis =
      authority.post(consents_path(citizen_id), {{"purpose", "share_with_unit"},
                                                 {"status", "cannot_take_position"},
                                                 {"form", "written"},
                                                 {"legal_basis", "Retssikkerhedsloven § 12 c"}});
  ASSERT_EQ(basis.status, 201) << basis.body;
  TestClient staff = client_for(users::staff_a);
  EXPECT_EQ(staff.get("/api/v1/referrals/" + std::to_string(referral_id)).json.at("citizen_name"),
            "Sofie Samtykke");
}

TEST_F(ConsentTest, AnActorsContactIsShownOnlyWithConsentToShareWithThatActor) {
  const SeededCourse course =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Aksel Aktør", false);
  TestClient staff = client_for(users::staff_a);
  const HttpResponse added = run_command(staff, course.course_id, "add-actor",
                                         {{"kind", "jobcenter"},
                                          {"name", "Jobcenter Øst"},
                                          {"contact", "jobcenter@example.invalid"},
                                          {"consent_to_share", false}});
  ASSERT_EQ(added.status, 200) << added.body;
  const auto& actor = added.json.at("actors")[0];
  EXPECT_EQ(actor.at("contact"), "") << "no consent: no contact details";
  EXPECT_FALSE(actor.at("consent_in_force").get<bool>());

  const HttpResponse consented =
      staff.post(consents_path(course.citizen_id), {{"purpose", "share_with_actor"},
                                                    {"course_id", course.course_id},
                                                    {"actor_id", actor.at("id")},
                                                    {"status", "given"},
                                                    {"form", "oral"}});
  ASSERT_EQ(consented.status, 201) << consented.body;
  const HttpResponse shown = staff.get(course_path(course.course_id));
  EXPECT_EQ(shown.json.at("actors")[0].at("contact"), "jobcenter@example.invalid");

  const HttpResponse unknown_actor =
      staff.post(consents_path(course.citizen_id), {{"purpose", "share_with_actor"},
                                                    {"course_id", course.course_id},
                                                    {"actor_id", 999},
                                                    {"status", "given"},
                                                    {"form", "oral"}});
  EXPECT_EQ(unknown_actor.status, 400);
  EXPECT_EQ(unknown_actor.error_field(), "actor_id");
}

TEST_F(ConsentTest, TheBoardShowsNoNameWithoutConsent) {
  const SeededCourse course =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Bo Board", true);
  TestClient staff = client_for(users::staff_a);
  const auto name_on_board = [&]() -> nlohmann::json {
    const HttpResponse board = staff.get("/api/v1/units/1/board");
    for (const char* list : {"incoming", "waiting_list"})
      for (const auto& entry : board.json.at(list))
        if (entry.at("course_id") == course.course_id) return entry.at("citizen_name");
    ADD_FAILURE() << board.body;
    return "missing";
  };
  EXPECT_EQ(name_on_board(), "Bo Board");
  ASSERT_EQ(staff
                .post(consents_path(course.citizen_id),
                      {{"purpose", "share_with_unit"}, {"status", "withdrawn"}, {"form", "oral"}})
                .status,
            201);
  EXPECT_TRUE(name_on_board().is_null());
  EXPECT_EQ(staff.get(course_path(course.course_id)).error_code(), "consent_missing");
}

TEST_F(ConsentTest, EveryConsentRecordedWithTheReferralIsInTheAuditLog) {
  TestClient ward = client_for(users::ward_a);
  const HttpResponse citizen = ward.post(
      "/api/v1/citizens", {{"name", "To Samtykker"}, {"cpr", "250947-9989"}, {"home_municipality_id", 1}});
  nlohmann::json body = referral_to_unit_a(citizen.json.at("id"));
  body["consent_to_share_back_with_ward"] = true;
  const HttpResponse referral = ward.post("/api/v1/referrals", body);
  ASSERT_EQ(referral.status, 201) << referral.body;
  // Two consents of one citizen in one request: one entry naming both records.
  auto connection = server().pool().acquire();
  const auto rows = connection->query(
      "SELECT subjects FROM audit_log WHERE action = 'create' AND entity = 'consent' ORDER BY id DESC LIMIT "
      "1");
  ASSERT_EQ(rows.size(), 1u);
  const std::string subjects = rows[0].text(0);
  EXPECT_EQ(std::count(subjects.begin(), subjects.end(), ','), 1) << subjects;
}

}  // namespace
}  // namespace afk::test
