#include "core/numbers/instrument_edit.hpp"

#include <functional>

namespace afk::numbers {

namespace {
using Found = std::optional<std::string>;

// The first element (by index) whose scoring fields differ, as "name[i].field";
// a different length is the list itself.
template <class T>
Found first_in_list(const std::string& name, const std::vector<T>& a, const std::vector<T>& b,
                    const std::function<Found(const T&, const T&)>& differs) {
  if (a.size() != b.size()) return name;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (auto field = differs(a[i], b[i]))
      return name + "[" + std::to_string(i) + "]" + (field->empty() ? "" : "." + *field);
  return std::nullopt;
}
}  // namespace

std::optional<std::string> scoring_change(const InstrumentDefinition& before,
                                          const InstrumentDefinition& after) {
  // Alphabetical, as the instrument's JSON object lists its keys.
  if (before.code != after.code) return "code";
  if (before.factor != after.factor) return "factor";
  if (auto found = first_in_list<InstrumentItem>(
          "items", before.items, after.items, [](const InstrumentItem& a, const InstrumentItem& b) -> Found {
            return a.code != b.code ? Found("code") : std::nullopt;
          }))
    return found;
  if (before.max_value != after.max_value) return "max_value";
  if (before.min_value != after.min_value) return "min_value";
  if (before.minimum_answered != after.minimum_answered) return "minimum_answered";
  if (auto found = first_in_list<AnswerOption>("options", before.options, after.options,
                                               [](const AnswerOption& a, const AnswerOption& b) -> Found {
                                                 return a.value != b.value ? Found("value") : std::nullopt;
                                               }))
    return found;
  if (before.relevant_change != after.relevant_change) return "relevant_change";
  if (before.rule != after.rule) return "rule";
  if (auto found = first_in_list<Threshold>("thresholds", before.thresholds, after.thresholds,
                                            [](const Threshold& a, const Threshold& b) -> Found {
                                              if (a.code != b.code) return "code";
                                              if (a.comparison != b.comparison) return "comparison";
                                              if (a.value != b.value) return "value";
                                              return std::nullopt;
                                            }))
    return found;
  if (before.time_points.size() != after.time_points.size()) return "time_points";
  for (std::size_t i = 0; i < before.time_points.size(); ++i)
    if (before.time_points[i] != after.time_points[i]) return "time_points[" + std::to_string(i) + "]";
  return std::nullopt;
}

}  // namespace afk::numbers
