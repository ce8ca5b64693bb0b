#include <gtest/gtest.h>

#include "core/domain_fixtures.hpp"
#include "json/aggregates.hpp"
#include "json/course_commands.hpp"
#include "json/payloads.hpp"

namespace afk {
namespace {
using namespace afk::testing;
using Json = nlohmann::json;

// A course with something in every sub-record, built through the registry.
Course rich_course() {
  Course course = phase_1_course();
  course.version = 3;
  auto run = [&](const char* name, Json payload, const char* today) {
    course = ok(json::apply_course_command(name, course, payload, course_context(d(today))));
  };
  run("appoint-key-worker",
      {{"name", "Kim"}, {"contact", "kim@example.invalid"}, {"appointed_on", "2024-03-05"}}, "2024-03-05");
  run("record-ward-visit", {{"date", "2024-03-06"}, {"note", "Møde"}}, "2024-03-06");
  run("record-place-visit", {{"date", "2024-03-07"}, {"overnight", true}}, "2024-03-07");
  run("add-discharge-agreement",
      {{"kind", "koordinationsplan"}, {"date", "2024-03-08"}, {"parties", {"Afsnit P3", "Borgeren"}}},
      "2024-03-08");
  run("set-ready-for-discharge", {{"date", "2024-03-15"}}, "2024-03-08");
  run("plan-move-in", {{"date", "2024-03-18"}}, "2024-03-08");
  run("move-in", {{"date", "2024-03-18"}, {"place_kind", "regular"}, {"planned_end_on", "2024-06-18"}},
      "2024-03-18");
  run("save-plan",
      {{"plan_version", 0},
       {"hopes", "Ro"},
       {"wishes", "Egen bolig"},
       {"goals_in_own_words", "Klare mig selv"},
       {"goals", {{{"text", "Søge bolig"}, {"status", "in_progress"}}}}},
      "2024-03-20");
  run("add-status-note", {{"date", "2024-03-22"}, {"text", "God uge"}}, "2024-03-22");
  run("record-vum", {{"started_on", "2024-03-20"}}, "2024-03-22");
  run("add-actor",
      {{"kind", "outpatient_psychiatry"}, {"name", "Distriktspsykiatrien"}, {"consent_to_share", true}},
      "2024-03-22");
  run("save-crisis-plan",
      {{"version", 0},
       {"warning_signs", "Søvnløshed"},
       {"what_to_do", "Ring"},
       {"who_to_call", "Vagt"},
       {"medication_responsible", "Egen læge"},
       {"on_readmission", "Pladsen holdes"}},
      "2024-03-22");
  run("set-substance-use-approach", {{"approach", "Motiverende samtaler"}}, "2024-03-22");
  run("pause-for-admission", {{"admitted_on", "2024-04-02"}}, "2024-04-02");
  run("resume-after-admission", {{"resumed_on", "2024-04-09"}}, "2024-04-09");
  run("extend-stay",
      {{"decided_on", "2024-06-01"}, {"new_planned_end_on", "2024-08-01"}, {"reason", "Bolig"}},
      "2024-06-01");
  run("decide-allocation", {{"decided_on", "2024-07-01"}, {"destination", "own_home_without_support"}},
      "2024-07-01");
  run("add-handover-note", {{"date", "2024-07-10"}, {"text", "Overlevering"}}, "2024-07-10");
  run("move-out", {{"date", "2024-07-15"}}, "2024-07-15");
  run("add-follow-up-contact", {{"date", "2024-08-15"}, {"note", "Trives"}}, "2024-08-15");
  return course;
}

TEST(AggregatesJson, CourseRoundTripsLosslessly) {
  const Course course = rich_course();
  ASSERT_EQ(course.state, CourseState::follow_up);
  const Json document = json::to_json(course);
  EXPECT_EQ(document["state"], "follow_up");
  EXPECT_EQ(document["moved_in_on"], "2024-03-18");
  EXPECT_EQ(document["allocation"]["destination"], "own_home_without_support");
  EXPECT_EQ(document["closed_on"], nullptr);
  const auto parsed = json::parse_course(document);
  ASSERT_TRUE(parsed.ok()) << parsed.error().field << ": " << parsed.error().message;
  EXPECT_EQ(parsed.value(), course);
  // Through text too, as the store keeps it.
  EXPECT_EQ(json::parse_course(Json::parse(document.dump())).value(), course);
}

TEST(AggregatesJson, FreshCourseRoundTrips) {
  const Course course = phase_1_course();
  EXPECT_EQ(json::parse_course(json::to_json(course)).value(), course);
}

TEST(AggregatesJson, OtherAggregatesRoundTrip) {
  Unit unit = sample_unit();
  unit = ok(close_place(unit, {2, d("2024-03-10"), std::nullopt, "Vandskade"}));
  unit.agreement_policy = AgreementPolicy::block;
  unit.allows_anonymous = true;
  unit.deadline_rules.follow_up_months = {1, 3, 6};
  EXPECT_EQ(json::parse_unit(json::to_json(unit)).value(), unit);

  Citizen citizen = sample_citizen();
  citizen =
      ok(record_admission(citizen, {11, d("2024-01-10"), d("2024-02-01"), std::nullopt}, d("2024-03-01")));
  const Json citizen_json = json::to_json(citizen);
  EXPECT_EQ(citizen_json["cpr"], "250947-9989");
  EXPECT_EQ(json::parse_citizen(citizen_json).value(), citizen);
  Citizen anonymous = citizen;
  anonymous.cpr.reset();
  EXPECT_EQ(json::parse_citizen(json::to_json(anonymous)).value(), anonymous);

  Referral referral = sample_referral();
  referral.version = 2;
  EXPECT_EQ(json::parse_referral(json::to_json(referral)).value(), referral);

  CooperationAgreement agreement = ok(create_cooperation_agreement({7, 5, d("2024-01-01"), d("2025-12-31")}));
  agreement = ok(check_agreement_point(agreement, {AgreementPoint::readmission, true, "Aftalt"}));
  EXPECT_EQ(json::parse_cooperation_agreement(json::to_json(agreement)).value(), agreement);

  const Municipality municipality{1, 2, "Testkommune", "0999"};
  EXPECT_EQ(json::parse_municipality(json::to_json(municipality)).value(), municipality);
  const Region region{5, 1, "Region Test"};
  EXPECT_EQ(json::parse_region(json::to_json(region)).value(), region);
  EXPECT_EQ(json::parse_ward(json::to_json(sample_ward())).value(), sample_ward());
}

TEST(AggregatesJson, DecisionsCarryCourseAndWarnings) {
  ReferralContext context = referral_context();
  context.has_active_agreement = false;
  const auto decision = ok(accept_referral(sample_referral(), {d("2024-03-04"), ""}, context));
  const Json document = json::to_json(decision);
  EXPECT_EQ(document["referral"]["state"], "accepted");
  EXPECT_EQ(document["course"]["state"], "phase_1");
  EXPECT_EQ(document["warnings"][0]["code"], "no_active_agreement");
}

void expect_bad_input(const Result<Course>& result, const std::string& code, const std::string& field) {
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().kind, ErrorKind::bad_input);
  EXPECT_EQ(result.error().code, code);
  EXPECT_EQ(result.error().field, field);
  EXPECT_FALSE(result.error().message.empty());
}

TEST(AggregatesJson, ParsingIsStrict) {
  const Json good = json::to_json(rich_course());
  Json document = good;
  document["plan"]["goals"][0]["status"] = "finished";
  expect_bad_input(json::parse_course(document), "invalid_value", "plan.goals[0].status");
  document = good;
  document["moved_in_on"] = "2023-02-30";
  expect_bad_input(json::parse_course(document), "invalid_date", "moved_in_on");
  document = good;
  document["moved_in_on"] = "18-03-2024";
  expect_bad_input(json::parse_course(document), "invalid_date", "moved_in_on");
  document = good;
  document["waiting_list"] = "no";
  expect_bad_input(json::parse_course(document), "wrong_type", "waiting_list");
  document = good;
  document["unit_id"] = 7.5;
  expect_bad_input(json::parse_course(document), "wrong_type", "unit_id");
  document = good;
  document.erase("tasks");
  expect_bad_input(json::parse_course(document), "missing_field", "tasks");
  document = good;
  document["actors"][0]["nickname"] = "x";
  expect_bad_input(json::parse_course(document), "unknown_field", "actors[0].nickname");
  document = good;
  document["transition_events"] = Json::object();
  expect_bad_input(json::parse_course(document), "wrong_type", "transition_events");
  expect_bad_input(json::parse_course(Json::array()), "wrong_type", "");
  // Optional fields may be null or left out.
  document = good;
  document.erase("closed_on");
  EXPECT_TRUE(json::parse_course(document).ok());
}

TEST(AggregatesJson, CitizenCprIsValidated) {
  Json document = json::to_json(sample_citizen());
  document["cpr"] = "300247-9989";
  auto parsed = json::parse_citizen(document);
  EXPECT_EQ(parsed.error().code, "cpr_date");
  EXPECT_EQ(parsed.error().field, "cpr");
  document["cpr"] = "250947-9989";
  document["birth_date"] = "1947-09-26";
  EXPECT_EQ(json::parse_citizen(document).error().code, "birth_date_mismatch");
}

TEST(PayloadsJson, ParseStrictly) {
  const Json referral{{"unit_id", 7},
                      {"citizen_id", 21},
                      {"ward_id", 11},
                      {"referred_on", "2024-03-01"},
                      {"reason", "Færdigbehandlet"},
                      {"support_situation", "has_support_needs_more"},
                      {"substance_use", "active"},
                      {"consent_to_share_with_unit", true},
                      {"exclusion_answers", {{{"criterion_id", 4}, {"answer", false}}}}};
  auto parsed = json::parse_submit_referral(referral);
  ASSERT_TRUE(parsed.ok()) << parsed.error().message;
  EXPECT_EQ(parsed->support_situation, SupportSituation::has_support_needs_more);
  EXPECT_EQ(parsed->exclusion_answers.at(0).criterion_id, 4);

  Json bad = referral;
  bad["support_situation"] = "some";
  EXPECT_EQ(json::parse_submit_referral(bad).error().field, "support_situation");
  bad = referral;
  bad["exclusion_answers"][0]["answer"] = 1;
  EXPECT_EQ(json::parse_submit_referral(bad).error().field, "exclusion_answers[0].answer");

  EXPECT_EQ(json::parse_register_citizen({{"name", "A"}, {"home_municipality_id", 1}, {"cpr", 2509479989}})
                .error()
                .field,
            "cpr");
  EXPECT_TRUE(json::parse_add_place({{"number", 4}, {"kind", "guest"}}).ok());
  EXPECT_EQ(json::parse_add_place({{"number", 4}}).error().code, "missing_field");
  EXPECT_TRUE(json::parse_check_agreement_point({{"point", "parallel_treatment"}, {"agreed", true}}).ok());
  EXPECT_TRUE(json::parse_record_admission({{"ward_id", 11}, {"admitted_on", "2024-01-10"}}).ok());
  EXPECT_EQ(json::parse_close_place({{"place_id", 1}, {"from", "2024-02-30"}, {"reason", "x"}}).error().field,
            "from");
}

TEST(ErrorJson, HasTheApiShape) {
  const Json document =
      json::error_to_json(make_error(ErrorKind::bad_input, "invalid_date", "Ugyldig dato", "date"));
  EXPECT_EQ(document,
            (Json{{"error", {{"code", "invalid_date"}, {"message", "Ugyldig dato"}, {"field", "date"}}}}));
}

}  // namespace
}  // namespace afk
