// Questionnaires and economic settings in the store: the built-in
// instruments arrive once and keep an edited wording, responses keep their
// key columns (read by the reports), the report filter picks the cohort by
// move-in, and prices are chosen by validity date with a unit's own winning.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "core/course_tasks.hpp"
#include "core/numbers/standard_instruments.hpp"
#include "store/aggregates.hpp"
#include "store/connection_pool.hpp"
#include "store/date_columns.hpp"
#include "store/economics_repository.hpp"
#include "store/migrations.hpp"
#include "store/minimal_course.hpp"
#include "store/questionnaire_repository.hpp"
#include "store/test_database.hpp"

namespace afk::store {
namespace {

class QuestionnaireStoreTest : public ::testing::Test {
 protected:
  void SetUp() override { connection_.emplace(database_.pool().acquire()); }
  void TearDown() override { connection_.reset(); }
  SqlConnection& sql() { return **connection_; }

  // A course in its own unit and municipality, moved in on `move_in`.
  Course stored_course(const std::string& municipality_code, std::optional<Date> move_in) {
    return store_minimal_course(sql(), municipality_code, 1, move_in).course;
  }

  StoredResponse response_for(const Course& course, numbers::TimePoint point, const char* day,
                              std::vector<int> values) {
    StoredResponse response;
    response.course_id = course.id;
    response.citizen_id = course.citizen_id;
    response.unit_id = course.unit_id;
    response.document.instrument_code = "who5";
    response.document.time_point = point;
    response.document.answered_on = *Date::parse_iso(day);
    for (std::size_t i = 0; i < values.size(); ++i)
      response.document.answers.push_back({"who5_" + std::to_string(i + 1), values[i]});
    response.document.score = 52;
    insert_response(sql(), response);
    return response;
  }

  test::TestDatabase database_;
  std::optional<ConnectionPool::Lease> connection_;
};

TEST_F(QuestionnaireStoreTest, BuiltinInstrumentsAreInsertedOnceAndKeepEditedTexts) {
  ensure_builtin_instruments(sql());
  auto instruments = list_instruments(sql());
  ASSERT_EQ(instruments.size(), 2u);
  EXPECT_EQ(instruments[0].definition.code, "who5");
  EXPECT_EQ(instruments[1].definition.code, "brief_inspire");
  EXPECT_TRUE(instruments[0].builtin);

  auto who5 = *find_instrument(sql(), "who5");
  who5.definition.items[0].text_da = "… har jeg været i godt humør (ny ordlyd)";
  ASSERT_TRUE(update_instrument(sql(), who5, 1));
  EXPECT_EQ(who5.version, 2);

  ensure_builtin_instruments(sql());  // a restart
  EXPECT_EQ(list_instruments(sql()).size(), 2u);
  EXPECT_EQ(find_instrument(sql(), "who5")->definition.items[0].text_da,
            "… har jeg været i godt humør (ny ordlyd)");
  auto expected = numbers::who5_definition();
  expected.items[0].text_da = "… har jeg været i godt humør (ny ordlyd)";
  EXPECT_EQ(json::to_json(find_instrument(sql(), "who5")->definition), json::to_json(expected));
}

// A database from before Brief INSPIRE was asked at the follow-up: the stored
// copy gains that time point once, as a new version, and keeps its wording.
TEST_F(QuestionnaireStoreTest, BuiltinInstrumentGainsAShippedTimePointAndKeepsItsWording) {
  StoredInstrument older;
  older.definition = numbers::brief_inspire_definition();
  older.definition.time_points = {numbers::TimePoint::move_in, numbers::TimePoint::move_out};
  older.definition.items[1].text_da = "Medarbejderne giver mig håb (egen ordlyd)";
  older.builtin = true;
  insert_instrument(sql(), older);

  ensure_builtin_instruments(sql());
  const StoredInstrument upgraded = *find_instrument(sql(), "brief_inspire");
  EXPECT_EQ(upgraded.version, 2);
  EXPECT_EQ(upgraded.definition.time_points,
            (std::vector<numbers::TimePoint>{numbers::TimePoint::move_in, numbers::TimePoint::move_out,
                                             numbers::TimePoint::follow_up}));
  EXPECT_EQ(upgraded.definition.items[1].text_da, "Medarbejderne giver mig håb (egen ordlyd)");

  ensure_builtin_instruments(sql());  // a restart changes nothing more
  EXPECT_EQ(find_instrument(sql(), "brief_inspire")->version, 2);
}

TEST_F(QuestionnaireStoreTest, UnitScaleRoundTripsAndStaleEditIsRefused) {
  StoredInstrument own;
  own.definition = numbers::life_areas_example_definition();
  own.unit_id = 1;
  Course course = stored_course("0999", std::nullopt);  // makes unit 1 exist
  insert_instrument(sql(), own);
  const auto loaded = load_instrument(sql(), own.id);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(json::to_json(loaded->definition), json::to_json(numbers::life_areas_example_definition()));
  EXPECT_EQ(loaded->unit_id, course.unit_id);
  EXPECT_FALSE(loaded->builtin);

  StoredInstrument copy = *loaded;
  ASSERT_TRUE(update_instrument(sql(), copy, 1));
  StoredInstrument stale = *loaded;
  const auto refused = update_instrument(sql(), stale, 1);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::stale_version);

  StoredInstrument duplicate;
  duplicate.definition = numbers::life_areas_example_definition();
  EXPECT_THROW(insert_instrument(sql(), duplicate), SqlConstraintError);
}

TEST_F(QuestionnaireStoreTest, ResponsesKeepKeyColumnsForReports) {
  Course course = stored_course("0999", Date::parse_iso("2026-01-10"));
  const auto stored = response_for(course, numbers::TimePoint::move_in, "2026-01-12", {3, 2, 4, 1, 3});
  const auto row = sql().query(
      "SELECT course_id, citizen_id, unit_id, instrument_code, time_point, answered_on, version"
      " FROM questionnaire_responses WHERE id = ?",
      {stored.id});
  ASSERT_EQ(row.size(), 1u);
  EXPECT_EQ(row[0].integer(0), course.id);
  EXPECT_EQ(row[0].integer(1), course.citizen_id);
  EXPECT_EQ(row[0].integer(2), course.unit_id);
  EXPECT_EQ(row[0].text(3), "who5");
  EXPECT_EQ(row[0].text(4), "move_in");
  EXPECT_EQ(date_in(row[0], 5), *Date::from_ymd(2026, 1, 12)) << "a date column holds the day number";
  EXPECT_EQ(row[0].integer(6), 1);

  const auto listed = responses_for_course(sql(), course.id);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].document.answers.size(), 5u);
  EXPECT_EQ(listed[0].document.answers[2].value, 4);
  EXPECT_EQ(listed[0].document.score, 52);
  const auto facts = to_facts(listed[0]);
  EXPECT_EQ(facts.course_id, std::to_string(course.id));
  EXPECT_EQ(facts.time_point, numbers::TimePoint::move_in);
}

TEST_F(QuestionnaireStoreTest, ReportFilterChoosesTheCohortByMoveInAndScope) {
  Course early = stored_course("0901", Date::parse_iso("2025-06-01"));
  Course late = stored_course("0902", Date::parse_iso("2026-01-10"));
  Course waiting = stored_course("0903", std::nullopt);
  response_for(early, numbers::TimePoint::move_in, "2025-06-02", {3, 3, 3, 3, 3});
  response_for(early, numbers::TimePoint::move_out, "2026-01-20", {4, 4, 4, 4, 4});  // after `from`
  response_for(late, numbers::TimePoint::move_in, "2026-01-11", {3, 3, 3, 3, 3});
  response_for(waiting, numbers::TimePoint::move_in, "2026-01-11", {3, 3, 3, 3, 3});

  ResponseFilter filter;
  filter.instrument_code = "who5";
  EXPECT_EQ(select_responses(sql(), filter).size(), 4u);
  filter.moved_in_from = Date::parse_iso("2025-01-01");
  filter.moved_in_to = Date::parse_iso("2025-12-31");
  const auto cohort = select_responses(sql(), filter);
  ASSERT_EQ(cohort.size(), 2u) << "both answers of the 2025 course, even the one given in 2026";
  EXPECT_EQ(cohort[0].course_id, early.id);
  EXPECT_EQ(cohort[1].course_id, early.id);

  ResponseFilter by_municipality;
  by_municipality.instrument_code = "who5";
  by_municipality.unit_municipality_id = 2;  // the second course's unit's municipality
  const auto own = select_responses(sql(), by_municipality);
  ASSERT_EQ(own.size(), 1u);
  EXPECT_EQ(own[0].course_id, late.id);
  by_municipality.instrument_code = "brief_inspire";
  EXPECT_TRUE(select_responses(sql(), by_municipality).empty());
}

TEST_F(QuestionnaireStoreTest, ReferencePricesAreSeededWithSourceAndYear) {
  const auto settings = list_economic_settings(sql());
  const auto bed_2019 =
      setting_in_force(settings, "bed_day_cost", std::nullopt, *Date::parse_iso("2019-06-30"));
  ASSERT_TRUE(bed_2019);
  EXPECT_DOUBLE_EQ(bed_2019->value, 3959);
  EXPECT_EQ(bed_2019->year, 2019);
  EXPECT_EQ(bed_2019->source, "DAS mødesager 2021: sengedagstakst, regionale særlige pladser");
  EXPECT_FALSE(bed_2019->example);
  EXPECT_DOUBLE_EQ(
      setting_in_force(settings, "bed_day_cost", std::nullopt, *Date::parse_iso("2025-01-01"))->value, 4054);
  EXPECT_FALSE(setting_in_force(settings, "bed_day_cost", std::nullopt, *Date::parse_iso("2017-12-31")));
  const auto tariff =
      setting_in_force(settings, "place_tariff", std::nullopt, *Date::parse_iso("2024-01-01"));
  ASSERT_TRUE(tariff);
  EXPECT_DOUBLE_EQ(tariff->value, 1243);
  EXPECT_TRUE(setting_in_force(settings, "awaiting_discharge_days_per_course", std::nullopt,
                               *Date::parse_iso("2024-01-01"))
                  ->example);
}

TEST_F(QuestionnaireStoreTest, AUnitsOwnPriceWinsOverTheGeneralOne) {
  Course course = stored_course("0999", std::nullopt);
  EconomicSetting own;
  own.kind = "price";
  own.code = "place_tariff";
  own.unit_id = course.unit_id;
  own.value = 1311;
  own.unit = "kr_per_day";
  own.source = "Tilbuddets budget 2024";
  own.year = 2024;
  own.valid_from = *Date::parse_iso("2024-01-01");
  own.label_da = "Døgntakst";
  insert_economic_setting(sql(), own);
  const auto settings = list_economic_settings(sql());
  const Date on = *Date::parse_iso("2024-06-01");
  EXPECT_DOUBLE_EQ(setting_in_force(settings, "place_tariff", course.unit_id, on)->value, 1311);
  EXPECT_DOUBLE_EQ(setting_in_force(settings, "place_tariff", course.unit_id + 1, on)->value, 1243);
  EXPECT_DOUBLE_EQ(setting_in_force(settings, "place_tariff", std::nullopt, on)->value, 1243);
  EXPECT_DOUBLE_EQ(
      setting_in_force(settings, "place_tariff", course.unit_id, *Date::parse_iso("2023-06-01"))->value,
      1243);
}

// Sundhedsloven §238 instead of the placeholder: the payment per
// færdigbehandlingsdag is seeded as the law's 2016 figure with its source.
TEST_F(QuestionnaireStoreTest, TheAwaitingDischargePaymentIsTheLawsFigure) {
  const auto figures =
      yearly_settings(list_economic_settings(sql()), "awaiting_discharge_payment", std::nullopt);
  ASSERT_EQ(figures.size(), 1u) << "the EKSEMPEL placeholder is gone";
  EXPECT_DOUBLE_EQ(figures[0].value, 1976);
  EXPECT_EQ(figures[0].year, 2016);
  EXPECT_FALSE(figures[0].example);
  EXPECT_NE(figures[0].source.find("Sundhedsloven §238"), std::string::npos);
}

TEST_F(QuestionnaireStoreTest, YearlyFiguresKeepOnePerYearAUnitsOwnFirst) {
  Course course = stored_course("0999", std::nullopt);
  Course other = stored_course("0998", std::nullopt);
  auto figure = [&](double value, int year, std::optional<std::int64_t> unit_id, const char* valid_from) {
    EconomicSetting setting;
    setting.kind = "price";
    setting.code = "awaiting_discharge_payment";
    setting.unit_id = unit_id;
    setting.value = value;
    setting.unit = "kr_per_day";
    setting.source = "Test";
    setting.year = year;
    setting.valid_from = *Date::parse_iso(valid_from);
    setting.label_da = "Betaling";
    insert_economic_setting(sql(), setting);
  };
  figure(2050, 2025, std::nullopt, "2025-01-01");
  figure(2060, 2025, std::nullopt, "2025-03-01");  // a correction later the same year
  figure(2070, 2025, course.unit_id, "2025-01-01");
  figure(2080, 2026, other.unit_id, "2026-01-01");  // another unit's
  const auto settings = list_economic_settings(sql());
  const auto general = yearly_settings(settings, "awaiting_discharge_payment", std::nullopt);
  ASSERT_EQ(general.size(), 2u);
  EXPECT_EQ(general[0].year, 2016);
  EXPECT_DOUBLE_EQ(general[1].value, 2060);
  const auto own = yearly_settings(settings, "awaiting_discharge_payment", course.unit_id);
  ASSERT_EQ(own.size(), 2u);
  EXPECT_DOUBLE_EQ(own[1].value, 2070);
}

// An installation that has run with the placeholder: migration 011 removes
// it and keeps every figure the administrator entered.
TEST(EconomicsMigration, ThePlaceholderGivesWayToTheLawsFigure) {
  std::string pattern = (std::filesystem::temp_directory_path() / "afk-economics-migration-XXXXXX").string();
  const std::filesystem::path directory = mkdtemp(pattern.data());
  {
    auto pool = open_sqlite_pool((directory / "old.sqlite").string());
    auto connection = pool->acquire();
    auto migrations = embedded_migrations(sqlite_dialect);
    const auto all = migrations;
    std::erase_if(migrations, [](const Migration& migration) { return migration.number > 10; });
    apply_migrations(*connection, migrations);
    ASSERT_EQ(
        connection->query("SELECT value FROM economic_settings WHERE code = 'awaiting_discharge_payment'")
            .at(0)
            .real(0),
        2000);
    connection->execute(
        "INSERT INTO economic_settings (kind, code, value, unit, source, year, valid_from, document) VALUES "
        "('price', 'awaiting_discharge_payment', 2040, 'kr_per_day', 'Kommunens opslag', 2024, '2024-01-01', "
        "'{\"label_da\": \"Betaling\", \"example\": false}')");
    apply_migrations(*connection, all);
    const auto figures =
        yearly_settings(list_economic_settings(*connection), "awaiting_discharge_payment", std::nullopt);
    ASSERT_EQ(figures.size(), 2u);
    EXPECT_DOUBLE_EQ(figures[0].value, 1976);
    EXPECT_DOUBLE_EQ(figures[1].value, 2040) << "the administrator's own figure stays";
    for (const auto& figure : figures) EXPECT_FALSE(figure.example);
    // Written as ISO text before migration 013, read as day numbers after it.
    EXPECT_EQ(figures[0].valid_from, *Date::from_ymd(2016, 1, 1));
    EXPECT_EQ(figures[1].valid_from, *Date::from_ymd(2024, 1, 1));
  }
  std::filesystem::remove_all(directory);
}

}  // namespace
}  // namespace afk::store
