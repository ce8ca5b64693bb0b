// One field list drives reading, writing and the OpenAPI schema (json/fields.hpp).
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "core/domain_fixtures.hpp"
#include "core/input_limits.hpp"
#include "json/aggregates.hpp"
#include "json/codec.hpp"
#include "json/report_table_json.hpp"
#include "json/schema.hpp"

namespace afk::json {

// A record of the test's own, to show what one line in a field list gives.
struct Sample {
  std::int64_t id = 0;
  std::string note;
  std::optional<Date> done_on;
  std::vector<std::string> tags;
};
struct SampleView {
  Sample sample;
  std::string note;  // replaces the sample's note
  bool extra = false;
};
AFK_FIELDS(Sample, "Sample", field("id", &T::id), omissible("note", &T::note), field("done_on", &T::done_on),
           field("tags", &T::tags))
AFK_FIELDS(SampleView, "SampleView", flatten(&T::sample, "note"), field("note", &T::note),
           field("extra", &T::extra))

namespace {

std::set<std::string> keys_of(const nlohmann::json& object) {
  std::set<std::string> keys;
  for (const auto& item : object.items()) keys.insert(item.key());
  return keys;
}
std::set<std::string> keys_of(const nlohmann::ordered_json& object) {
  std::set<std::string> keys;
  for (const auto& item : object.items()) keys.insert(item.key());
  return keys;
}

TEST(Fields, OneLineIsReadWrittenAndDocumented) {
  const Sample sample{7, "Tekst", Date::parse_iso("2024-05-01").value(), {"a", "b"}};
  const Json written = encode(sample);
  EXPECT_EQ(written, (Json{{"id", 7}, {"note", "Tekst"}, {"done_on", "2024-05-01"}, {"tags", {"a", "b"}}}));

  Sample read;
  ASSERT_FALSE(read_value(written, "", read));
  EXPECT_EQ(read.id, 7);
  EXPECT_EQ(read.note, "Tekst");
  EXPECT_EQ(read.done_on, sample.done_on);
  EXPECT_EQ(read.tags, sample.tags);

  const auto answer = object_schema<Sample>(SchemaUse::answer);
  EXPECT_EQ(keys_of(answer["properties"]), keys_of(written));
  EXPECT_EQ(answer["required"].size(), 4u);
  EXPECT_EQ(answer["properties"]["done_on"]["$ref"], "#/components/schemas/OptionalDate");
  EXPECT_EQ(answer["additionalProperties"], false);
}

TEST(Fields, ARequestRequiresWhatMayNotBeLeftOutAndCarriesTheInputLimits) {
  Sample read;
  // `note` may be left out; `done_on` is optional; `id` and `tags` are required.
  EXPECT_FALSE(read_value(Json{{"id", 1}, {"tags", Json::array()}}, "", read));
  const auto missing = read_value(Json{{"id", 1}}, "sample", read);
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->field, "sample.tags");
  const auto unknown = read_value(Json{{"id", 1}, {"tags", Json::array()}, {"nte", "x"}}, "", read);
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->field, "nte");

  const auto request = object_schema<Sample>(SchemaUse::request);
  EXPECT_EQ(request["required"], (nlohmann::ordered_json{"id", "tags"}));
  EXPECT_EQ(request["properties"]["note"]["maxLength"], text_limit("note").max_characters);
  EXPECT_EQ(request["properties"]["tags"]["items"]["maxLength"], text_limit("tags").max_characters);
  EXPECT_EQ(request["properties"]["id"]["maximum"], static_cast<std::int64_t>(number_limit("id").maximum));
}

TEST(Fields, AFlattenedRecordIsInlinedLessTheFieldItsViewReplaces) {
  SampleView view;
  view.sample = Sample{3, "skjult", std::nullopt, {}};
  view.note = "vist";
  view.extra = true;
  const Json written = encode(view);
  EXPECT_EQ(written["note"], "vist");
  EXPECT_EQ(written["id"], 3);
  EXPECT_EQ(written["done_on"], nullptr);
  const auto schema = object_schema<SampleView>(SchemaUse::answer);
  EXPECT_EQ(keys_of(schema["properties"]), keys_of(written));
  EXPECT_EQ(schema["required"].size(), written.size());
}

// Every answer the API documents from a field list has exactly the fields the codec writes.
template <class T>
void expect_schema_matches_encoding(const T& value) {
  const Json written = encode(value);
  const auto schema = object_schema<T>(SchemaUse::answer);
  EXPECT_EQ(keys_of(schema["properties"]), keys_of(written)) << Fields<T>::name;
  EXPECT_EQ(schema["required"].size(), written.size()) << Fields<T>::name;
}

TEST(Fields, TheDocumentedAnswersAreWhatTheCodecWrites) {
  expect_schema_matches_encoding(testing::phase_1_course());
  expect_schema_matches_encoding(Citizen{});
  expect_schema_matches_encoding(Referral{});
  CourseView course_view;
  course_view.actors.push_back(ActorView{Actor{}, true});
  expect_schema_matches_encoding(course_view);
  expect_schema_matches_encoding(ReferralView{});
  expect_schema_matches_encoding(ReferralDecisionView{});
  expect_schema_matches_encoding(AgreementView{});
  expect_schema_matches_encoding(FigureView{});
  expect_schema_matches_encoding(AccessLogView{});
  expect_schema_matches_encoding(QuestionnaireChangeView{});
  expect_schema_matches_encoding(WhoGainsView{});
}

// Every report answers its table in one shape: typed columns, cells by key, hidden cells null and listed.
TEST(Fields, AReportTableIsWrittenInOneShapeWithItsHiddenCellsListed) {
  numbers::ReportTable table;
  table.title = "Flow";
  for (auto [key, heading, type] : {std::tuple{"name", "Navn", numbers::ColumnType::text},
                                    {"declined", "Afvist", numbers::ColumnType::integer},
                                    {"from", "Fra", numbers::ColumnType::date}}) {
    numbers::ReportColumn column;
    column.key = key;
    column.heading_da = heading;
    column.type = type;
    table.columns.push_back(column);
  }
  table.rows = {{{std::string("Nygårdsvej"), numbers::SuppressedCell{}, *Date::from_ymd(2026, 1, 5)}, false},
                {{std::string("I alt"), std::int64_t{7}, std::monostate{}}, true}};
  const Json figure = to_json(FigureView{"flow",
                                         ReportScope{},
                                         {*Date::from_ymd(2026, 1, 1), *Date::from_ymd(2026, 1, 31)},
                                         table_view(table),
                                         true});
  EXPECT_EQ(figure.at("columns").at(1),
            (Json{{"key", "declined"}, {"heading", "Afvist"}, {"type", "integer"}}));
  EXPECT_EQ(figure.at("rows").at(0).at("cells"),
            (Json{{"name", "Nygårdsvej"}, {"declined", nullptr}, {"from", "2026-01-05"}}));
  EXPECT_EQ(figure.at("rows").at(1).at("cells").at("declined"), 7);
  EXPECT_TRUE(figure.at("rows").at(1).at("is_total"));
  EXPECT_EQ(figure.at("suppressed"), (Json::array({{{"row", 0}, {"column", "declined"}}})));
  EXPECT_EQ(figure.at("period"), (Json{{"from", "2026-01-01"}, {"to", "2026-01-31"}}));
  EXPECT_EQ(figure.at("scope"), (Json{{"kind", "national"}, {"id", 0}}));

  const Json log = to_json(AccessLogView{table_view(table), std::nullopt});
  for (const char* key : {"title", "columns", "rows", "suppressed", "notes"})
    EXPECT_EQ(log.at(key), figure.at(key)) << key;
}

TEST(Fields, ACourseSurvivesWritingAndReading) {
  const Course course = testing::phase_1_course();
  Course read;
  ASSERT_FALSE(read_value(encode(course), "", read));
  EXPECT_EQ(encode(read), encode(course));
}

}  // namespace
}  // namespace afk::json
