#include <gtest/gtest.h>

#include <set>

#include "core/domain_fixtures.hpp"
#include "json/course_commands.hpp"

namespace afk {
namespace {
using namespace afk::testing;
using Json = nlohmann::json;

TEST(CourseCommandRegistry, CoversEveryCoreCommandOnceWithItsName) {
  std::set<std::string_view> names;
  for (const auto& entry : json::course_command_registry()) {
    EXPECT_EQ(entry.name, course_command_name(entry.command));
    EXPECT_FALSE(entry.title_da.empty());
    EXPECT_NE(entry.apply, nullptr);
    names.insert(entry.name);
  }
  EXPECT_EQ(names.size(), course_command_infos.size());
  EXPECT_EQ(json::find_course_command("move-in")->command, CourseCommand::move_in);
  EXPECT_EQ(json::find_course_command("nope"), nullptr);
}

TEST(CourseCommandRegistry, UnknownCommandIsNotFound) {
  auto result = json::apply_course_command("teleport", phase_1_course(), Json::object(),
                                           course_context(d("2024-03-05")));
  EXPECT_EQ(result.error().kind, ErrorKind::not_found);
  EXPECT_EQ(result.error().code, "unknown_command");
}

TEST(CourseCommandRegistry, AppliesAValidPayload) {
  const auto course = json::apply_course_command("appoint-key-worker", phase_1_course(),
                                                 {{"name", "Kim"}, {"appointed_on", "2024-03-05"}},
                                                 course_context(d("2024-03-05")));
  ASSERT_TRUE(course.ok());
  EXPECT_EQ(course->key_worker->name, "Kim");
}

TEST(CourseCommandRegistry, RefusesBadPayloadsWithThePath) {
  const Course course = phase_2_course();
  const auto context = course_context(d("2024-03-25"));
  const Json plan{{"plan_version", 0},
                  {"hopes", ""},
                  {"wishes", ""},
                  {"goals_in_own_words", ""},
                  {"goals",
                   {{{"text", "a"}, {"status", "not_started"}},
                    {{"text", "b"}, {"status", "in_progress"}},
                    {{"text", "c"}, {"status", "done"}}}}};
  auto result = json::apply_course_command("save-plan", course, plan, context);
  EXPECT_EQ(result.error().kind, ErrorKind::bad_input);
  EXPECT_EQ(result.error().field, "goals[2].status");
  EXPECT_NE(result.error().message.find("not_started"), std::string::npos);  // lists what is allowed

  EXPECT_EQ(
      json::apply_course_command("add-status-note", course, {{"date", "2024-03-20"}, {"txt", "x"}}, context)
          .error()
          .code,
      "missing_field");
  EXPECT_EQ(json::apply_course_command("add-status-note", course,
                                       {{"date", "2024-03-20"}, {"text", "x"}, {"mood", "good"}}, context)
                .error()
                .field,
            "mood");
  EXPECT_EQ(json::apply_course_command("move-out", course, Json::array(), context).error().code,
            "wrong_type");
}

TEST(CourseCommandRegistry, PassesCoreErrorsThrough) {
  auto result = json::apply_course_command("move-out", phase_2_course(), {{"date", "2024-03-25"}},
                                           course_context(d("2024-03-25")));
  EXPECT_EQ(result.error().kind, ErrorKind::illegal_state);
  EXPECT_EQ(result.error().code, "wrong_state");
  auto full = json::apply_course_command("move-in", with_key_worker(phase_1_course()),
                                         {{"date", "2024-03-18"}, {"place_kind", "guest"}},
                                         course_context(d("2024-03-18"), {3}));
  EXPECT_EQ(full.error().code, "no_free_place");
}

TEST(ReferralCommands, DecideFromJson) {
  const auto context = referral_context();
  auto accepted =
      json::apply_referral_command("accept", sample_referral(), {{"decided_on", "2024-03-04"}}, context);
  ASSERT_TRUE(accepted.ok());
  EXPECT_TRUE(accepted->course.has_value());
  auto waiting =
      json::apply_referral_command("waitlist", sample_referral(), {{"decided_on", "2024-03-04"}}, context);
  EXPECT_TRUE(waiting->course->waiting_list);
  auto declined =
      json::apply_referral_command("decline", sample_referral(), {{"decided_on", "2024-03-04"}}, context);
  EXPECT_EQ(declined.error().code, "missing_field");
  EXPECT_EQ(declined.error().field, "reason");
  declined = json::apply_referral_command("decline", sample_referral(),
                                          {{"decided_on", "2024-03-04"}, {"reason", ""}}, context);
  EXPECT_EQ(declined.error().code, "reason_required");
  EXPECT_TRUE(
      json::apply_referral_command("withdraw", sample_referral(), {{"decided_on", "2024-03-04"}}, context)
          .ok());
  EXPECT_EQ(json::apply_referral_command("approve", sample_referral(), Json::object(), context).error().code,
            "unknown_command");
}

}  // namespace
}  // namespace afk

namespace afk {
namespace {
using namespace afk::testing;
using Json = nlohmann::json;

TEST(CourseCommandRegistry, EditsTasksActorsAndTheEnd) {
  Course course = phase_2_course();
  auto run = [&](const char* name, Json payload, const char* today) {
    course = ok(json::apply_course_command(name, course, payload, course_context(d(today))));
  };
  run("add-actor", {{"kind", "network"}, {"name", "Søster"}, {"consent_to_share", false}}, "2024-03-20");
  run("update-actor",
      {{"actor_id", course.actors[0].id},
       {"version", 1},
       {"kind", "network"},
       {"name", "Søster"},
       {"consent_to_share", true}},
      "2024-03-20");
  EXPECT_TRUE(course.actors[0].consent_to_share);
  run("complete-task", {{"task_id", course.tasks[1].id}, {"completed_on", "2024-03-20"}}, "2024-03-20");
  EXPECT_TRUE(course.tasks[1].completed_on);
  run("decide-allocation", {{"decided_on", "2024-04-20"}, {"destination", "shelter"}}, "2024-04-20");
  run("move-out", {{"date", "2024-04-22"}}, "2024-04-22");
  run("close", {{"date", "2024-04-22"}}, "2024-04-22");
  EXPECT_EQ(course.state, CourseState::closed);
  EXPECT_EQ(json::apply_course_command("cancel", phase_1_course(), {{"date", "2024-03-05"}},
                                       course_context(d("2024-03-05")))
                .error()
                .field,
            "reason");
}

}  // namespace
}  // namespace afk
