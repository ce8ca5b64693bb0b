// GET /api/v1/reports/{figure}: the same figures as the numbers functions on
// the same facts, Danish CSV downloads, small-cell suppression for the
// project lead and the evaluator, refusals, and one audit entry per request.
#include "core/numbers/referrals.hpp"
#include "http/api_fixture.hpp"
#include "store/report_facts.hpp"

namespace afk::test {
namespace {

class ReportApiTest : public ApiTest {
 protected:
  void SetUp() override {
    for (int i = 0; i < 3; ++i)
      server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Borger " + std::to_string(i),
                           false);
  }
  // The cell `key` of the row of unit/municipality `group`.
  static nlohmann::json cell(const HttpResponse& response, const std::string& group, const std::string& key) {
    for (const auto& row : response.json["rows"])
      if (row["cells"]["group"] == group) return row["cells"][key];
    ADD_FAILURE() << "no row " << group << " in " << response.body;
    return nullptr;
  }
};

TEST_F(ReportApiTest, FlowForTheUnitEqualsTheNumbersFunctionOnTheSameFacts) {
  auto staff = client_for(users::staff_a);
  const auto response = staff.get("/api/v1/reports/flow");
  ASSERT_EQ(response.status, 200) << response.body;
  auto connection = server().pool().acquire();
  const Date today = TestServer::today();
  const numbers::Period period{today.plus_days(-364), today};
  const auto facts = store::load_facts(*connection, {store::ReportScopeKind::unit, world::unit_a}, period);
  const auto expected = numbers::referral_counts(facts.courses, period);
  EXPECT_EQ(expected.accepted, 3);
  EXPECT_EQ(cell(response, "1", "accepted"), expected.accepted);
  EXPECT_EQ(cell(response, "1", "referrals"), expected.referrals);
  EXPECT_EQ(cell(response, "total", "accepted"), expected.accepted);
  EXPECT_EQ(response.json["small_cells_suppressed"], false);
  EXPECT_EQ(response.json["scope"]["kind"], "unit");
}

TEST_F(ReportApiTest, CsvIsForDanishExcelAndADownload) {
  auto staff = client_for(users::staff_a);
  const auto response = staff.get("/api/v1/reports/flow?format=csv&from=2020-01-01");
  ASSERT_EQ(response.status, 200) << response.body;
  EXPECT_EQ(response.body.rfind("\xEF\xBB\xBF", 0), 0u) << "UTF-8 byte-order mark first";
  EXPECT_NE(response.body.find("Henvisninger;Optaget"), std::string::npos) << response.body;
  // The heading row comes first, right after the byte-order mark: no title above it.
  EXPECT_EQ(response.body.find('\n'), response.body.find("\r\n") + 1);
  EXPECT_EQ(response.body.substr(3, response.body.find('\r') - 3).find("Henvisninger, afgørelser"),
            std::string::npos);
  // A Danish file name from the report's title and period (dd-mm-åååå), in plain letters.
  EXPECT_EQ(response.header("content-disposition"),
            "attachment; filename=\"henvisninger-afgoerelser-og-ventetider-01-01-2020-til-" +
                TestServer::today().danish() + ".csv\"");
  EXPECT_NE(response.body.find("\r\n"), std::string::npos);
  EXPECT_NE(response.header("content-type").find("text/csv"), std::string::npos);
  EXPECT_NE(response.header("content-disposition").find("attachment"), std::string::npos);
}

TEST_F(ReportApiTest, ProjectLeadAndEvaluatorSeeSmallCellsHidden) {
  auto project_lead = client_for(users::project_lead);
  const auto own = project_lead.get("/api/v1/reports/flow");
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_EQ(own.json["small_cells_suppressed"], true);
  EXPECT_TRUE(cell(own, "1", "accepted").is_null()) << "3 citizens must not be shown";
  EXPECT_FALSE(own.json["suppressed"].empty());

  auto evaluator = client_for(users::evaluator);
  const auto national = evaluator.get("/api/v1/reports/flow?scope=national");
  ASSERT_EQ(national.status, 200) << national.body;
  EXPECT_TRUE(cell(national, "total", "accepted").is_null());
  const auto csv = evaluator.get("/api/v1/reports/flow?scope=national&format=csv");
  EXPECT_NE(csv.body.find(";*"), std::string::npos) << csv.body;

  // The unit's own staff may see the persons, so nothing is hidden for them.
  auto lead = client_for(users::lead_a);
  EXPECT_EQ(cell(lead.get("/api/v1/reports/flow"), "1", "accepted"), 3);
}

TEST_F(ReportApiTest, RefusesScopesOutsideTheCallersOrganisation) {
  auto staff = client_for(users::staff_a);
  EXPECT_EQ(staff.get("/api/v1/reports/flow?scope=unit&id=2").status, 403);
  EXPECT_EQ(staff.get("/api/v1/reports/flow?scope=national").status, 403);
  auto project_lead = client_for(users::project_lead);
  EXPECT_EQ(project_lead.get("/api/v1/reports/flow?scope=municipality&id=2").status, 403);
  EXPECT_EQ(client_for(users::ward_a).get("/api/v1/reports/flow").status, 403);
  EXPECT_EQ(client_for(users::admin).get("/api/v1/reports/flow").status, 403);
  EXPECT_EQ(staff.get("/api/v1/reports/nonsense").status, 404);
  const auto bad = staff.get("/api/v1/reports/flow?from=1.1.2024");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.error_field(), "from");
}

TEST_F(ReportApiTest, EveryFigureAnswersAndOneAuditEntryPerRequest) {
  auto evaluator = client_for(users::evaluator);
  const auto before = server().count_rows("audit_log");
  for (const char* figure : {"flow", "days-awaiting-discharge", "readmissions", "length-of-stay", "occupancy",
                             "destinations", "baseline-comparison"}) {
    const auto response = evaluator.get(std::string("/api/v1/reports/") + figure + "?scope=national");
    EXPECT_EQ(response.status, 200) << figure << ": " << response.body;
  }
  EXPECT_EQ(server().count_rows("audit_log") - before, 7);
  auto connection = server().pool().acquire();
  const auto entries =
      connection->query("SELECT COUNT(*) FROM audit_log WHERE entity = 'report' AND subjects = ''");
  EXPECT_EQ(entries[0].integer(0), 7);
}

}  // namespace
}  // namespace afk::test

namespace afk::test {
namespace {

TEST_F(ApiTest, ProjectLeadExportsThePseudonymisedDatasetOfTheMunicipality) {
  server().seed_course(world::unit_a, world::ward_a, world::municipality_a, "Hemmelig Borgersen", false);
  server().seed_course(world::unit_b, world::ward_b, world::municipality_b, "Anden Borgersen", false);
  auto project_lead = client_for(users::project_lead);
  const auto response =
      project_lead.get("/api/v1/evaluation/export?from=" + days_from_today(-30) + "&to=" + today());
  ASSERT_EQ(response.status, 200) << response.body;
  ASSERT_EQ(response.json["courses"].size(), 1u) << "only the project lead's municipality";
  EXPECT_EQ(response.json["courses"][0]["person"].get<std::string>().size(), 64u);
  EXPECT_EQ(response.body.find("Borgersen"), std::string::npos);
  EXPECT_EQ(project_lead.get("/api/v1/evaluation/export?from=" + today()).error_field(), "to");
  EXPECT_EQ(
      client_for(users::evaluator).get("/api/v1/evaluation/export?from=2025-01-01&to=2025-12-31").status,
      403);
}

}  // namespace
}  // namespace afk::test
