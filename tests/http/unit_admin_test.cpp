// Unit administration through the API: a unit's settings (anonymous stays,
// agreement policy, deadline rules), retiring a place, ending a closure and
// switching off an exclusion question, a cooperation agreement and its
// checklist. Unit leads change their own unit, the
// administrator every unit; writes are version-checked; bad input names the
// field and stores nothing.
#include <memory>

#include "http/api_fixture.hpp"

namespace afk::test {
namespace {

class UnitAdminTest : public ApiTest {
 protected:
  static std::string unit_path(std::int64_t unit_id) { return "/api/v1/units/" + std::to_string(unit_id); }
  static std::string configuration_path(std::int64_t unit_id) {
    return unit_path(unit_id) + "/configuration";
  }

  static nlohmann::json settings(int plan_working_days, nlohmann::json follow_up_months) {
    return {{"allows_anonymous", true},
            {"agreement_policy", "block"},
            {"deadline_rules",
             {{"key_worker_working_days", 3},
              {"plan_working_days", plan_working_days},
              {"status_review_interval_days", 14},
              {"reassessment_months", 6},
              {"follow_up_months", std::move(follow_up_months)}}}};
  }

  static HttpResponse put(TestClient& client, const std::string& target, const nlohmann::json& body,
                          const std::string& etag) {
    HttpRequest request;
    request.method = "PUT";
    request.target = target;
    request.body = body.dump();
    request.if_match = etag;
    return client.send(request);
  }

  // The unit as another role (unit staff of unit A) reads it.
  HttpResponse read_unit(std::int64_t unit_id) {
    if (!reader_) reader_ = std::make_unique<TestClient>(client_for(users::staff_a));
    HttpResponse unit = reader_->get(unit_path(unit_id));
    EXPECT_EQ(unit.status, 200) << unit.body;
    return unit;
  }

  static nlohmann::json place(const nlohmann::json& unit, std::int64_t place_id) {
    for (const auto& candidate : unit.at("places"))
      if (candidate.at("id") == place_id) return candidate;
    return nullptr;
  }

 private:
  std::unique_ptr<TestClient> reader_;
};

TEST_F(UnitAdminTest, UnitLeadConfiguresOwnUnitAndEveryoneSeesIt) {
  TestClient lead = client_for(users::lead_a);
  const HttpResponse before = lead.get(unit_path(world::unit_a));
  ASSERT_EQ(before.status, 200);
  EXPECT_EQ(before.json.at("allows_anonymous"), false);

  const HttpResponse changed =
      put(lead, configuration_path(world::unit_a), settings(0, {1, 6, 12}), before.etag());
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_NE(changed.etag(), before.etag());

  const nlohmann::json unit = read_unit(world::unit_a).json;
  EXPECT_EQ(unit.at("allows_anonymous"), true);
  EXPECT_EQ(unit.at("agreement_policy"), "block");
  EXPECT_EQ(unit.at("deadline_rules").at("plan_working_days"), 0);
  EXPECT_EQ(unit.at("deadline_rules").at("status_review_interval_days"), 14);
  EXPECT_EQ(unit.at("deadline_rules").at("follow_up_months"), nlohmann::json({1, 6, 12}));
  EXPECT_EQ(unit.at("places"), before.json.at("places"));
}

TEST_F(UnitAdminTest, OnlyTheUnitsLeadAndTheAdministratorMayConfigure) {
  TestClient admin = client_for(users::admin);
  const std::string etag_b = admin.get(unit_path(world::unit_b)).etag();
  EXPECT_EQ(put(admin, configuration_path(world::unit_b), settings(5, {1}), etag_b).status, 200);

  TestClient lead_a = client_for(users::lead_a);
  const HttpResponse other_unit = read_unit(world::unit_b);
  EXPECT_EQ(put(lead_a, configuration_path(world::unit_b), settings(7, {2}), other_unit.etag()).status, 404);
  for (const char* user : {users::staff_a, users::authority_a, users::project_lead, users::evaluator}) {
    TestClient client = client_for(user);
    const HttpResponse current = read_unit(world::unit_a);
    EXPECT_EQ(put(client, configuration_path(world::unit_a), settings(7, {2}), current.etag()).status, 403)
        << user;
    EXPECT_EQ(
        client.post(unit_path(world::unit_a) + "/places/1/retire", {{"retired_on", today()}}, current.etag())
            .status,
        403)
        << user;
  }
  EXPECT_EQ(read_unit(world::unit_b).json.at("deadline_rules").at("plan_working_days"), 5);
  EXPECT_EQ(read_unit(world::unit_a).json.at("deadline_rules").at("plan_working_days"), 10) << "unchanged";
}

TEST_F(UnitAdminTest, StaleVersionIsRefusedWith412) {
  TestClient lead = client_for(users::lead_a);
  const HttpResponse original = lead.get(unit_path(world::unit_a));
  ASSERT_EQ(put(lead, configuration_path(world::unit_a), settings(5, {1}), original.etag()).status, 200);
  const HttpResponse stale = put(lead, configuration_path(world::unit_a), settings(9, {2}), original.etag());
  EXPECT_EQ(stale.status, 412) << stale.body;
  EXPECT_EQ(
      lead.post(unit_path(world::unit_a) + "/places/2/retire", {{"retired_on", today()}}, original.etag())
          .status,
      412);
  const nlohmann::json unit = read_unit(world::unit_a).json;
  EXPECT_EQ(unit.at("deadline_rules").at("plan_working_days"), 5);
  EXPECT_EQ(place(unit, 2).at("retired"), false);
}

TEST_F(UnitAdminTest, BadDeadlineRulesNameTheFieldAndStoreNothing) {
  TestClient lead = client_for(users::lead_a);
  const HttpResponse before = lead.get(unit_path(world::unit_a));
  struct Case {
    nlohmann::json body;
    std::string field;
  };
  nlohmann::json unknown = settings(5, {1});
  unknown["deadline_rules"]["plan_days"] = 3;
  nlohmann::json wrong_policy = settings(5, {1});
  wrong_policy["agreement_policy"] = "maybe";
  const Case cases[] = {
      {settings(-1, {1, 3}), "deadline_rules.plan_working_days"},
      {settings(61, {1, 3}), "deadline_rules.plan_working_days"},
      {settings(500, {1, 3}), "deadline_rules.plan_working_days"},
      {settings(5, {3, 1}), "deadline_rules.follow_up_months"},
      {settings(5, {1, 1}), "deadline_rules.follow_up_months"},
      {settings(5, {"1"}), "deadline_rules.follow_up_months[0]"},
      {unknown, "deadline_rules.plan_days"},
      {wrong_policy, "agreement_policy"},
  };
  for (const auto& [body, field] : cases) {
    const HttpResponse refused = put(lead, configuration_path(world::unit_a), body, before.etag());
    EXPECT_EQ(refused.status, 400) << body.dump();
    EXPECT_EQ(refused.error_field(), field) << body.dump();
    EXPECT_FALSE(refused.error_message().empty());
  }
  const HttpResponse after = read_unit(world::unit_a);
  EXPECT_EQ(after.etag(), before.etag());
  EXPECT_EQ(after.json, before.json);
}

TEST_F(UnitAdminTest, RetiresAFreePlaceButNotAnOccupiedOne) {
  const SeededCourse course =
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Test Beboer", true);
  TestClient staff = client_for(users::staff_a);
  const HttpResponse moved_in =
      run_command(staff, course.course_id, "move-in", {{"date", today()}, {"place_kind", "regular"}});
  ASSERT_EQ(moved_in.status, 200) << moved_in.body;
  const std::int64_t occupied_place = moved_in.json.at("place_id");

  TestClient lead = client_for(users::lead_a);
  const HttpResponse before = lead.get(unit_path(world::unit_a));
  const std::string retire_occupied =
      unit_path(world::unit_a) + "/places/" + std::to_string(occupied_place) + "/retire";
  const HttpResponse refused = lead.post(retire_occupied, {{"retired_on", today()}}, before.etag());
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.error_code(), "place_occupied");

  const std::int64_t free_place = occupied_place == 1 ? 2 : 1;
  const std::string retire_free =
      unit_path(world::unit_a) + "/places/" + std::to_string(free_place) + "/retire";
  EXPECT_EQ(lead.post(retire_free, {{"retired_on", "01-12-2026"}}, before.etag()).error_field(),
            "retired_on");
  const HttpResponse retired = lead.post(retire_free, {{"retired_on", today()}}, before.etag());
  ASSERT_EQ(retired.status, 200) << retired.body;
  const nlohmann::json unit = read_unit(world::unit_a).json;
  EXPECT_EQ(place(unit, free_place).at("retired"), true);
  EXPECT_EQ(place(unit, free_place).at("retired_on"), today());
  EXPECT_EQ(place(unit, occupied_place).at("retired"), false);

  const HttpResponse again = lead.post(retire_free, {{"retired_on", today()}}, retired.etag());
  EXPECT_EQ(again.error_code(), "place_already_retired");
  EXPECT_EQ(
      lead.post(unit_path(world::unit_a) + "/places/99/retire", {{"retired_on", today()}}, retired.etag())
          .status,
      404);
}

TEST_F(UnitAdminTest, EndsAnOpenClosure) {
  TestClient lead = client_for(users::lead_a);
  const HttpResponse before = lead.get(unit_path(world::unit_a));
  const HttpResponse closed = lead.post(
      unit_path(world::unit_a) + "/place-closures",
      {{"place_id", 2}, {"from", today()}, {"to", nullptr}, {"reason", "Vandskade"}}, before.etag());
  ASSERT_EQ(closed.status, 200) << closed.body;
  const std::int64_t closure_id = place(closed.json, 2).at("closures").at(0).at("id");
  const std::string end_path =
      unit_path(world::unit_a) + "/place-closures/" + std::to_string(closure_id) + "/end";

  const HttpResponse too_early = lead.post(end_path, {{"to", days_from_today(-1)}}, closed.etag());
  EXPECT_EQ(too_early.status, 400);
  EXPECT_EQ(too_early.error_field(), "to");
  EXPECT_TRUE(place(read_unit(world::unit_a).json, 2).at("closures").at(0).at("to").is_null());

  const HttpResponse ended = lead.post(end_path, {{"to", days_from_today(3)}}, closed.etag());
  ASSERT_EQ(ended.status, 200) << ended.body;
  EXPECT_EQ(place(read_unit(world::unit_a).json, 2).at("closures").at(0).at("to"), days_from_today(3));
  EXPECT_EQ(
      lead.post(unit_path(world::unit_a) + "/place-closures/999/end", {{"to", today()}}, ended.etag()).status,
      404);
}

TEST_F(UnitAdminTest, SwitchesAnExclusionQuestionOff) {
  TestClient admin = client_for(users::admin);
  const HttpResponse before = admin.get(unit_path(world::unit_b));
  const HttpResponse added =
      admin.post(unit_path(world::unit_b) + "/exclusion-criteria",
                 {{"question", "Er demens den primære problemstilling?"}}, before.etag());
  ASSERT_EQ(added.status, 200) << added.body;
  const std::int64_t criterion_id = added.json.at("exclusion_criteria").at(0).at("id");
  const std::string active_path =
      unit_path(world::unit_b) + "/exclusion-criteria/" + std::to_string(criterion_id) + "/active";
  EXPECT_EQ(put(admin, active_path, {{"active", "nej"}}, added.etag()).error_field(), "active");
  const HttpResponse off = put(admin, active_path, {{"active", false}}, added.etag());
  ASSERT_EQ(off.status, 200) << off.body;
  EXPECT_EQ(read_unit(world::unit_b).json.at("exclusion_criteria").at(0).at("active"), false);
}

TEST_F(UnitAdminTest, TheLeadMakesAnAgreementChecksItsPointsAndEndsIt) {
  TestClient lead = client_for(users::lead_a);
  const std::string agreements = unit_path(world::unit_a) + "/agreements";
  const HttpResponse created =
      lead.post(agreements, {{"region_id", world::region}, {"valid_from", "2026-01-01"}});
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json.at("checklist").size(), 6u) << "six points, none agreed yet";
  EXPECT_EQ(created.json.at("checklist").at(0).at("agreed"), false);
  const std::string agreement = "/api/v1/agreements/" + created.json.at("id").dump();

  const HttpResponse checked =
      lead.post(agreement + "/points", {{"point", "readmission"}, {"agreed", true}, {"note", "Ring til P3"}},
                created.etag());
  ASSERT_EQ(checked.status, 200) << checked.body;
  const HttpResponse stale =
      lead.post(agreement + "/points", {{"point", "readmission"}, {"agreed", false}}, created.etag());
  EXPECT_EQ(stale.status, 412) << "a colleague's check is not overwritten";

  const HttpResponse ended = lead.post(
      agreement + "/period", {{"valid_from", "2026-01-01"}, {"valid_to", "2026-01-31"}}, checked.etag());
  ASSERT_EQ(ended.status, 200) << ended.body;
  EXPECT_EQ(ended.json.at("valid_to"), "2026-01-31");
  const HttpResponse listed = lead.get(agreements);
  ASSERT_EQ(listed.status, 200) << listed.body;
  ASSERT_EQ(listed.json.at("items").size(), 1u);
  EXPECT_EQ(listed.json.at("items").at(0).at("active_today"), false) << "ended before today";
  bool readmission_agreed = false;
  for (const auto& point : listed.json.at("items").at(0).at("checklist"))
    if (point.at("point") == "readmission") readmission_agreed = point.at("agreed").get<bool>();
  EXPECT_TRUE(readmission_agreed);
}

}  // namespace
}  // namespace afk::test
