#include "core/numbers/paired_change.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "core/numbers/standard_instruments.hpp"
#include "core/numbers/student_t.hpp"

namespace afk::numbers {
namespace {

TEST(NumbersStudentT, QuantilesMatchPublishedTables) {
  struct Row {
    double p, df, t;
  };
  // Two-sided 95 % (p = 0.975) and other columns of the standard t table.
  for (const Row& row :
       {Row{0.975, 1, 12.706205}, Row{0.975, 2, 4.302653}, Row{0.975, 3, 3.182446}, Row{0.975, 5, 2.570582},
        Row{0.975, 10, 2.228139}, Row{0.975, 30, 2.042272}, Row{0.975, 100, 1.983972},
        Row{0.95, 10, 1.812461}, Row{0.995, 3, 5.840909}, Row{0.90, 1, 3.077684}, Row{0.999, 20, 3.551808}})
    EXPECT_NEAR(student_t_quantile(row.p, row.df), row.t, 5e-6) << "p=" << row.p << " df=" << row.df;
  EXPECT_NEAR(student_t_quantile(0.975, 1e7), 1.959964, 5e-6);  // tends to the normal quantile
  EXPECT_NEAR(student_t_quantile(0.025, 10), -2.228139, 5e-6);
  EXPECT_DOUBLE_EQ(student_t_quantile(0.5, 4), 0.0);
  EXPECT_TRUE(std::isnan(student_t_quantile(1.0, 4)));
}

TEST(NumbersStudentT, CdfIsTheInverse) {
  EXPECT_NEAR(student_t_cdf(2.228139, 10), 0.975, 1e-7);
  EXPECT_NEAR(student_t_cdf(0, 3), 0.5, 1e-15);
  EXPECT_NEAR(student_t_cdf(-1, 1), 0.25, 1e-12);  // Cauchy: 1/2 + atan(-1)/pi
  EXPECT_NEAR(regularized_incomplete_beta(0.3, 1, 1), 0.3, 1e-14);
  EXPECT_NEAR(regularized_incomplete_beta(0.5, 2, 2), 0.5, 1e-14);
}

TEST(NumbersPairedChange, MeanConfidenceIntervalAndRelevantChanges) {
  // Changes 20, 4, 20, -16: mean 7, sample variance 876 / 3 = 292.
  const std::vector<ScorePair> pairs{{40, 60}, {52, 56}, {28, 48}, {60, 44}};
  const auto change = summarize_paired_change(pairs, 10.0);
  EXPECT_EQ(change.pairs, 4);
  EXPECT_DOUBLE_EQ(*change.mean_change, 7.0);
  EXPECT_NEAR(*change.standard_deviation, std::sqrt(292.0), 1e-12);
  const double half_width = 3.182446 * std::sqrt(292.0) / 2.0;  // t(0.975, 3) from the table
  EXPECT_NEAR(*change.ci95_low, 7.0 - half_width, 1e-4);
  EXPECT_NEAR(*change.ci95_high, 7.0 + half_width, 1e-4);
  EXPECT_EQ(change.improved_relevantly, 2);
  EXPECT_EQ(change.worsened_relevantly, 1);
  EXPECT_DOUBLE_EQ(*change.improved_percent, 50.0);
  EXPECT_DOUBLE_EQ(*change.worsened_percent, 25.0);
}

TEST(NumbersPairedChange, RelevantChangeCountsExactlyTenPoints) {
  const std::vector<ScorePair> pairs{{40, 50}, {50, 40}, {40, 48}};
  const auto change = summarize_paired_change(pairs, 10.0);
  EXPECT_EQ(change.improved_relevantly, 1);
  EXPECT_EQ(change.worsened_relevantly, 1);
}

TEST(NumbersPairedChange, OnePairHasAMeanButNoInterval) {
  const std::vector<ScorePair> one{{40, 52}};
  const auto change = summarize_paired_change(one, std::nullopt);
  EXPECT_DOUBLE_EQ(*change.mean_change, 12.0);
  EXPECT_FALSE(change.ci95_low.has_value());
  EXPECT_FALSE(change.improved_percent.has_value());  // no relevant change defined
  EXPECT_FALSE(summarize_paired_change(std::vector<ScorePair>{}, 10.0).mean_change.has_value());
}

ResponseFacts who5_response(std::string id, std::string course, TimePoint point, std::string_view day,
                            std::vector<std::optional<int>> values) {
  ResponseFacts response;
  response.response_id = std::move(id);
  response.course_id = std::move(course);
  response.citizen_key = "c-" + response.course_id;
  response.instrument_code = "who5";
  response.time_point = point;
  response.answered_on = *Date::parse_iso(day);
  for (size_t i = 0; i < values.size(); ++i)
    response.answers.push_back({"who5_" + std::to_string(i + 1), values[i]});
  return response;
}

TEST(NumbersPairedChange, PairsEarliestMoveInWithLatestMoveOutPerCourse) {
  const auto who5 = who5_definition();
  std::vector<ResponseFacts> responses{
      who5_response("1", "A", TimePoint::move_in, "2024-01-05", {2, 2, 2, 2, 2}),   // 40, earliest: used
      who5_response("2", "A", TimePoint::move_in, "2024-01-20", {5, 5, 5, 5, 5}),   // later move-in: ignored
      who5_response("3", "A", TimePoint::move_out, "2024-03-01", {3, 3, 3, 3, 3}),  // 60
      who5_response("4", "A", TimePoint::move_out, "2024-03-10", {4, 3, 3, 3, 3}),  // 64, latest: used
      who5_response("5", "B", TimePoint::move_in, "2024-01-05", {3, 3, 3, 3, 3}),   // 60
      who5_response("6", "B", TimePoint::move_out, "2024-02-05", {2, 2, 2, 2, 3}),  // 44
      who5_response("7", "C", TimePoint::move_in, "2024-01-05", {3, 3, 3, 3, 3}),   // no move-out
      who5_response("8", "D", TimePoint::move_in, "2024-01-05", {3, 3, 3, 3, std::nullopt}),  // not scorable
      who5_response("9", "D", TimePoint::move_out, "2024-02-05", {3, 3, 3, 3, 3}),
      who5_response("10", "E", TimePoint::follow_up, "2024-05-05", {3, 3, 3, 3, 3}),  // other time point
  };
  responses.push_back(responses[0]);
  responses.back().instrument_code = "brief_inspire";  // other instrument: ignored

  const auto change = paired_change(who5, responses, TimePoint::move_in, TimePoint::move_out);
  EXPECT_EQ(change.pairs, 2);  // A: 40 -> 64, B: 60 -> 44
  EXPECT_DOUBLE_EQ(*change.mean_change, (24.0 - 16.0) / 2.0);
  EXPECT_EQ(change.improved_relevantly, 1);
  EXPECT_EQ(change.worsened_relevantly, 1);
  EXPECT_EQ(change.only_before, 1);  // C
  EXPECT_EQ(change.only_after, 1);   // D (its move-in could not be scored)
  EXPECT_EQ(change.not_scorable, 1);

  const auto follow_up = paired_change(who5, responses, TimePoint::move_in, TimePoint::follow_up);
  EXPECT_EQ(follow_up.pairs, 0);
  EXPECT_EQ(follow_up.only_after, 1);
}

TEST(NumbersPairedChange, SameTimePointNeedsTwoResponses) {
  const auto who5 = who5_definition();
  const std::vector<ResponseFacts> responses{
      who5_response("1", "A", TimePoint::monthly, "2024-01-05", {2, 2, 2, 2, 2}),
      who5_response("2", "A", TimePoint::monthly, "2024-03-05", {3, 3, 3, 3, 3}),
      who5_response("3", "B", TimePoint::monthly, "2024-01-05", {2, 2, 2, 2, 2}),
  };
  const auto change = paired_change(who5, responses, TimePoint::monthly, TimePoint::monthly);
  EXPECT_EQ(change.pairs, 1);
  EXPECT_DOUBLE_EQ(*change.mean_change, 20.0);
  EXPECT_EQ(change.only_before, 1);
}

}  // namespace
}  // namespace afk::numbers
