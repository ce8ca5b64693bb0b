// The pseudonymised evaluation dataset: no names, CPR or free text; export →
// import gives the source's national figures; importing twice changes nothing.
#include <gtest/gtest.h>

#include "json/report_table_json.hpp"
#include "security/passwords.hpp"
#include "security/tokens.hpp"
#include "store/evaluation_dataset.hpp"
#include "store/report_facts_world.hpp"
#include "store/report_figures.hpp"

namespace afk::test {
namespace {

const numbers::Period year_2025{day("2025-01-01"), day("2025-12-31")};
const store::ReportScope national{store::ReportScopeKind::national, 0};
const std::string key = "a-shared-national-test-key";

struct Exported {
  std::vector<std::pair<std::string, nlohmann::json>> rows;
  std::string text;  // every row, dumped
};

Exported export_from(store::SqlConnection& sql) {
  security::initialise();
  store::EvaluationExportRequest request;
  request.pseudonym = [](const std::string& text) { return security::keyed_hash(key, text); };
  request.source = "source-a";
  request.period = year_2025;
  Exported exported;
  store::export_evaluation(sql, request, [&](const std::string& dataset, const nlohmann::json& row) {
    exported.rows.emplace_back(dataset, row);
    exported.text += row.dump() + "\n";
  });
  return exported;
}

std::int64_t count(store::SqlConnection& sql, const char* table) {
  return sql.query(std::string("SELECT COUNT(*) FROM ") + table)[0].integer(0);
}

TEST(EvaluationExport, HasNoNamesCprOrFreeTextAndAKeyedPseudonym) {
  ReportWorld world;
  auto sql = world.pool().acquire();
  world.write_mixed(*sql);
  const auto exported = export_from(*sql);
  EXPECT_EQ(exported.text.find("Efternavn"), std::string::npos);
  EXPECT_EQ(exported.text.find("0101800010"), std::string::npos);
  EXPECT_EQ(exported.text.find("Fritekst"), std::string::npos);
  EXPECT_EQ(exported.text.find("note"), std::string::npos);
  std::size_t courses = 0;
  for (const auto& [dataset, row] : exported.rows) {
    if (dataset != "courses") continue;
    ++courses;
    EXPECT_EQ(row["age_band"], "45-49");
    EXPECT_EQ(row["municipality_code"], "0999");
  }
  EXPECT_EQ(courses, 12u);
  EXPECT_NE(exported.text.find(security::keyed_hash(key, "0101800010")), std::string::npos);
  EXPECT_NE(store::evaluation_codebook_markdown().find("| courses | `person` |"), std::string::npos);
  EXPECT_EQ(store::evaluation_codebook_csv().rfind("\xEF\xBB\xBF"
                                                   "dataset;column",
                                                   0),
            0u);
}

TEST(EvaluationImport, GivesTheSourcesNationalFiguresAndIsIdempotent) {
  ReportWorld source;
  ReportWorld evaluator;
  auto from = source.pool().acquire();
  source.write_mixed(*from);
  const auto exported = export_from(*from);
  auto to = evaluator.pool().acquire();
  evaluator.write_organisations(*to);  // the municipality names every installation has
  for (int round = 0; round < 2; ++round) {
    for (const auto& [dataset, row] : exported.rows)
      ASSERT_TRUE(store::import_evaluation_row(*to, dataset, row));
    EXPECT_EQ(count(*to, "evaluation_courses"), 12) << "round " << round;
    EXPECT_EQ(count(*to, "evaluation_admissions"), 16);
    EXPECT_EQ(count(*to, "evaluation_places"), 2);
  }
  const Date today = day("2025-12-31");
  const auto local = store::load_facts(*from, national, year_2025);
  const auto imported = store::load_imported_facts(*to, national, year_2025);
  for (const char* figure :
       {"flow", "days-awaiting-discharge", "readmissions", "length-of-stay", "destinations"}) {
    const store::FigureRequest request{figure, year_2025, today, store::ReportGrouping::municipality, {}};
    const auto expected = json::report_table_json(store::compute_figure(request, local).value());
    const auto actual = json::report_table_json(store::compute_figure(request, imported).value());
    EXPECT_EQ(actual["rows"], expected["rows"]) << figure;
  }
  const store::FigureRequest occupancy{"occupancy", year_2025, today, store::ReportGrouping::unit, {}};
  const auto expected = json::report_table_json(store::compute_figure(occupancy, local).value());
  const auto actual = json::report_table_json(store::compute_figure(occupancy, imported).value());
  ASSERT_EQ(actual["rows"].size(), expected["rows"].size());
  for (std::size_t r = 0; r < actual["rows"].size(); ++r)
    EXPECT_EQ(actual["rows"][r]["cells"]["percent"], expected["rows"][r]["cells"]["percent"]);
}

TEST(EvaluationImport, KeepsTheDayAPlaceWasRetired) {
  ReportWorld source;
  ReportWorld evaluator;
  auto from = source.pool().acquire();
  source.write_mixed(*from);
  {
    store::Transaction transaction(*from);
    Unit unit = store::load<Unit>(*from, source.unit_id).value();
    unit.places.back().retired = true;
    unit.places.back().retired_on = day("2025-07-01");
    ASSERT_TRUE(store::update(*from, unit, unit.version));
    transaction.commit();
  }
  const auto exported = export_from(*from);
  auto to = evaluator.pool().acquire();
  evaluator.write_organisations(*to);
  for (const auto& [dataset, row] : exported.rows)
    ASSERT_TRUE(store::import_evaluation_row(*to, dataset, row));
  EXPECT_EQ(count(*to, "evaluation_places"), 2) << "a retired place with its day is still exported";
  EXPECT_EQ(to->query("SELECT COUNT(*) FROM evaluation_places WHERE closed = ?",
                      {std::int64_t{day("2025-07-01").serial()}})[0]
                .integer(0),
            1);

  const Date today = day("2025-12-31");
  const store::FigureRequest occupancy{"occupancy", year_2025, today, store::ReportGrouping::unit, {}};
  const auto expected = json::report_table_json(
      store::compute_figure(occupancy, store::load_facts(*from, national, year_2025)).value());
  const auto actual = json::report_table_json(
      store::compute_figure(occupancy, store::load_imported_facts(*to, national, year_2025)).value());
  ASSERT_EQ(actual["rows"].size(), expected["rows"].size());
  for (std::size_t r = 0; r < actual["rows"].size(); ++r)
    EXPECT_EQ(actual["rows"][r]["cells"]["available_place_days"],
              expected["rows"][r]["cells"]["available_place_days"])
        << expected["rows"][r]["cells"]["month"];
  // From July one place fewer is available than in June.
  EXPECT_LT(expected["rows"][6]["cells"]["available_place_days"].get<int>(),
            expected["rows"][5]["cells"]["available_place_days"].get<int>());
}

TEST(EvaluationImport, RefusesAMalformedRowNamingTheField) {
  ReportWorld evaluator;
  auto to = evaluator.pool().acquire();
  auto refused = store::import_evaluation_row(*to, "courses", {{"source", "x"}, {"referral_key", "1"}});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().field, "courses.person");
  EXPECT_EQ(count(*to, "evaluation_courses"), 0);
}

}  // namespace
}  // namespace afk::test
