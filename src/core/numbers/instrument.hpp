// Questionnaire instruments are data, not code (numbers.md "Questionnaires"):
// a definition lists the items, the answer options, the valid range, how to
// score and how many answers a score needs. WHO-5, Brief INSPIRE and a unit's
// own scale are all just values of InstrumentDefinition.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/enum_codes.hpp"
#include "core/result.hpp"

namespace afk::numbers {

enum class ScoringRule {
  sum,                // score = sum of answered items (factor ignored)
  sum_times_factor,   // score = sum × factor (WHO-5: × 4)
  mean_times_factor,  // score = mean of answered items × factor (Brief INSPIRE: × 25)
};

// When an instrument is meant to be answered.
enum class TimePoint { move_in, move_out, follow_up, monthly };

std::string_view time_point_code(TimePoint time_point);  // "move_in", "move_out", "follow_up", "monthly"
std::optional<TimePoint> time_point_from_code(std::string_view code);

struct InstrumentItem {
  std::string code;     // stable, e.g. "who5_1"
  std::string text_da;  // the wording shown to the citizen
};

struct AnswerOption {
  int value = 0;         // what is stored and scored
  std::string label_da;  // what the citizen sees, e.g. "Hele tiden"
};

enum class ThresholdComparison { below, at_most, at_least, above };

// A named cut-off on the final score, e.g. WHO-5 "below 50 = poor wellbeing".
struct Threshold {
  std::string code;      // e.g. "poor_wellbeing"
  std::string label_da;  // e.g. "Dårlig trivsel"
  ThresholdComparison comparison = ThresholdComparison::below;
  double value = 0;
};

struct InstrumentDefinition {
  std::string code;             // stable, e.g. "who5"
  std::string name_da;          // e.g. "WHO-5 Trivselsindeks"
  std::string introduction_da;  // the common stem shown before the items, e.g. "I de sidste 2 uger …"
  std::vector<InstrumentItem> items;
  // The options every item offers; each value must lie in [min_value, max_value].
  std::vector<AnswerOption> options;
  int min_value = 0;  // valid range of one item's answer, both ends included
  int max_value = 0;
  ScoringRule rule = ScoringRule::sum;
  double factor = 1;
  int minimum_answered = 0;  // fewer answered items = no score
  std::vector<TimePoint> time_points;
  std::vector<Threshold> thresholds;
  // Smallest change in score (either direction) that counts as relevant for
  // one person; nullopt when the instrument does not define one.
  std::optional<double> relevant_change;
};

// One item's answer. A missing value (or an item left out of the set) means
// "not answered"; it is not an error, it only counts against minimum_answered.
struct ItemAnswer {
  std::string item_code;
  std::optional<int> value;
};

// One completed questionnaire, as the store keeps it.
struct ResponseFacts {
  std::string response_id;
  std::string course_id;
  std::string citizen_key;
  std::string instrument_code;
  TimePoint time_point = TimePoint::move_in;
  Date answered_on;
  std::vector<ItemAnswer> answers;
};

// Checks a definition a unit has written: unique item codes, at least one
// item, a sensible range, options inside it, minimum_answered within 1..items,
// a positive factor.
Status validate_definition(const InstrumentDefinition& definition);

// Every problem with an answer set: unknown item, item answered twice, value
// outside the valid range or not one of the options. Empty = valid. Each error
// has kind bad_input and `field` = the item code.
std::vector<Error> validate_answers(const InstrumentDefinition& definition,
                                    std::span<const ItemAnswer> answers);

struct InstrumentScore {
  int answered = 0;                         // items with a value
  double raw = 0;                           // sum (sum rules) or mean (mean rule) of the answered items
  double score = 0;                         // after the factor
  std::vector<std::string> thresholds_met;  // codes of the thresholds the score satisfies
};

// The score, or an Error saying why it cannot be scored: code
// "invalid_answers" (see validate_answers; the first problem is in the
// message) or "too_few_answers" (kind rule_violated).
Result<InstrumentScore> score_answers(const InstrumentDefinition& definition,
                                      std::span<const ItemAnswer> answers);

bool threshold_met(const Threshold& threshold, double score);

}  // namespace afk::numbers

namespace afk {
template <>
struct EnumCodes<numbers::ScoringRule> {
  static constexpr std::array<EnumText<numbers::ScoringRule>, 3> table{{
      {numbers::ScoringRule::sum, "sum", "Summen af svarene"},
      {numbers::ScoringRule::sum_times_factor, "sum_times_factor", "Summen gange en faktor"},
      {numbers::ScoringRule::mean_times_factor, "mean_times_factor", "Gennemsnittet gange en faktor"},
  }};
};

template <>
struct EnumCodes<numbers::ThresholdComparison> {
  static constexpr std::array<EnumText<numbers::ThresholdComparison>, 4> table{{
      {numbers::ThresholdComparison::below, "below", "under"},
      {numbers::ThresholdComparison::at_most, "at_most", "højst"},
      {numbers::ThresholdComparison::at_least, "at_least", "mindst"},
      {numbers::ThresholdComparison::above, "above", "over"},
  }};
};

template <>
struct EnumCodes<numbers::TimePoint> {
  static constexpr std::array<EnumText<numbers::TimePoint>, 4> table{{
      {numbers::TimePoint::move_in, "move_in", "Ved indflytning"},
      {numbers::TimePoint::move_out, "move_out", "Ved fraflytning"},
      {numbers::TimePoint::follow_up, "follow_up", "Ved opfølgning"},
      {numbers::TimePoint::monthly, "monthly", "Månedlig"},
  }};
};
}  // namespace afk
