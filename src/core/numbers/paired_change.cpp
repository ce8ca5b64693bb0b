#include "core/numbers/paired_change.hpp"

#include <cmath>
#include <map>
#include <vector>

#include "core/numbers/student_t.hpp"

namespace afk::numbers {

PairedChange summarize_paired_change(std::span<const ScorePair> pairs,
                                     std::optional<double> relevant_change) {
  PairedChange result;
  result.pairs = static_cast<int>(pairs.size());
  result.relevant_change = relevant_change;
  if (pairs.empty()) return result;
  const double n = static_cast<double>(pairs.size());
  double sum = 0;
  for (const auto& pair : pairs) sum += pair.after - pair.before;
  const double mean = sum / n;
  result.mean_change = mean;
  if (pairs.size() >= 2) {
    double squares = 0;
    for (const auto& pair : pairs) squares += std::pow(pair.after - pair.before - mean, 2);
    const double sd = std::sqrt(squares / (n - 1));
    const double half_width = student_t_quantile(0.975, n - 1) * sd / std::sqrt(n);
    result.standard_deviation = sd;
    result.ci95_low = mean - half_width;
    result.ci95_high = mean + half_width;
  }
  if (relevant_change) {
    for (const auto& pair : pairs) {
      const double change = pair.after - pair.before;
      if (change >= *relevant_change) ++result.improved_relevantly;
      if (-change >= *relevant_change) ++result.worsened_relevantly;
    }
    result.improved_percent = 100.0 * result.improved_relevantly / n;
    result.worsened_percent = 100.0 * result.worsened_relevantly / n;
  }
  return result;
}

PairedChange paired_change(const InstrumentDefinition& definition, std::span<const ResponseFacts> responses,
                           TimePoint from, TimePoint to) {
  struct Scored {
    std::string response_id;
    Date answered_on;
    double score;
  };
  std::map<std::string, Scored> earliest_before, latest_after;
  int not_scorable = 0;
  for (const auto& response : responses) {
    if (response.instrument_code != definition.code) continue;
    if (response.time_point != from && response.time_point != to) continue;
    const auto scored = score_answers(definition, response.answers);
    if (!scored) {
      ++not_scorable;
      continue;
    }
    const Scored entry{response.response_id, response.answered_on, scored->score};
    if (response.time_point == from) {
      auto [it, inserted] = earliest_before.try_emplace(response.course_id, entry);
      if (!inserted && entry.answered_on < it->second.answered_on) it->second = entry;
    }
    if (response.time_point == to) {
      auto [it, inserted] = latest_after.try_emplace(response.course_id, entry);
      if (!inserted && it->second.answered_on < entry.answered_on) it->second = entry;
    }
  }
  std::vector<ScorePair> pairs;
  int only_before = 0;
  for (const auto& [course_id, before] : earliest_before) {
    const auto after = latest_after.find(course_id);
    // With from == to (e.g. monthly -> monthly) one response is not a pair with itself.
    if (after == latest_after.end() || after->second.response_id == before.response_id) {
      ++only_before;
      continue;
    }
    pairs.push_back({before.score, after->second.score});
  }
  PairedChange result = summarize_paired_change(pairs, definition.relevant_change);
  result.instrument_code = definition.code;
  result.from = from;
  result.to = to;
  result.only_before = only_before;
  result.only_after = 0;
  for (const auto& [course_id, after] : latest_after) {
    const auto before = earliest_before.find(course_id);
    if (before == earliest_before.end() || before->second.response_id == after.response_id)
      ++result.only_after;
  }
  result.not_scorable = not_scorable;
  return result;
}

}  // namespace afk::numbers
