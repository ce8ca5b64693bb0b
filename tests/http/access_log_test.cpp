// A citizen's access log, as the unit's lead, the authority or the
// administrator hands it to the citizen: every look-up with date,
// organisation, role and purpose, paged so nothing falls out of view,
// filtered by period, as CSV; names only from the administrator on request.
#include <gmock/gmock.h>

#include "http/api_fixture.hpp"

namespace afk::test {
namespace {

using ::testing::HasSubstr;

class AccessLogTest : public ApiTest {
 protected:
  AccessLogTest()
      : course_(server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Lise Log", true)) {
  }
  std::string log_path(const std::string& query = "") const {
    return "/api/v1/citizens/" + std::to_string(course_.citizen_id) + "/access-log" + query;
  }
  SeededCourse course_;
};

TEST_F(AccessLogTest, AnEarlierLookUpStaysReachableAfterManyBoardRefreshes) {
  TestClient authority = client_for(users::authority_a);
  ASSERT_EQ(authority.get(course_path(course_.course_id)).status, 200);  // the look-up to find again
  TestClient staff = client_for(users::staff_a);
  for (int i = 0; i < 210; ++i) ASSERT_EQ(staff.get("/api/v1/units/1/board").status, 200);

  TestClient lead = client_for(users::lead_a);
  std::string query = "?limit=100";
  int pages = 0, rows = 0;
  bool found = false;
  while (true) {
    const HttpResponse page = lead.get(log_path(query));
    ASSERT_EQ(page.status, 200) << page.body;
    ++pages;
    for (const auto& table_row : page.json.at("rows")) {
      const auto& row = table_row.at("cells");
      ++rows;
      EXPECT_FALSE(row.contains("user")) << "no names by default";
      if (row.at("organisation") == "Testkommune A" && row.at("purpose") == "Opslag på forløbet")
        found = true;
    }
    if (page.json.at("next_before").is_null()) break;
    query = "?limit=100&before=" + std::to_string(page.json.at("next_before").get<std::int64_t>());
  }
  EXPECT_TRUE(found) << "the authority's look-up is on a later page";
  EXPECT_GE(rows, 211);
  EXPECT_GE(pages, 3);
}

TEST_F(AccessLogTest, PeriodCsvNamesAndWhoMayAsk) {
  TestClient staff = client_for(users::staff_a);
  ASSERT_EQ(staff.get(course_path(course_.course_id)).status, 200);
  TestClient lead = client_for(users::lead_a);

  const HttpResponse today_only = lead.get(log_path("?from=" + today() + "&to=" + today()));
  ASSERT_EQ(today_only.status, 200) << today_only.body;
  EXPECT_FALSE(today_only.json.at("rows").empty());
  const HttpResponse last_year = lead.get(log_path("?from=2020-01-01&to=2020-12-31"));
  EXPECT_TRUE(last_year.json.at("rows").empty());
  EXPECT_EQ(lead.get(log_path("?from=2026-02-01&to=2026-01-01")).error_field(), "to");
  EXPECT_EQ(lead.get(log_path("?limit=0")).error_field(), "limit");

  const HttpResponse csv = lead.get(log_path("?format=csv"));
  ASSERT_EQ(csv.status, 200);
  EXPECT_THAT(csv.header("content-type"), HasSubstr("text/csv"));
  EXPECT_THAT(csv.body, HasSubstr("Tidspunkt;Organisation;Rolle;Formål;Udfald"));
  EXPECT_THAT(csv.body, HasSubstr("Medarbejder på afklaringstilbud"));

  EXPECT_EQ(lead.get(log_path("?names=true")).error_code(), "names_admin_only");
  TestClient admin = client_for(users::admin);
  const HttpResponse named = admin.get(log_path("?names=true"));
  ASSERT_EQ(named.status, 200) << named.body;
  bool has_name = false;
  for (const auto& row : named.json.at("rows"))
    if (row.at("cells").value("user", "") != "") has_name = true;
  EXPECT_TRUE(has_name) << named.body;

  EXPECT_EQ(staff.get(log_path()).error_code(), "role_not_allowed");
  TestClient other_authority = client_for(users::authority_b);
  EXPECT_EQ(other_authority.get(log_path()).status, 404);

  // Handing out the log is itself in the log.
  auto connection = server().pool().acquire();
  EXPECT_GE(connection
                ->query("SELECT COUNT(*) FROM audit_log WHERE entity = 'access_log' AND subjects = ? || ':-'",
                        {course_.citizen_id})
                .front()
                .integer(0),
            4);
}

}  // namespace
}  // namespace afk::test
