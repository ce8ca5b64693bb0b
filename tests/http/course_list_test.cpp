// Forløb paged by the server: pages add up, only the page shown is audited,
// "mine" means the caller is the tovholder, and bad parameters get a clear 400.
#include <gmock/gmock.h>

#include <algorithm>

#include "http/api_fixture.hpp"

namespace afk::test {
namespace {

class CourseListTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    for (const char* name : {"Liva Liste", "Lars Liste", "Lone Liste"})
      seeded_.push_back(
          server().seed_course(world::unit_a, world::ward_a, world::municipality_a, name, true));
  }
  // Subjects of the last list read in the audit log.
  std::size_t subjects_of_last_course_read() {
    auto connection = server().pool().acquire();
    const auto rows = connection->query(
        "SELECT subjects FROM audit_log WHERE entity = 'course' AND action = 'read' ORDER BY id DESC LIMIT "
        "1");
    if (rows.empty()) return 0;
    const std::string subjects = rows.front().text(0);
    return static_cast<std::size_t>(std::count(subjects.begin(), subjects.end(), ',')) + 1;
  }
  std::vector<SeededCourse> seeded_;
};

TEST_F(CourseListTest, PagesAddUpAndOnlyThePageShownIsAudited) {
  TestClient staff = client_for(users::staff_a);
  const HttpResponse first = staff.get("/api/v1/courses?sort=name&page_size=2");
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json.at("total"), 3);
  ASSERT_EQ(first.json.at("items").size(), 2u);
  EXPECT_EQ(first.json.at("items")[0].at("citizen").at("name"), "Lars Liste");
  EXPECT_EQ(first.json.at("items")[1].at("citizen").at("name"), "Liva Liste");
  EXPECT_EQ(subjects_of_last_course_read(), 2u) << "the third course was not shown, so not read";
  const HttpResponse second = staff.get("/api/v1/courses?sort=name&page_size=2&page=2");
  ASSERT_EQ(second.json.at("items").size(), 1u);
  EXPECT_EQ(second.json.at("items")[0].at("citizen").at("name"), "Lone Liste");
  EXPECT_EQ(second.json.at("page"), 2);

  // The other unit's staff see none of them.
  EXPECT_EQ(client_for(users::staff_b).get("/api/v1/courses").json.at("total"), 0);
}

TEST_F(CourseListTest, MineAreTheCoursesWhereTheCallerIsTovholder) {
  TestClient staff = client_for(users::staff_a);
  EXPECT_EQ(staff.get("/api/v1/courses?mine=true").json.at("total"), 0) << "seeded with Kim Tovholder";
  ASSERT_EQ(run_command(staff, seeded_[1].course_id, "appoint-key-worker",
                        {{"name", "Test staff_a"}, {"contact", "1234"}, {"appointed_on", today()}})
                .status,
            200);
  const HttpResponse mine = staff.get("/api/v1/courses?mine=true");
  ASSERT_EQ(mine.json.at("total"), 1) << mine.body;
  EXPECT_EQ(mine.json.at("items")[0].at("id"), seeded_[1].course_id);
}

TEST_F(CourseListTest, ViewsAndStatesNarrowTheList) {
  TestClient staff = client_for(users::staff_a);
  EXPECT_EQ(staff.get("/api/v1/courses?view=open").json.at("total"), 3);
  EXPECT_EQ(staff.get("/api/v1/courses?state=phase_1").json.at("total"), 3);
  EXPECT_EQ(staff.get("/api/v1/courses?state=phase_2").json.at("total"), 0);
  EXPECT_EQ(staff.get("/api/v1/courses?view=awaiting_authority").json.at("total"), 0);
  EXPECT_EQ(staff.get("/api/v1/courses?unit=" + std::to_string(world::unit_b)).json.at("total"), 0);
}

TEST_F(CourseListTest, BadParametersGetAClear400) {
  TestClient staff = client_for(users::staff_a);
  for (const char* query :
       {"page=0", "page=abc", "page_size=501", "page_size=-1", "page=99999999999999999999", "sort=random",
        "view=mine", "state=phase_9", "mine=yes", "unit=abc", "unit=0", "view=%FF%FE", "sort=%00"}) {
    const HttpResponse refused = staff.get(std::string("/api/v1/courses?") + query);
    EXPECT_EQ(refused.status, 400) << query << ": " << refused.body;
    EXPECT_FALSE(refused.error_message().empty()) << query;
  }
}

}  // namespace
}  // namespace afk::test
