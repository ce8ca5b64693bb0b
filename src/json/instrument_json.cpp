#include "json/instrument_json.hpp"

#include <array>
#include <cmath>
#include <utility>

#include "json/codec.hpp"

// The readers for the numbers types live in afk::numbers (internal linkage)
// so the codec templates in afk::json find them by argument-dependent lookup.
namespace afk::json::instrument_detail {
// A JSON number (integer or decimal); a distinct type so ADL finds its reader.
struct Number {
  double value = 0;
};
[[maybe_unused]] static ReadError read_value(const Json& json, const std::string& path, Number& out) {
  if (!json.is_number()) return wrong_type_error(path, "et tal");
  out.value = json.get<double>();
  if (!std::isfinite(out.value)) return wrong_type_error(path, "et endeligt tal");
  return std::nullopt;
}
}  // namespace afk::json::instrument_detail

namespace afk::numbers {
namespace {
using json::Json;
using json::ReadError;

constexpr std::array<std::pair<ScoringRule, std::string_view>, 3> rule_codes{{
    {ScoringRule::sum, "sum"},
    {ScoringRule::sum_times_factor, "sum_times_factor"},
    {ScoringRule::mean_times_factor, "mean_times_factor"},
}};
constexpr std::array<std::pair<ThresholdComparison, std::string_view>, 4> comparison_codes{{
    {ThresholdComparison::below, "below"},
    {ThresholdComparison::at_most, "at_most"},
    {ThresholdComparison::at_least, "at_least"},
    {ThresholdComparison::above, "above"},
}};

template <class E, std::size_t N>
ReadError read_coded(const Json& json, const std::string& path, E& out,
                     const std::array<std::pair<E, std::string_view>, N>& codes) {
  std::string code;
  if (auto error = json::read_value(json, path, code)) return error;
  std::vector<std::string> allowed;
  for (const auto& [value, text] : codes) {
    if (text == code) {
      out = value;
      return std::nullopt;
    }
    allowed.emplace_back(text);
  }
  return json::invalid_enum_error(path, code, allowed);
}
}  // namespace

[[maybe_unused]] static ReadError read_value(const Json& json, const std::string& path, ScoringRule& out) {
  return read_coded(json, path, out, rule_codes);
}

[[maybe_unused]] static ReadError read_value(const Json& json, const std::string& path,
                                             ThresholdComparison& out) {
  return read_coded(json, path, out, comparison_codes);
}

[[maybe_unused]] static ReadError read_value(const Json& json, const std::string& path, TimePoint& out) {
  std::string code;
  if (auto error = json::read_value(json, path, code)) return error;
  if (auto point = time_point_from_code(code)) {
    out = *point;
    return std::nullopt;
  }
  return json::invalid_enum_error(path, code, {"move_in", "move_out", "follow_up", "monthly"});
}

[[maybe_unused]] static ReadError read_value(const Json& json, const std::string& path, InstrumentItem& out) {
  json::ObjectReader reader(json, path);
  reader.required("code", out.code).required("text_da", out.text_da);
  return reader.finish();
}

[[maybe_unused]] static ReadError read_value(const Json& json, const std::string& path, AnswerOption& out) {
  json::ObjectReader reader(json, path);
  reader.required("value", out.value).required("label_da", out.label_da);
  return reader.finish();
}

[[maybe_unused]] static ReadError read_value(const Json& json, const std::string& path, Threshold& out) {
  json::ObjectReader reader(json, path);
  json::instrument_detail::Number value;
  reader.required("code", out.code)
      .required("label_da", out.label_da)
      .required("comparison", out.comparison)
      .required("value", value);
  out.value = value.value;
  return reader.finish();
}

[[maybe_unused]] static ReadError read_value(const Json& json, const std::string& path,
                                             InstrumentDefinition& out) {
  json::ObjectReader reader(json, path);
  json::instrument_detail::Number factor{1};
  std::optional<json::instrument_detail::Number> relevant_change;
  reader.required("code", out.code)
      .required("name_da", out.name_da)
      .optional("introduction_da", out.introduction_da)
      .required("items", out.items)
      .required("options", out.options)
      .required("min_value", out.min_value)
      .required("max_value", out.max_value)
      .required("rule", out.rule)
      .optional("factor", factor)
      .required("minimum_answered", out.minimum_answered)
      .required("time_points", out.time_points)
      .optional("thresholds", out.thresholds)
      .optional("relevant_change", relevant_change);
  out.factor = factor.value;
  if (relevant_change)
    out.relevant_change = relevant_change->value;
  else
    out.relevant_change.reset();
  return reader.finish();
}

}  // namespace afk::numbers

namespace afk::json {

using namespace afk::numbers;

std::string_view scoring_rule_code(ScoringRule rule) {
  for (const auto& [value, code] : rule_codes)
    if (value == rule) return code;
  return {};
}

std::string_view threshold_comparison_code(ThresholdComparison comparison) {
  for (const auto& [value, code] : comparison_codes)
    if (value == comparison) return code;
  return {};
}

Json to_json(const InstrumentDefinition& definition) {
  Json items = Json::array();
  for (const auto& item : definition.items) items.push_back({{"code", item.code}, {"text_da", item.text_da}});
  Json options = Json::array();
  for (const auto& option : definition.options)
    options.push_back({{"value", option.value}, {"label_da", option.label_da}});
  Json time_points = Json::array();
  for (TimePoint point : definition.time_points) time_points.push_back(std::string(time_point_code(point)));
  Json thresholds = Json::array();
  for (const auto& threshold : definition.thresholds)
    thresholds.push_back({{"code", threshold.code},
                          {"label_da", threshold.label_da},
                          {"comparison", std::string(threshold_comparison_code(threshold.comparison))},
                          {"value", threshold.value}});
  return Json{
      {"code", definition.code},
      {"name_da", definition.name_da},
      {"introduction_da", definition.introduction_da},
      {"items", items},
      {"options", options},
      {"min_value", definition.min_value},
      {"max_value", definition.max_value},
      {"rule", std::string(scoring_rule_code(definition.rule))},
      {"factor", definition.factor},
      {"minimum_answered", definition.minimum_answered},
      {"time_points", time_points},
      {"thresholds", thresholds},
      {"relevant_change", definition.relevant_change ? Json(*definition.relevant_change) : Json(nullptr)}};
}

Result<InstrumentDefinition> parse_instrument_definition(const Json& json) {
  InstrumentDefinition definition;
  if (auto error = read_value(json, std::string(), definition)) return *error;
  return definition;
}

Json answers_to_json(std::span<const ItemAnswer> answers) {
  return encode(std::vector<ItemAnswer>(answers.begin(), answers.end()));
}

Result<std::vector<ItemAnswer>> parse_answers(const Json& json, const std::string& path) {
  std::vector<ItemAnswer> answers;
  if (auto error = read_value(json, path, answers)) return *error;
  return answers;
}

Json to_json(const InstrumentScore& score) {
  return Json{{"answered", score.answered},
              {"raw", score.raw},
              {"score", score.score},
              {"thresholds_met", score.thresholds_met}};
}

Result<ResponseInput> parse_response_input(const Json& json) {
  ResponseInput input;
  ObjectReader reader(json, std::string());
  reader.required("instrument_code", input.instrument_code)
      .required("time_point", input.time_point)
      .optional("answered_on", input.answered_on)
      .required("answers", input.answers);
  if (auto error = reader.finish()) return *error;
  return input;
}

Json to_json(const ResponseDocument& document) {
  return Json{{"instrument_code", document.instrument_code},
              {"instrument_version", document.instrument_version},
              {"time_point", std::string(time_point_code(document.time_point))},
              {"answered_on", document.answered_on.iso()},
              {"answers", answers_to_json(document.answers)},
              {"score", document.score ? Json(*document.score) : Json(nullptr)}};
}

Result<ResponseDocument> parse_response_document(const Json& json) {
  ResponseDocument document;
  std::optional<instrument_detail::Number> score;
  ObjectReader reader(json, std::string());
  reader.required("instrument_code", document.instrument_code)
      .required("instrument_version", document.instrument_version)
      .required("time_point", document.time_point)
      .required("answered_on", document.answered_on)
      .required("answers", document.answers)
      .required("score", score);
  if (auto error = reader.finish()) return *error;
  if (score) document.score = score->value;
  return document;
}

}  // namespace afk::json
