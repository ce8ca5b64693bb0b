// Questionnaires through the API: the catalogue, an administrator's own
// scale and text edits, answering with validation and scoring, access per
// role, audit, and the paired-change report with small-cell suppression and
// the Danish CSV download.
#include <gmock/gmock.h>

#include <cmath>

#include "http/api_fixture.hpp"
#include "store/questionnaire_repository.hpp"

namespace afk::test {
namespace {

nlohmann::json who5_answers(std::vector<int> values) {
  nlohmann::json answers = nlohmann::json::array();
  for (std::size_t i = 0; i < values.size(); ++i)
    answers.push_back({{"item_code", "who5_" + std::to_string(i + 1)}, {"value", values[i]}});
  return answers;
}

nlohmann::json who5_body(const std::string& time_point, std::vector<int> values) {
  return {
      {"instrument_code", "who5"}, {"time_point", time_point}, {"answers", who5_answers(std::move(values))}};
}

class QuestionnaireApiTest : public ApiTest {
 protected:
  QuestionnaireApiTest() {
    auto connection = server().pool().acquire();
    store::ensure_builtin_instruments(*connection);
  }

  SeededCourse course_in_unit_a(const std::string& name) {
    return server().seed_course(world::unit_a, world::ward_a, world::municipality_a, name, true);
  }
  static std::string responses_path(std::int64_t course_id) { return course_path(course_id) + "/responses"; }

  std::int64_t audit_rows(const std::string& action, std::int64_t citizen_id, const std::string& outcome,
                          const std::string& entity = "questionnaire_responses") {
    auto connection = server().pool().acquire();
    return connection
        ->query(
            "SELECT COUNT(*) FROM audit_log WHERE action = ? AND (',' || subjects) LIKE ? AND outcome = ? "
            "AND "
            "entity = ?",
            {action, "%," + std::to_string(citizen_id) + ":%", outcome, entity})
        .front()
        .integer(0);
  }

  // Admin's PUT with If-Match.
  HttpResponse put(TestClient& client, const std::string& target, const nlohmann::json& body,
                   const std::string& etag) {
    HttpRequest request;
    request.method = "PUT";
    request.target = target;
    request.body = body.dump();
    request.if_match = etag;
    return client.send(request);
  }
};

TEST_F(QuestionnaireApiTest, CatalogueShipsWho5AndBriefInspireForEveryRole) {
  for (const char* user : {users::ward_a, users::staff_a, users::evaluator, users::admin}) {
    TestClient client = client_for(user);
    const HttpResponse listed = client.get("/api/v1/instruments");
    ASSERT_EQ(listed.status, 200) << user << listed.body;
    std::vector<std::string> codes;
    for (const auto& item : listed.json.at("items")) codes.push_back(item.at("code"));
    EXPECT_THAT(codes, ::testing::ElementsAre("who5", "brief_inspire")) << user;
  }
  TestClient staff = client_for(users::staff_a);
  const auto who5 = staff.get("/api/v1/instruments").json.at("items").at(0).at("definition");
  EXPECT_EQ(who5.at("rule"), "sum_times_factor");
  EXPECT_EQ(who5.at("factor"), 4.0);
  EXPECT_EQ(who5.at("minimum_answered"), 5);
  EXPECT_EQ(who5.at("time_points"), nlohmann::json({"move_in", "move_out", "follow_up"}));
  EXPECT_EQ(who5.at("items").at(0).at("text_da"), "… har jeg været glad og i godt humør");
}

TEST_F(QuestionnaireApiTest, WorkedExampleWho5ScoresFiftyTwoAndIsAudited) {
  const SeededCourse course = course_in_unit_a("Vera Velvære");
  TestClient staff = client_for(users::staff_a);
  const HttpResponse created =
      staff.post(responses_path(course.course_id), who5_body("move_in", {3, 2, 4, 1, 3}));
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json.at("score").at("raw"), 13.0);
  EXPECT_EQ(created.json.at("score").at("score"), 52.0);
  EXPECT_EQ(created.json.at("score").at("answered"), 5);
  EXPECT_TRUE(created.json.at("score").at("thresholds_met").empty()) << "52 is neither poor nor depression";
  EXPECT_EQ(created.json.at("answered_on"), today());
  EXPECT_EQ(audit_rows("create", course.citizen_id, "ok"), 1);

  // 2,2,2,1,1 → 32: poor wellbeing, not possible depression.
  const HttpResponse poor =
      staff.post(responses_path(course.course_id), who5_body("move_out", {2, 2, 2, 1, 1}));
  ASSERT_EQ(poor.status, 201) << poor.body;
  EXPECT_EQ(poor.json.at("score").at("thresholds_met"), nlohmann::json({"poor_wellbeing"}));

  const HttpResponse listed = staff.get(responses_path(course.course_id));
  ASSERT_EQ(listed.status, 200) << listed.body;
  ASSERT_EQ(listed.json.at("items").size(), 2u);
  EXPECT_EQ(listed.json.at("items").at(0).at("score").at("score"), 52.0);
  EXPECT_EQ(listed.json.at("items").at(0).at("time_point"), "move_in");
  EXPECT_EQ(audit_rows("read", course.citizen_id, "ok"), 1);
}

// The server says which time point is due now; the screens compute nothing of it.
TEST_F(QuestionnaireApiTest, TheCoursesAnswersSayWhichTimePointIsDueNow) {
  const SeededCourse course = course_in_unit_a("Dorte Due");
  TestClient staff = client_for(users::staff_a);
  auto who5_due = [&]() {
    const HttpResponse listed = staff.get(responses_path(course.course_id));
    EXPECT_EQ(listed.status, 200) << listed.body;
    for (const auto& instrument : listed.json.at("due"))
      if (instrument.at("instrument_code") == "who5") return instrument.at("time_points");
    ADD_FAILURE() << "WHO-5 is not listed: " << listed.body;
    return nlohmann::json();
  };
  // On the ward (phase 1) nothing is asked about the stay yet; from the move-in it is.
  EXPECT_EQ(who5_due().at(0).at("status"), "upcoming");
  ASSERT_EQ(
      staff
          .post(command_path(course.course_id, "move-in"), {{"date", today()}, {"place_kind", "regular"}},
                staff.get(course_path(course.course_id)).etag())
          .status,
      200);
  const nlohmann::json before = who5_due();
  ASSERT_EQ(before.size(), 3u) << before;
  EXPECT_EQ(before.at(0).at("time_point"), "move_in");
  EXPECT_EQ(before.at(0).at("status"), "due");
  EXPECT_EQ(before.at(0).at("latest_response_id"), nullptr);
  EXPECT_EQ(before.at(1).at("status"), "upcoming") << "move-out is due from phase 3";

  const HttpResponse created =
      staff.post(responses_path(course.course_id), who5_body("move_in", {3, 2, 4, 1, 3}));
  ASSERT_EQ(created.status, 201) << created.body;
  const nlohmann::json after = who5_due();
  EXPECT_EQ(after.at(0).at("status"), "answered");
  EXPECT_EQ(after.at(0).at("latest_response_id"), created.json.at("id"));
}

TEST_F(QuestionnaireApiTest, BriefInspireScoresTheMeanOfAnsweredItems) {
  const SeededCourse course = course_in_unit_a("Ib Inspire");
  TestClient staff = client_for(users::lead_a);
  auto body = [](std::vector<std::optional<int>> values) {
    const char* items[] = {"inspire_connectedness", "inspire_hope", "inspire_identity", "inspire_meaning",
                           "inspire_empowerment"};
    nlohmann::json answers = nlohmann::json::array();
    for (std::size_t i = 0; i < values.size(); ++i)
      answers.push_back(
          {{"item_code", items[i]}, {"value", values[i] ? nlohmann::json(*values[i]) : nlohmann::json()}});
    return nlohmann::json{
        {"instrument_code", "brief_inspire"}, {"time_point", "move_in"}, {"answers", answers}};
  };
  // Asked at the follow-up as well, where the questionnaire-change report looks for it.
  nlohmann::json at_follow_up = body({3, 3, 3, 3, 3});
  at_follow_up["time_point"] = "follow_up";
  const HttpResponse follow_up = staff.post(responses_path(course.course_id), at_follow_up);
  ASSERT_EQ(follow_up.status, 201) << follow_up.body;
  EXPECT_EQ(follow_up.json.at("time_point"), "follow_up");
  EXPECT_EQ(follow_up.json.at("score").at("score"), 75.0);
  const HttpResponse full = staff.post(responses_path(course.course_id), body({4, 3, 2, 3, 4}));
  ASSERT_EQ(full.status, 201) << full.body;
  EXPECT_EQ(full.json.at("score").at("score"), 80.0);
  const HttpResponse four = staff.post(responses_path(course.course_id), body({4, 4, std::nullopt, 2, 2}));
  ASSERT_EQ(four.status, 201) << four.body;
  EXPECT_EQ(four.json.at("score").at("score"), 75.0);
  // Three answered: kept (drop-out stays visible) but without a score.
  const HttpResponse three =
      staff.post(responses_path(course.course_id), body({4, std::nullopt, std::nullopt, 2, 2}));
  ASSERT_EQ(three.status, 201) << three.body;
  EXPECT_TRUE(three.json.at("score").is_null());
  EXPECT_THAT(three.json.at("score_note_da").get<std::string>(), ::testing::HasSubstr("mindst 4"));
  EXPECT_EQ(server().count_rows("questionnaire_responses"), 4);
}

TEST_F(QuestionnaireApiTest, InvalidAnswersAreRefusedNamingTheFieldAndNothingIsStored) {
  const SeededCourse course = course_in_unit_a("Ulla Ugyldig");
  TestClient staff = client_for(users::staff_a);
  const HttpResponse out_of_range =
      staff.post(responses_path(course.course_id), who5_body("move_in", {3, 2, 6, 1, 3}));
  EXPECT_EQ(out_of_range.status, 400) << out_of_range.body;
  EXPECT_EQ(out_of_range.error_code(), "value_out_of_range");
  EXPECT_EQ(out_of_range.error_field(), "answers[2].value");
  EXPECT_THAT(out_of_range.error_message(), ::testing::HasSubstr("who5_3"));

  nlohmann::json unknown_item = who5_body("move_in", {3, 2, 4, 1, 3});
  unknown_item["answers"][4]["item_code"] = "who5_9";
  const HttpResponse unknown = staff.post(responses_path(course.course_id), unknown_item);
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.error_field(), "answers[4].item_code");

  const HttpResponse monthly =
      staff.post(responses_path(course.course_id), who5_body("monthly", {3, 2, 4, 1, 3}));
  EXPECT_EQ(monthly.status, 400);
  EXPECT_EQ(monthly.error_field(), "time_point");

  nlohmann::json wrong_type = who5_body("move_in", {3, 2, 4, 1, 3});
  wrong_type["answers"][1]["value"] = "to";
  const HttpResponse typed = staff.post(responses_path(course.course_id), wrong_type);
  EXPECT_EQ(typed.status, 400);
  EXPECT_EQ(typed.error_field(), "answers[1].value");

  nlohmann::json future = who5_body("move_in", {3, 2, 4, 1, 3});
  future["answered_on"] = days_from_today(1);
  EXPECT_EQ(staff.post(responses_path(course.course_id), future).error_field(), "answered_on");

  nlohmann::json extra = who5_body("move_in", {3, 2, 4, 1, 3});
  extra["note"] = "x";
  EXPECT_EQ(staff.post(responses_path(course.course_id), extra).error_code(), "unknown_field");

  EXPECT_EQ(staff
                .post(responses_path(course.course_id), {{"instrument_code", "phq9"},
                                                         {"time_point", "move_in"},
                                                         {"answers", nlohmann::json::array()}})
                .error_field(),
            "instrument_code");
  EXPECT_EQ(server().count_rows("questionnaire_responses"), 0);
}

TEST_F(QuestionnaireApiTest, OnlyTheCoursesUnitAnswersAndOnlyItsScopeReads) {
  const SeededCourse course = course_in_unit_a("Aase Adgang");
  const std::string path = responses_path(course.course_id);
  TestClient other_unit = client_for(users::staff_b);
  const HttpResponse refused = other_unit.post(path, who5_body("move_in", {3, 2, 4, 1, 3}));
  // Another unit's course answers as if it did not exist, and the attempt is audited.
  EXPECT_EQ(refused.status, 404);
  EXPECT_EQ(refused.error_code(), "not_found");
  EXPECT_EQ(audit_rows("record_response", course.citizen_id, "refused", "course"), 1);
  EXPECT_EQ(other_unit.get(path).status, 404);

  for (const char* user :
       {users::ward_a, users::authority_a, users::evaluator, users::admin, users::project_lead}) {
    TestClient client = client_for(user);
    const HttpResponse answer = client.post(path, who5_body("move_in", {3, 2, 4, 1, 3}));
    EXPECT_EQ(answer.status, 403) << user;
    EXPECT_EQ(answer.error_code(), "role_not_allowed") << user;
  }
  EXPECT_EQ(server().count_rows("questionnaire_responses"), 0);

  TestClient authority = client_for(users::authority_a);
  EXPECT_EQ(authority.get(path).status, 200) << "the authority reads its own citizens' answers";
  TestClient other_authority = client_for(users::authority_b);
  EXPECT_EQ(other_authority.get(path).status, 404);
  TestClient evaluator = client_for(users::evaluator);
  EXPECT_EQ(evaluator.get(path).error_code(), "role_not_allowed") << "no person-level data for the evaluator";
}

nlohmann::json life_areas_definition() {
  nlohmann::json items = nlohmann::json::array();
  for (int i = 1; i <= 10; ++i)
    items.push_back({{"code", "area_" + std::to_string(i)}, {"text_da", "Livsområde " + std::to_string(i)}});
  nlohmann::json options = nlohmann::json::array();
  for (int v = 1; v <= 10; ++v) options.push_back({{"value", v}, {"label_da", std::to_string(v)}});
  return {{"code", "unit1_life_areas"},
          {"name_da", "Livsområder"},
          {"introduction_da", "Hvordan går det med …"},
          {"items", items},
          {"options", options},
          {"min_value", 1},
          {"max_value", 10},
          {"rule", "mean_times_factor"},
          {"factor", 1},
          {"minimum_answered", 8},
          {"time_points", {"monthly"}},
          {"thresholds", nlohmann::json::array()},
          {"relevant_change", 1}};
}

TEST_F(QuestionnaireApiTest, AdministratorAddsAUnitsOwnScaleWhichThatUnitUses) {
  TestClient admin = client_for(users::admin);
  TestClient staff = client_for(users::staff_a);
  EXPECT_EQ(staff.post("/api/v1/instruments", {{"definition", life_areas_definition()}}).status, 403);

  nlohmann::json broken = life_areas_definition();
  broken["minimum_answered"] = 11;
  const HttpResponse invalid =
      admin.post("/api/v1/instruments", {{"definition", broken}, {"unit_id", world::unit_a}});
  EXPECT_EQ(invalid.status, 400) << invalid.body;
  EXPECT_EQ(invalid.error_field(), "definition.minimum_answered");
  broken = life_areas_definition();
  broken["items"][3].erase("text_da");
  EXPECT_EQ(admin.post("/api/v1/instruments", {{"definition", broken}}).error_field(),
            "definition.items[3].text_da");

  const HttpResponse created = admin.post(
      "/api/v1/instruments", {{"definition", life_areas_definition()}, {"unit_id", world::unit_a}});
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json.at("unit_id"), world::unit_a);
  EXPECT_EQ(admin.post("/api/v1/instruments", {{"definition", life_areas_definition()}}).status, 409);

  auto codes_for = [](TestClient& client) {
    std::vector<std::string> codes;
    const HttpResponse listed = client.get("/api/v1/instruments");  // alive for the loop
    for (const auto& item : listed.json.at("items")) codes.push_back(item.at("code"));
    return codes;
  };
  EXPECT_THAT(codes_for(staff), ::testing::Contains("unit1_life_areas"));
  TestClient other_unit = client_for(users::staff_b);
  EXPECT_THAT(codes_for(other_unit), ::testing::Not(::testing::Contains("unit1_life_areas")));

  const SeededCourse course = course_in_unit_a("Liv Område");
  nlohmann::json answers = nlohmann::json::array();
  for (int i = 1; i <= 10; ++i) answers.push_back({{"item_code", "area_" + std::to_string(i)}, {"value", i}});
  const HttpResponse answered =
      staff.post(responses_path(course.course_id),
                 {{"instrument_code", "unit1_life_areas"}, {"time_point", "monthly"}, {"answers", answers}});
  ASSERT_EQ(answered.status, 201) << answered.body;
  EXPECT_DOUBLE_EQ(answered.json.at("score").at("score").get<double>(), 5.5);
}

TEST_F(QuestionnaireApiTest, TextsMayBeEditedButNotWhatScoresAnswers) {
  TestClient admin = client_for(users::admin);
  const auto who5 = admin.get("/api/v1/instruments").json.at("items").at(0);
  const std::string path = "/api/v1/instruments/" + std::to_string(who5.at("id").get<std::int64_t>());
  nlohmann::json definition = who5.at("definition");
  definition["items"][0]["text_da"] = "… har jeg været glad (ny licenseret ordlyd)";
  definition["options"][0]["label_da"] = "Altid";

  nlohmann::json rescored = definition;
  rescored["max_value"] = 6;
  const HttpResponse refused = put(admin, path, {{"definition", rescored}}, "\"1\"");
  EXPECT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.error_code(), "scoring_change_not_allowed");
  EXPECT_EQ(refused.error_field(), "definition.max_value");
  rescored = definition;
  rescored["items"][1]["code"] = "who5_x";
  EXPECT_EQ(put(admin, path, {{"definition", rescored}}, "\"1\"").error_field(), "definition.items[1].code");

  const HttpResponse edited = put(admin, path, {{"definition", definition}}, "\"1\"");
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(edited.json.at("version"), 2);
  EXPECT_EQ(edited.etag(), "\"2\"");
  EXPECT_EQ(put(admin, path, {{"definition", definition}}, "\"1\"").status, 412) << "stale If-Match";

  TestClient staff = client_for(users::staff_a);
  EXPECT_EQ(staff.get("/api/v1/instruments")
                .json.at("items")
                .at(0)
                .at("definition")
                .at("items")
                .at(0)
                .at("text_da"),
            "… har jeg været glad (ny licenseret ordlyd)");
  EXPECT_EQ(put(staff, path, {{"definition", definition}}, "\"2\"").status, 403);
}

class QuestionnaireReportTest : public QuestionnaireApiTest {
 protected:
  // Three courses in unit A with WHO-5 at move-in and move-out: changes
  // +20, +8 and −8 points; one more with move-in only.
  void answer_three_pairs() {
    TestClient staff = client_for(users::staff_a);
    const std::vector<std::pair<std::vector<int>, std::vector<int>>> pairs = {
        {{2, 2, 2, 2, 2}, {3, 3, 3, 3, 3}},  // 40 → 60
        {{3, 3, 2, 2, 2}, {3, 3, 3, 3, 2}},  // 48 → 56
        {{3, 3, 3, 3, 3}, {3, 2, 4, 1, 3}},  // 60 → 52
    };
    int index = 0;
    for (const auto& [before, after] : pairs) {
      const SeededCourse course = course_in_unit_a("Par " + std::to_string(++index));
      ASSERT_EQ(staff.post(responses_path(course.course_id), who5_body("move_in", before)).status, 201);
      ASSERT_EQ(staff.post(responses_path(course.course_id), who5_body("move_out", after)).status, 201);
    }
    const SeededCourse lone = course_in_unit_a("Kun Før");
    ASSERT_EQ(staff.post(responses_path(lone.course_id), who5_body("move_in", {1, 1, 1, 1, 1})).status, 201);
  }
  static constexpr const char* report = "/api/v1/reports/questionnaire-change?instrument=WHO5";
};

TEST_F(QuestionnaireReportTest, UnitSeesPairedChangeWithConfidenceInterval) {
  answer_three_pairs();
  TestClient staff = client_for(users::staff_a);
  const HttpResponse answer = staff.get(report);
  ASSERT_EQ(answer.status, 200) << answer.body;
  EXPECT_EQ(answer.json.at("instrument").at("code"), "who5");
  EXPECT_EQ(answer.json.at("filters").at("unit_id"), world::unit_a);
  EXPECT_FALSE(answer.json.at("small_cells_suppressed"));
  const auto& out = answer.json.at("table").at("rows").at(0).at("cells");
  EXPECT_EQ(out.at("from"), "Ved indflytning");
  EXPECT_EQ(out.at("to"), "Ved fraflytning");
  EXPECT_EQ(out.at("pairs"), 3);
  EXPECT_NEAR(out.at("mean_change").get<double>(), 20.0 / 3.0, 1e-9);
  // sd = 14.0475, t(0.975, 2) = 4.3027 → ± 34.896
  EXPECT_NEAR(out.at("ci95_low").get<double>(), 6.6667 - 34.896, 0.01);
  EXPECT_NEAR(out.at("ci95_high").get<double>(), 6.6667 + 34.896, 0.01);
  EXPECT_EQ(out.at("improved_relevantly"), 1);
  EXPECT_NEAR(out.at("improved_percent").get<double>(), 100.0 / 3.0, 1e-9);
  EXPECT_EQ(out.at("worsened_relevantly"), 0);
  EXPECT_EQ(out.at("only_before"), 1);
  const auto& follow_up = answer.json.at("table").at("rows").at(1).at("cells");
  EXPECT_EQ(follow_up.at("to"), "Ved opfølgning");
  EXPECT_EQ(follow_up.at("pairs"), 0);
  EXPECT_TRUE(follow_up.at("mean_change").is_null());

  TestClient other_unit = client_for(users::staff_b);
  EXPECT_EQ(other_unit.get(std::string(report) + "&unit_id=1").status, 403);
  const HttpResponse own = other_unit.get(report);
  ASSERT_EQ(own.status, 200);
  EXPECT_EQ(own.json.at("table").at("rows").at(0).at("cells").at("pairs"), 0) << "unit B sees only unit B";
}

TEST_F(QuestionnaireReportTest, SmallCellsAreSuppressedForTheProjectLeadAndEvaluator) {
  answer_three_pairs();
  for (const char* user : {users::project_lead, users::evaluator}) {
    TestClient client = client_for(user);
    const HttpResponse answer = client.get(report);
    ASSERT_EQ(answer.status, 200) << user << answer.body;
    EXPECT_TRUE(answer.json.at("small_cells_suppressed"));
    const auto& row = answer.json.at("table").at("rows").at(0).at("cells");
    EXPECT_TRUE(row.at("pairs").is_null()) << user << ": 3 pairs must not be shown";
    EXPECT_TRUE(row.at("mean_change").is_null()) << user << ": derived from a hidden count";
    EXPECT_TRUE(row.at("ci95_low").is_null());
    EXPECT_TRUE(row.at("improved_relevantly").is_null());
    EXPECT_FALSE(answer.json.at("table").at("suppressed").empty());
  }
  TestClient project_lead = client_for(users::project_lead);
  EXPECT_EQ(project_lead.get(std::string(report) + "&municipality_id=2").status, 403);
  EXPECT_EQ(project_lead.get(std::string(report) + "&from=2026-13-01").error_field(), "from");
  EXPECT_EQ(project_lead.get("/api/v1/reports/questionnaire-change").error_field(), "instrument");
  TestClient ward = client_for(users::ward_a);
  EXPECT_EQ(ward.get(report).status, 403);
}

TEST_F(QuestionnaireReportTest, FivePairsAreShownToTheProjectLead) {
  answer_three_pairs();
  TestClient staff = client_for(users::staff_a);
  for (int i = 0; i < 2; ++i) {
    const SeededCourse course = course_in_unit_a("Ekstra " + std::to_string(i));
    ASSERT_EQ(staff.post(responses_path(course.course_id), who5_body("move_in", {2, 2, 2, 2, 2})).status,
              201);
    ASSERT_EQ(staff.post(responses_path(course.course_id), who5_body("move_out", {2, 2, 2, 2, 2})).status,
              201);
  }
  TestClient project_lead = client_for(users::project_lead);
  const HttpResponse answer = project_lead.get(report);
  ASSERT_EQ(answer.status, 200);
  EXPECT_EQ(answer.json.at("table").at("rows").at(0).at("cells").at("pairs"), 5);
  EXPECT_NEAR(answer.json.at("table").at("rows").at(0).at("cells").at("mean_change").get<double>(), 4.0,
              1e-9);
}

TEST_F(QuestionnaireReportTest, CsvOpensInDanishExcel) {
  answer_three_pairs();
  TestClient staff = client_for(users::staff_a);
  const HttpResponse csv = staff.get(std::string(report) + "&format=csv");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_THAT(csv.header("content-type"), ::testing::HasSubstr("text/csv"));
  EXPECT_THAT(csv.header("content-disposition"), ::testing::HasSubstr(".csv"));
  ASSERT_GE(csv.body.size(), 3u);
  EXPECT_EQ(csv.body.substr(0, 3), "\xEF\xBB\xBF") << "UTF-8 byte-order mark";
  EXPECT_THAT(csv.body, ::testing::HasSubstr("Antal par (n);"));
  EXPECT_THAT(csv.body, ::testing::HasSubstr("Ved indflytning;Ved fraflytning;3;6,7;"));
  EXPECT_THAT(csv.body, ::testing::HasSubstr("\r\n"));
  EXPECT_EQ(staff.get(std::string(report) + "&format=xlsx").error_field(), "format");
}

}  // namespace
}  // namespace afk::test
