// The pseudonymised evaluation dataset: no names, CPR or free text; export →
// import gives the source's national figures; importing twice changes nothing.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "json/evaluation_json.hpp"
#include "json/report_table_json.hpp"
#include "security/passwords.hpp"
#include "security/tokens.hpp"
#include "store/evaluation_dataset.hpp"
#include "store/questionnaire_repository.hpp"
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

// The mixed world and one more course with a WHO-5 answer (one item left unanswered).
void write_with_a_response(ReportWorld& world, store::SqlConnection& sql) {
  world.write_mixed(sql);
  const Course course =
      world.add(sql, "0101800060", day("2025-02-03"), ReferralState::accepted, day("2025-02-10"));
  store::StoredResponse response;
  response.course_id = course.id;
  response.citizen_id = course.citizen_id;
  response.unit_id = course.unit_id;
  response.document.instrument_code = "who5";
  response.document.answered_on = day("2025-02-10");
  response.document.answers = {{"who5_1", 3}, {"who5_2", std::nullopt}};
  store::insert_response(sql, response);
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

// Hostile rows: each is refused naming the field, and nothing is stored.
TEST(EvaluationImport, RefusesHostileRowsAndStoresNothing) {
  ReportWorld source;
  auto from = source.pool().acquire();
  write_with_a_response(source, *from);
  std::map<std::string, nlohmann::json> valid;
  for (const auto& [dataset, row] : export_from(*from).rows)
    if (dataset != "places" || row["closures"].empty()) valid.emplace(dataset, row);
  ASSERT_EQ(valid.size(), 4u);
  auto with = [&](const std::string& dataset, const std::string& key, nlohmann::json value) {
    nlohmann::json row = valid.at(dataset);
    row[key] = std::move(value);
    return row;
  };
  nlohmann::json deep = 1;
  for (int i = 0; i < 200; ++i) deep = nlohmann::json::array({deep});
  const struct {
    std::string dataset;
    nlohmann::json row;
    std::string field;
  } cases[] = {
      {"courses", with("courses", "referral_date", "2025-02-30"), "courses.referral_date"},
      {"courses", with("courses", "move_in", 20250101), "courses.move_in"},
      {"courses", with("courses", "person", nullptr), "courses.person"},
      {"courses", with("courses", "note", "Fritekst om borgeren"), "courses.note"},
      {"courses", with("courses", "unit_key", deep), "courses.unit_key"},
      {"admissions", with("admissions", "admitted", std::string(100000, '9')), "admissions.admitted"},
      {"places", with("places", "closures", nlohmann::json::array({nlohmann::json::array({"2025-03-01"})})),
       "places.closures[0]"},
      {"places",
       with("places", "closures",
            nlohmann::json::array({nlohmann::json::array({"2025-03-01", "not a day"})})),
       "places.closures[0][1]"},
      {"responses",
       with("responses", "answers", nlohmann::json::array({{{"item_code", "q1"}, {"value", "a lot"}}})),
       "responses.answers[0].value"},
      {"responses", with("responses", "answers", "q1=5"), "responses.answers"},
      {"courses", nlohmann::json::array(), "courses"},
  };
  ReportWorld evaluator;
  auto to = evaluator.pool().acquire();
  for (const auto& hostile : cases) {
    const auto refused = store::import_evaluation_row(*to, hostile.dataset, hostile.row);
    ASSERT_FALSE(refused) << hostile.field;
    EXPECT_EQ(refused.error().kind, ErrorKind::bad_input) << hostile.field;
    EXPECT_EQ(refused.error().field, hostile.field);
  }
  EXPECT_FALSE(store::import_evaluation_row(*to, "patients", valid.at("courses")));
  for (const char* table :
       {"evaluation_courses", "evaluation_admissions", "evaluation_places", "evaluation_responses"})
    EXPECT_EQ(count(*to, table), 0) << table;
}

// The codebook is printed from the same column list the export writes.
TEST(EvaluationExport, TheCodebookDescribesExactlyTheColumnsWritten) {
  ReportWorld source;
  auto from = source.pool().acquire();
  write_with_a_response(source, *from);
  std::set<std::string> written;
  for (const auto& [dataset, row] : export_from(*from).rows)
    for (const auto& [column, value] : row.items()) written.insert(dataset + "." + column);
  std::set<std::string> documented;
  for (const auto& column : json::evaluation_codebook()) {
    documented.insert(column.dataset + "." + column.column);
    EXPECT_FALSE(column.meaning.empty()) << column.column;
    EXPECT_NE(
        store::evaluation_codebook_markdown().find("| " + column.dataset + " | `" + column.column + "` |"),
        std::string::npos);
  }
  EXPECT_EQ(written, documented);
}

}  // namespace
}  // namespace afk::test
