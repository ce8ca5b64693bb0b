#include "core/numbers/instrument.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "core/numbers/standard_instruments.hpp"

namespace afk::numbers {
namespace {

std::vector<ItemAnswer> answers_for(const InstrumentDefinition& definition,
                                    std::vector<std::optional<int>> values) {
  std::vector<ItemAnswer> answers;
  for (size_t i = 0; i < values.size(); ++i) answers.push_back({definition.items.at(i).code, values[i]});
  return answers;
}

bool has(const std::vector<std::string>& codes, const std::string& code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

TEST(NumbersWho5, WorkedExample) {
  const auto who5 = who5_definition();
  const auto score = score_answers(who5, answers_for(who5, {3, 2, 4, 1, 3}));
  ASSERT_TRUE(score.ok()) << score.error().message;
  EXPECT_DOUBLE_EQ(score->raw, 13);
  EXPECT_DOUBLE_EQ(score->score, 52);
  EXPECT_EQ(score->answered, 5);
  EXPECT_TRUE(score->thresholds_met.empty());  // 52: neither poor wellbeing nor possible depression
}

TEST(NumbersWho5, ThresholdsAtTheirEdges) {
  const auto who5 = who5_definition();
  // raw 12 -> 48: below 50, above 28.
  auto score = score_answers(who5, answers_for(who5, {3, 3, 2, 2, 2}));
  EXPECT_TRUE(has(score->thresholds_met, "poor_wellbeing"));
  EXPECT_FALSE(has(score->thresholds_met, "possible_depression"));
  // raw 7 -> 28: possible depression (<= 28) and poor wellbeing.
  score = score_answers(who5, answers_for(who5, {2, 2, 1, 1, 1}));
  EXPECT_DOUBLE_EQ(score->score, 28);
  EXPECT_TRUE(has(score->thresholds_met, "possible_depression"));
  EXPECT_TRUE(has(score->thresholds_met, "poor_wellbeing"));
  // raw 8 -> 32: not possible depression.
  score = score_answers(who5, answers_for(who5, {2, 2, 2, 1, 1}));
  EXPECT_FALSE(has(score->thresholds_met, "possible_depression"));
  // Extremes.
  EXPECT_DOUBLE_EQ(score_answers(who5, answers_for(who5, {5, 5, 5, 5, 5}))->score, 100);
  EXPECT_DOUBLE_EQ(score_answers(who5, answers_for(who5, {0, 0, 0, 0, 0}))->score, 0);
}

TEST(NumbersWho5, FourAnswersGiveNoScore) {
  const auto who5 = who5_definition();
  const auto skipped = score_answers(who5, answers_for(who5, {3, 2, 4, 1, std::nullopt}));
  ASSERT_FALSE(skipped.ok());
  EXPECT_EQ(skipped.error().code, "too_few_answers");
  const auto left_out = score_answers(who5, answers_for(who5, {3, 2, 4, 1}));
  ASSERT_FALSE(left_out.ok());
  EXPECT_EQ(left_out.error().code, "too_few_answers");
  EXPECT_NE(left_out.error().message.find("4 af 5"), std::string::npos);
}

TEST(NumbersBriefInspire, WorkedExample) {
  const auto inspire = brief_inspire_definition();
  const auto score = score_answers(inspire, answers_for(inspire, {4, 3, 2, 3, 4}));
  ASSERT_TRUE(score.ok());
  EXPECT_DOUBLE_EQ(score->raw, 3.2);
  EXPECT_DOUBLE_EQ(score->score, 80);
}

TEST(NumbersBriefInspire, FourAnswersScoreOnTheirMeanThreeDoNot) {
  const auto inspire = brief_inspire_definition();
  const auto four = score_answers(inspire, answers_for(inspire, {4, std::nullopt, 2, 3, 4}));
  ASSERT_TRUE(four.ok());
  EXPECT_EQ(four->answered, 4);
  EXPECT_DOUBLE_EQ(four->score, 13.0 / 4.0 * 25.0);  // 81.25: the skipped item is not a zero
  const auto three = score_answers(inspire, answers_for(inspire, {4, std::nullopt, 2, std::nullopt, 4}));
  ASSERT_FALSE(three.ok());
  EXPECT_EQ(three.error().code, "too_few_answers");
}

TEST(NumbersInstrument, ValidationFindsUnknownItemsOutOfRangeAndDuplicates) {
  const auto inspire = brief_inspire_definition();
  const std::vector<ItemAnswer> answers{
      {"inspire_hope", 5},  // range is 0–4
      {"inspire_meaning", -1},
      {"who5_1", 3},  // belongs to another instrument
      {"inspire_identity", 2},
      {"inspire_identity", 3},                // twice
      {"inspire_empowerment", std::nullopt},  // unanswered is fine
  };
  const auto problems = validate_answers(inspire, answers);
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_EQ(problems[0].code, "value_out_of_range");
  EXPECT_EQ(problems[0].field, "inspire_hope");
  EXPECT_EQ(problems[1].code, "value_out_of_range");
  EXPECT_EQ(problems[2].code, "unknown_item");
  EXPECT_EQ(problems[2].field, "who5_1");
  EXPECT_EQ(problems[3].code, "duplicate_item");

  const auto scored = score_answers(inspire, answers);
  ASSERT_FALSE(scored.ok());
  EXPECT_EQ(scored.error().code, "invalid_answers");
  EXPECT_EQ(scored.error().field, "inspire_hope");
  EXPECT_TRUE(validate_answers(inspire, answers_for(inspire, {0, 1, 2, 3, 4})).empty());
}

TEST(NumbersInstrument, ValueInRangeButNotAnOptionIsRejected) {
  InstrumentDefinition even_only;
  even_only.code = "even";
  even_only.items = {{"q", "Q"}};
  even_only.options = {{0, "nul"}, {2, "to"}, {4, "fire"}};
  even_only.min_value = 0;
  even_only.max_value = 4;
  even_only.minimum_answered = 1;
  const std::vector<ItemAnswer> odd{{"q", 3}};
  const auto problems = validate_answers(even_only, odd);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].code, "value_not_an_option");
}

TEST(NumbersInstrument, ShippedDefinitionsAreValidData) {
  for (const auto& definition :
       {who5_definition(), brief_inspire_definition(), life_areas_example_definition()}) {
    const Status status = validate_definition(definition);
    EXPECT_TRUE(status.ok()) << definition.code << ": " << (status.ok() ? "" : status.error().message);
  }
  EXPECT_EQ(who5_definition().items.size(), 5u);
  EXPECT_EQ(who5_definition().options.size(), 6u);
  EXPECT_EQ(brief_inspire_definition().items.size(), 5u);
  EXPECT_EQ(life_areas_example_definition().items.size(), 10u);
}

TEST(NumbersInstrument, BrokenDefinitionsAreRefused) {
  auto definition = who5_definition();
  definition.items[1].code = definition.items[0].code;
  EXPECT_FALSE(validate_definition(definition).ok());
  definition = who5_definition();
  definition.minimum_answered = 6;
  EXPECT_FALSE(validate_definition(definition).ok());
  definition = who5_definition();
  definition.options.push_back({6, "for meget"});
  EXPECT_FALSE(validate_definition(definition).ok());
  definition = brief_inspire_definition();
  definition.factor = 0;
  EXPECT_FALSE(validate_definition(definition).ok());
}

TEST(NumbersInstrument, UnitsOwnScaleIsJustData) {
  const auto areas = life_areas_example_definition();
  EXPECT_NE(std::find(areas.time_points.begin(), areas.time_points.end(), TimePoint::monthly),
            areas.time_points.end());
  // Eight of ten areas answered: mean of those eight.
  const auto score =
      score_answers(areas, answers_for(areas, {5, 6, 7, 8, std::nullopt, 4, 5, 6, std::nullopt, 7}));
  ASSERT_TRUE(score.ok());
  EXPECT_DOUBLE_EQ(score->score, 48.0 / 8.0);
  EXPECT_FALSE(
      score_answers(areas, answers_for(areas, {0, 6, 7, 8, 5, 4, 5, 6, 5, 7})).ok());  // 0 is below 1
  EXPECT_FALSE(score_answers(areas, answers_for(areas, {5, 6, 7, 8, 5, 4, 5})).ok());  // 7 answered
}

TEST(NumbersInstrument, SumRuleIgnoresFactorAndTimePointCodesRoundTrip) {
  InstrumentDefinition plain;
  plain.code = "plain";
  plain.items = {{"a", "A"}, {"b", "B"}};
  plain.min_value = 0;
  plain.max_value = 9;
  plain.rule = ScoringRule::sum;
  plain.factor = 3;
  plain.minimum_answered = 2;
  const std::vector<ItemAnswer> answers{{"a", 4}, {"b", 5}};
  EXPECT_DOUBLE_EQ(score_answers(plain, answers)->score, 9);
  for (TimePoint point : {TimePoint::move_in, TimePoint::move_out, TimePoint::follow_up, TimePoint::monthly})
    EXPECT_EQ(time_point_from_code(time_point_code(point)), point);
  EXPECT_FALSE(time_point_from_code("weekly").has_value());
}

}  // namespace
}  // namespace afk::numbers
