// The application layer without HTTP: a service call is one unit of work —
// a refusal or a stale edit changes nothing, a refusal is still audited, a
// stale edit names who changed the section, and reads are audited.
#include "service/course_service.hpp"

#include <gtest/gtest.h>

#include "http/test_world.hpp"
#include "service/referral_service.hpp"
#include "service/test_invocation.hpp"
#include "store/aggregates.hpp"
#include "store/referral_queries.hpp"
#include "store/test_database.hpp"

namespace afk::test {
namespace {

class CourseServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    write_test_world(database_.pool());
    seeded_ = seed_test_course(database_.pool(), 1, world::unit_a, world::ward_a, world::municipality_a,
                               "Synthetic Servicetest", true);
  }

  Course stored_course() {
    auto connection = database_.pool().acquire();
    return store::load<Course>(*connection, seeded_.course_id).value();
  }

  nlohmann::json ward_visit(const std::string& note) {
    return {{"date", test_today().iso()}, {"note", note}};
  }

  TestDatabase database_;
  SeededCourse seeded_;
};

TEST_F(CourseServiceTest, AStaleEditChangesNothingAndNamesWhoEditedTheSection) {
  const std::int64_t read_version = stored_course().version;
  TestInvocation staff(database_.pool(), users::staff_a);
  auto first = service::run_course_command(staff, seeded_.course_id, "set-substance-use-approach",
                                           read_version, {{"approach", "Skadesreduktion."}});
  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->course.version, read_version + 1);
  ASSERT_EQ(first->course.section_changes.size(), 1u);
  EXPECT_EQ(first->course.section_changes.front().course_version, read_version + 1);

  // The lead read the course before the staff member's edit and edits the same section.
  TestInvocation lead(database_.pool(), users::lead_a);
  auto stale = service::run_course_command(lead, seeded_.course_id, "set-substance-use-approach",
                                           read_version, {{"approach", "Stoffri."}});
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().kind, ErrorKind::stale_version);
  EXPECT_EQ(stale.error().code, "section_changed");
  EXPECT_NE(stale.error().message.find("ændret af Test staff_a"), std::string::npos) << stale.error().message;
  EXPECT_EQ(stale.error().message.find("Senest ændret af"), std::string::npos)
      << "named once, by the section, not again from the audit log: " << stale.error().message;

  const Course after = stored_course();
  EXPECT_EQ(after.version, read_version + 1);
  EXPECT_EQ(after.substance_use_approach, "Skadesreduktion.");

  // A version the course never had is refused, naming the last change from the audit log.
  auto future = service::run_course_command(lead, seeded_.course_id, "record-ward-visit", read_version + 5,
                                            ward_visit("Fra fremtiden."));
  ASSERT_FALSE(future);
  EXPECT_EQ(future.error().code, "stale_version");
  EXPECT_NE(future.error().message.find("Senest ændret af Test staff_a"), std::string::npos)
      << future.error().message;
}

TEST_F(CourseServiceTest, ACommandTheRoleMayNotRunIsRefusedAuditedAndChangesNothing) {
  const Course before = stored_course();
  TestInvocation staff(database_.pool(), users::staff_a);
  auto refused = service::run_course_command(staff, seeded_.course_id, "extend-stay", before.version,
                                             {{"planned_end_on", test_today().plus_days(200).iso()}});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::forbidden);
  EXPECT_EQ(stored_course().version, before.version);
  // The attempt reaches the audit log as refused, with the citizen and the course.
  ASSERT_EQ(staff.logged_before_answer().size(), 1u);
  const store::AuditEntry& entry = staff.logged_before_answer().front();
  EXPECT_EQ(entry.action, "command:extend-stay");
  EXPECT_EQ(entry.outcome, "refused");
  ASSERT_EQ(entry.subjects.size(), 1u);
  EXPECT_EQ(entry.subjects.front().citizen_id, seeded_.citizen_id);
  EXPECT_EQ(entry.subjects.front().entity_id, seeded_.course_id);
}

TEST_F(CourseServiceTest, AReadIsAuditedOnlyWhenItSucceeds) {
  TestInvocation staff(database_.pool(), users::staff_a);
  auto read = service::read_course(staff, seeded_.course_id);
  ASSERT_TRUE(read) << read.error().message;
  EXPECT_EQ(read->citizen.id, seeded_.citizen_id);
  EXPECT_FALSE(read->limited);
  ASSERT_EQ(staff.logged_before_answer().size(), 1u);
  EXPECT_EQ(staff.logged_before_answer().front().action, "read");
  EXPECT_EQ(staff.logged_before_answer().front().outcome, "ok");

  TestInvocation other(database_.pool(), users::staff_a);
  EXPECT_FALSE(service::read_course(other, seeded_.course_id + 1000));
  EXPECT_TRUE(other.logged_before_answer().empty());
}

TEST_F(CourseServiceTest, AWardReferringForAnotherWardIsRefusedAndNothingIsStored) {
  auto count_submitted = [&] {
    auto connection = database_.pool().acquire();
    return store::count_submitted_referrals(*connection, world::unit_a);
  };
  const std::int64_t before = count_submitted();
  TestInvocation ward_b(database_.pool(), users::ward_b);
  SubmitReferral command;
  command.unit_id = world::unit_a;
  command.citizen_id = seeded_.citizen_id;
  command.ward_id = world::ward_a;  // not the caller's ward
  command.referred_on = test_today();
  command.reason = "Færdigbehandlet, mangler bolig.";
  auto refused = service::submit_referral(ward_b, command);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, "not_your_ward");
  EXPECT_EQ(count_submitted(), before);

  // From its own ward, but for a citizen ward B never registered: unknown, as if absent.
  command.ward_id = world::ward_b;
  auto unknown = service::submit_referral(ward_b, command);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().kind, ErrorKind::not_found);
  EXPECT_EQ(count_submitted(), before);
  ASSERT_FALSE(ward_b.logged_before_answer().empty());
  EXPECT_EQ(ward_b.logged_before_answer().back().outcome, "refused");
}

}  // namespace
}  // namespace afk::test
