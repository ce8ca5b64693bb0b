#include "core/numbers/instrument.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

namespace afk::numbers {

namespace {
const InstrumentItem* find_item(const InstrumentDefinition& definition, std::string_view code) {
  for (const auto& item : definition.items)
    if (item.code == code) return &item;
  return nullptr;
}

bool is_option(const InstrumentDefinition& definition, int value) {
  if (definition.options.empty()) return true;  // a free numeric scale: the range is the rule
  return std::any_of(definition.options.begin(), definition.options.end(),
                     [&](const AnswerOption& option) { return option.value == value; });
}

Error definition_error(std::string message, std::string field = {}) {
  return make_error(ErrorKind::bad_input, "invalid_instrument", std::move(message), std::move(field));
}
}  // namespace

std::string_view time_point_code(TimePoint time_point) { return to_code(time_point); }

std::optional<TimePoint> time_point_from_code(std::string_view code) { return from_code<TimePoint>(code); }

Status validate_definition(const InstrumentDefinition& definition) {
  if (definition.code.empty()) return definition_error("Skemaet mangler en kode.", "code");
  if (definition.items.empty()) return definition_error("Skemaet har ingen spørgsmål.", "items");
  std::set<std::string> codes;
  for (const auto& item : definition.items)
    if (item.code.empty() || !codes.insert(item.code).second)
      return definition_error("Spørgsmålenes koder skal være udfyldt og forskellige.", "items");
  if (definition.min_value > definition.max_value)
    return definition_error("Laveste svarværdi er større end højeste.", "min_value");
  for (const auto& option : definition.options)
    if (option.value < definition.min_value || option.value > definition.max_value)
      return definition_error("En svarmulighed ligger uden for det gyldige interval.", "options");
  if (definition.minimum_answered < 1 ||
      definition.minimum_answered > static_cast<int>(definition.items.size()))
    return definition_error("Mindste antal besvarede spørgsmål skal være mellem 1 og antallet af spørgsmål.",
                            "minimum_answered");
  if (definition.rule != ScoringRule::sum && !(definition.factor > 0))
    return definition_error("Faktoren skal være større end 0.", "factor");
  return ok_status();
}

std::vector<Error> validate_answers(const InstrumentDefinition& definition,
                                    std::span<const ItemAnswer> answers) {
  std::vector<Error> problems;
  std::set<std::string> seen;
  for (const auto& answer : answers) {
    if (!find_item(definition, answer.item_code)) {
      problems.push_back(make_error(ErrorKind::bad_input, "unknown_item",
                                    "Spørgsmålet findes ikke i skemaet " + definition.code + ".",
                                    answer.item_code));
      continue;
    }
    if (!seen.insert(answer.item_code).second) {
      problems.push_back(make_error(ErrorKind::bad_input, "duplicate_item",
                                    "Spørgsmålet er besvaret mere end én gang.", answer.item_code));
      continue;
    }
    if (!answer.value) continue;
    const int value = *answer.value;
    if (value < definition.min_value || value > definition.max_value) {
      problems.push_back(make_error(ErrorKind::bad_input, "value_out_of_range",
                                    "Svaret " + std::to_string(value) + " ligger uden for " +
                                        std::to_string(definition.min_value) + "–" +
                                        std::to_string(definition.max_value) + ".",
                                    answer.item_code));
    } else if (!is_option(definition, value)) {
      problems.push_back(make_error(ErrorKind::bad_input, "value_not_an_option",
                                    "Svaret " + std::to_string(value) + " er ikke en af svarmulighederne.",
                                    answer.item_code));
    }
  }
  return problems;
}

bool threshold_met(const Threshold& threshold, double score) {
  switch (threshold.comparison) {
    case ThresholdComparison::below:
      return score < threshold.value;
    case ThresholdComparison::at_most:
      return score <= threshold.value;
    case ThresholdComparison::at_least:
      return score >= threshold.value;
    case ThresholdComparison::above:
      return score > threshold.value;
  }
  return false;
}

Result<InstrumentScore> score_answers(const InstrumentDefinition& definition,
                                      std::span<const ItemAnswer> answers) {
  const auto problems = validate_answers(definition, answers);
  if (!problems.empty())
    return make_error(ErrorKind::bad_input, "invalid_answers",
                      "Besvarelsen er ugyldig: " + problems.front().message, problems.front().field);
  InstrumentScore result;
  long long sum = 0;
  for (const auto& answer : answers) {
    if (!answer.value) continue;
    ++result.answered;
    sum += *answer.value;
  }
  if (result.answered < definition.minimum_answered)
    return make_error(ErrorKind::rule_violated, "too_few_answers",
                      "Kan ikke beregnes: " + std::to_string(result.answered) + " af " +
                          std::to_string(definition.items.size()) + " spørgsmål er besvaret, mindst " +
                          std::to_string(definition.minimum_answered) + " kræves.");
  const auto total = static_cast<double>(sum);
  switch (definition.rule) {
    case ScoringRule::sum:
      result.raw = result.score = total;
      break;
    case ScoringRule::sum_times_factor:
      result.raw = total;
      result.score = total * definition.factor;
      break;
    case ScoringRule::mean_times_factor:
      result.raw = total / result.answered;
      // Multiply before dividing: 16 × 25 / 5 is exactly 80, 3.2 × 25 need not be.
      result.score = total * definition.factor / result.answered;
      break;
  }
  for (const auto& threshold : definition.thresholds)
    if (threshold_met(threshold, result.score)) result.thresholds_met.push_back(threshold.code);
  return result;
}

}  // namespace afk::numbers
