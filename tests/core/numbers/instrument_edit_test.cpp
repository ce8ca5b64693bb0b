// An answered instrument may change its texts, never what scores: the rule
// in core, with the path the API names in its error.
#include "core/numbers/instrument_edit.hpp"

#include <gtest/gtest.h>

#include "core/numbers/standard_instruments.hpp"

namespace afk::numbers {
namespace {

TEST(InstrumentEdit, TextsMayChange) {
  const InstrumentDefinition before = who5_definition();
  InstrumentDefinition after = before;
  after.name_da = "WHO-5 (ny ordlyd)";
  after.introduction_da = "I de seneste to uger …";
  after.items[0].text_da = "… har jeg været glad";
  after.options[0].label_da = "Altid";
  if (!after.thresholds.empty()) after.thresholds[0].label_da = "Lav trivsel";
  EXPECT_EQ(scoring_change(before, after), std::nullopt);
}

TEST(InstrumentEdit, WhatScoresMayNotAndThePathSaysWhere) {
  const InstrumentDefinition before = who5_definition();
  auto changed = [&](auto edit) {
    InstrumentDefinition after = before;
    edit(after);
    return scoring_change(before, after);
  };
  EXPECT_EQ(changed([](auto& d) { d.code = "who5b"; }), "code");
  EXPECT_EQ(changed([](auto& d) { d.max_value = 6; }), "max_value");
  EXPECT_EQ(changed([](auto& d) { d.min_value = 1; }), "min_value");
  EXPECT_EQ(changed([](auto& d) { d.factor = 5; }), "factor");
  EXPECT_EQ(changed([](auto& d) { d.minimum_answered = 1; }), "minimum_answered");
  EXPECT_EQ(changed([](auto& d) { d.rule = ScoringRule::sum; }), "rule");
  EXPECT_EQ(changed([](auto& d) { d.items[1].code = "who5_x"; }), "items[1].code");
  EXPECT_EQ(changed([](auto& d) { d.items.pop_back(); }), "items");
  EXPECT_EQ(changed([](auto& d) { d.options[2].value = 9; }), "options[2].value");
  EXPECT_EQ(changed([](auto& d) { d.relevant_change = 99; }), "relevant_change");
  EXPECT_EQ(changed([](auto& d) { d.time_points.push_back(TimePoint::monthly); }), "time_points");
  EXPECT_EQ(changed([](auto& d) {
              d.thresholds.push_back({"x", "X", ThresholdComparison::above, 1});
            }),
            "thresholds");
  // Two changes: the first in the JSON's (alphabetical) order is named.
  EXPECT_EQ(changed([](auto& d) {
              d.min_value = 1;
              d.factor = 5;
            }),
            "factor");
}

}  // namespace
}  // namespace afk::numbers
