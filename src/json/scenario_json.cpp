#include "json/scenario_json.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <set>
#include <sstream>

namespace afk::json {
namespace {

using Json = nlohmann::json;
using json = Json;  // the reader code below predates the shared alias

[[noreturn]] void fail(const std::string& field, const std::string& message) {
  throw ScenarioError(field, message);
}

// Reads one JSON object, remembering which fields were used so that any
// field left over (a typo, a field of another version) is an error.
class ObjectReader {
 public:
  ObjectReader(const json& object, std::string path) : object_(object), path_(std::move(path)) {
    if (!object_.is_object()) fail(display_path(), "must be an object");
  }

  std::string field(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

  const json* find(const std::string& key) {
    used_.insert(key);
    const auto it = object_.find(key);
    return it == object_.end() || it->is_null() ? nullptr : &*it;
  }

  double number(const std::string& key, double fallback, double minimum,
                double maximum = std::numeric_limits<double>::infinity()) {
    const json* value = find(key);
    if (!value) return fallback;
    if (!value->is_number()) fail(field(key), "must be a number");
    const double number = value->get<double>();
    if (!(number >= minimum && number <= maximum)) {
      std::ostringstream range;
      range << "must be between " << minimum << " and " << maximum;
      if (std::isinf(maximum)) range.str("must be >= " + format(minimum));
      fail(field(key), range.str());
    }
    return number;
  }

  double positive(const std::string& key) {
    const double value = number(key, 0.0, 0.0);
    if (!(value > 0.0)) fail(field(key), "must be > 0");
    return value;
  }

  std::optional<double> optional_number(const std::string& key, double minimum) {
    if (!find(key)) return std::nullopt;
    return number(key, 0.0, minimum);
  }

  long long integer(const std::string& key, long long fallback, long long minimum, long long maximum) {
    const json* value = find(key);
    if (!value) return fallback;
    if (!value->is_number_integer()) fail(field(key), "must be a whole number");
    const auto number = value->get<long long>();
    if (number < minimum || number > maximum) {
      fail(field(key), "must be between " + std::to_string(minimum) + " and " + std::to_string(maximum));
    }
    return number;
  }

  std::string text(const std::string& key, const std::string& fallback) {
    const json* value = find(key);
    if (!value) return fallback;
    if (!value->is_string()) fail(field(key), "must be a string");
    return value->get<std::string>();
  }

  const json& required(const std::string& key) {
    const json* value = find(key);
    if (!value) fail(field(key), "is required");
    return *value;
  }

  // Call after reading: refuses fields nobody asked for.
  void finish() const {
    for (const auto& item : object_.items()) {
      if (!used_.count(item.key())) fail(field(item.key()), "unknown field");
    }
  }

 private:
  static std::string format(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
  }
  std::string display_path() const { return path_.empty() ? "scenario" : path_; }

  const json& object_;
  std::string path_;
  std::set<std::string> used_;
};

sim::DurationDistribution read_distribution(const json& value, const std::string& path) {
  ObjectReader reader(value, path);
  const std::string kind = reader.text("distribution", "");
  sim::DurationDistribution distribution;
  if (kind == "empirical") {
    const json& values = reader.required("values_days");
    if (!values.is_array() || values.empty()) fail(reader.field("values_days"), "must be a non-empty array");
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (!values[i].is_number() || !(values[i].get<double>() >= 0.0)) {
        fail(reader.field("values_days") + "[" + std::to_string(i) + "]", "must be a number >= 0");
      }
      distribution.values_days.push_back(values[i].get<double>());
    }
    distribution.kind = sim::DistributionKind::empirical;
  } else if (kind == "fixed" || kind == "exponential" || kind == "lognormal" || kind == "gamma") {
    reader.required("mean_days");
    distribution.mean_days =
        kind == "fixed" ? reader.number("mean_days", 0.0, 0.0) : reader.positive("mean_days");
    if (kind == "lognormal" || kind == "gamma") {
      reader.required("sd_days");
      distribution.sd_days = reader.positive("sd_days");
    }
    distribution.kind = kind == "fixed"         ? sim::DistributionKind::fixed
                        : kind == "exponential" ? sim::DistributionKind::exponential
                        : kind == "lognormal"   ? sim::DistributionKind::lognormal
                                                : sim::DistributionKind::gamma;
  } else {
    fail(reader.field("distribution"),
         kind.empty()
             ? "is required (fixed, exponential, lognormal, gamma or empirical)"
             : "unknown value '" + kind + "' (expected fixed, exponential, lognormal, gamma or empirical)");
  }
  reader.finish();
  return distribution;
}

sim::PlaceExtension read_extension(const json& value, const std::string& path) {
  ObjectReader reader(value, path);
  sim::PlaceExtension extension;
  extension.probability = reader.number("probability", 0.0, 0.0, 1.0);
  extension.duration = read_distribution(reader.required("duration"), reader.field("duration"));
  reader.finish();
  return extension;
}

// Days since 1970-01-01 of a strict YYYY-MM-DD date (H. Hinnant's algorithm).
std::optional<long long> day_number(const std::string& text) {
  int year = 0, month = 0, day = 0;
  char tail = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
      std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &year, &month, &day, &tail) != 3) {
    return std::nullopt;
  }
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int month_days[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > month_days[month - 1]) return std::nullopt;
  const int y = year - (month <= 2);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int year_of_era = y - era * 400;
  const int day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return static_cast<long long>(era) * 146097 + day_of_era - 719468;
}

std::vector<sim::HistoricalReferral> read_history(const json& value, const std::string& path) {
  if (!value.is_array() || value.empty()) fail(path, "must be a non-empty array of {date, stay_days}");
  std::vector<std::pair<long long, std::optional<double>>> dated;
  for (std::size_t i = 0; i < value.size(); ++i) {
    ObjectReader reader(value[i], path + "[" + std::to_string(i) + "]");
    const std::string date = reader.text("date", "");
    const auto day = day_number(date);
    if (!day) fail(reader.field("date"), "must be a date YYYY-MM-DD");
    dated.emplace_back(*day, reader.optional_number("stay_days", 0.0));
    reader.finish();
  }
  std::stable_sort(dated.begin(), dated.end(), [](auto& a, auto& b) { return a.first < b.first; });
  std::vector<sim::HistoricalReferral> history;
  for (const auto& [day, stay] : dated) history.push_back({double(day - dated.front().first), stay});
  return history;
}

sim::ArrivalModel read_arrivals(const json& value) {
  ObjectReader reader(value, "arrivals");
  sim::ArrivalModel arrivals;
  const std::string kind = reader.text("kind", "poisson");
  if (kind == "poisson") {
    reader.required("rate_per_week");
    arrivals.rate_per_week = reader.number("rate_per_week", 0.0, 0.0);
    arrivals.trend_per_year = reader.number("trend_per_year", 0.0, -1.0);
    if (const json* pattern = reader.find("weekly_pattern")) {
      if (!pattern->is_array() || pattern->size() != 7) {
        fail("arrivals.weekly_pattern", "must be 7 numbers, Monday first");
      }
      std::array<double, 7> weights{};
      for (std::size_t i = 0; i < 7; ++i) {
        if (!(*pattern)[i].is_number() || !((*pattern)[i].get<double>() >= 0.0)) {
          fail("arrivals.weekly_pattern[" + std::to_string(i) + "]", "must be a number >= 0");
        }
        weights[i] = (*pattern)[i].get<double>();
      }
      arrivals.weekly_pattern = weights;
    }
  } else if (kind == "replay") {
    arrivals.kind = sim::ArrivalModel::Kind::replay;
    arrivals.history = read_history(reader.required("history"), "arrivals.history");
    arrivals.replay_period_days = reader.number("replay_period_days", 0.0, 0.0);
  } else {
    fail("arrivals.kind", "unknown value '" + kind + "' (expected poisson or replay)");
  }
  reader.finish();
  return arrivals;
}

sim::PlanRequest read_plan(const json& value) {
  ObjectReader reader(value, "plan");
  sim::PlanRequest request;
  if (const json* target = reader.find("target")) {
    ObjectReader target_reader(*target, "plan.target");
    const auto wait = target_reader.optional_number("max_mean_wait_days", 0.0);
    const auto share = target_reader.find("max_share_waiting")
                           ? std::optional(target_reader.number("max_share_waiting", 0.0, 0.0, 1.0))
                           : std::nullopt;
    if (wait.has_value() == share.has_value()) {
      fail("plan.target", "give exactly one of max_mean_wait_days or max_share_waiting");
    }
    request.target = wait ? sim::PlanTarget{sim::PlanTarget::Kind::mean_wait_days, *wait}
                          : sim::PlanTarget{sim::PlanTarget::Kind::share_waiting, *share};
    target_reader.finish();
  }
  request.min_places = static_cast<int>(reader.integer("min_places", 0, 1, 100000));
  request.max_places = static_cast<int>(reader.integer("max_places", 0, 1, 100000));
  if (request.min_places && request.max_places && request.max_places < request.min_places) {
    fail("plan.max_places", "must be >= plan.min_places");
  }
  request.extra_places = static_cast<int>(reader.integer("extra_places", 2, 0, 1000));
  request.costs.annual_cost_per_place = reader.optional_number("annual_cost_per_place", 0.0);
  request.costs.fixed_annual_cost = reader.number("fixed_annual_cost", 0.0, 0.0);
  request.costs.faerdigbehandling_price_per_day =
      reader.optional_number("faerdigbehandling_price_per_day", 0.0);
  reader.finish();
  return request;
}

}  // namespace

ParsedScenario parse_scenario(const Json& document) {
  ObjectReader reader(document, "");
  ParsedScenario parsed;
  sim::Scenario& s = parsed.scenario;
  s.places = static_cast<int>(reader.integer("places", 1, 1, 100000));
  s.arrivals = read_arrivals(reader.required("arrivals"));
  s.acceptance_share = reader.number("acceptance_share", 1.0, 0.0, 1.0);
  s.max_wait_days = reader.number("max_wait_days", std::numeric_limits<double>::infinity(), 0.0);
  s.stay = read_distribution(reader.required("stay"), "stay");
  if (const json* value = reader.find("readmission")) s.readmission = read_extension(*value, "readmission");
  if (const json* value = reader.find("exit_wait")) s.exit_wait = read_extension(*value, "exit_wait");
  if (const json* value = reader.find("guest_beds")) {
    ObjectReader guests(*value, "guest_beds");
    s.guest_beds.places = static_cast<int>(guests.integer("places", 0, 0, 100000));
    s.guest_beds.rate_per_week = guests.number("rate_per_week", 0.0, 0.0);
    s.guest_beds.stay = read_distribution(guests.required("stay"), "guest_beds.stay");
    guests.finish();
  }
  const bool warmup_given = reader.find("warmup_days") != nullptr;
  s.warmup_days = reader.number("warmup_days", 365.0, 0.0, 365.0 * 1000);
  s.years = reader.find("years") ? reader.positive("years") : 10.0;
  s.replications = static_cast<int>(reader.integer("replications", 100, 1, 1000000));
  s.seed = static_cast<std::uint64_t>(reader.integer("seed", 1, 0, std::numeric_limits<long long>::max()));
  if (const json* value = reader.find("plan")) parsed.plan = read_plan(*value);
  reader.finish();
  // Not given: chosen from the scenario's own holds (sim/scenario.hpp).
  if (!warmup_given) {
    s.warmup_days = sim::default_warmup_days(s);
    s.warmup_from_scenario = true;
  }
  // Checks that span fields (e.g. a trend that turns the rate negative).
  if (const auto problems = sim::validation_problems(s); !problems.empty()) {
    // "field: detail", as every problem starts with its field path.
    const std::string& problem = problems.front();
    const auto colon = problem.find(": ");
    if (colon == std::string::npos) throw ScenarioError("", problem);
    throw ScenarioError(problem.substr(0, colon), problem.substr(colon + 2));
  }
  return parsed;
}

namespace {

using Ordered = nlohmann::ordered_json;  // keeps output fields in a readable order

Ordered summary_json(const sim::Summary& summary) {
  return {{"mean", summary.mean},
          {"sd", summary.sd},
          {"ci95_low", summary.ci_low},
          {"ci95_high", summary.ci_high}};
}

Ordered optional_json(const std::optional<double>& value) {
  return value ? Ordered(*value) : Ordered(nullptr);
}
Ordered optional_json(const std::optional<int>& value) { return value ? Ordered(*value) : Ordered(nullptr); }

}  // namespace

Ordered theory_value_json(const sim::TheoryValue& value, const char* compare_with) {
  Ordered failing = Ordered::array();
  for (const sim::Assumption assumption : value.failing) failing.push_back(sim::assumption_code(assumption));
  return {{"value", optional_json(value.value)},
          {"compare_with", compare_with},
          {"failing_assumptions", failing}};
}

Ordered theory_json(const sim::QueueingTheory& theory) {
  return {{"offered_load", theory.offered_load},
          {"erlang_b_lost_share", theory_value_json(theory.erlang_b, "lost_share")},
          {"erlang_c_share_waiting", theory_value_json(theory.erlang_c, "share_waiting")},
          {"mmc_mean_wait_days", theory_value_json(theory.mmc_mean_wait_days, "mean_wait_days")},
          {"occupancy", theory_value_json(theory.occupancy, "occupancy")}};
}

Ordered simulation_result_json(const sim::SimulationResult& result, bool per_replication) {
  Ordered document{{"replications", result.replications.size()},
                   {"offered_load", result.offered_load},
                   {"stable", result.stable},
                   {"warmup_days", result.warmup_days},
                   {"warmup_chosen_from_scenario", result.warmup_from_scenario},
                   {"events", result.events},
                   {"wall_seconds", result.wall_seconds}};
  Ordered summary = Ordered::object();
  for (const auto& metric : result.metrics)
    summary[metric.name] = sim::grows_without_bound(result.stable, metric.name)
                               ? Ordered{{"grows_without_bound", true}}
                               : summary_json(metric.summary);
  document["theory"] = theory_json(result.theory);
  document["summary"] = summary;
  if (per_replication) {
    Ordered rows = Ordered::array();
    for (const auto& replication : result.replications) {
      Ordered row = Ordered::object();
      for (const auto& field : sim::metric_fields()) row[field.name] = field.get(replication);
      rows.push_back(row);
    }
    document["per_replication"] = rows;
  }
  return document;
}

const std::vector<std::pair<const char*, sim::Summary sim::PlanRow::*>>& plan_row_summaries() {
  static const std::vector<std::pair<const char*, sim::Summary sim::PlanRow::*>> summaries{
      {"mean_wait_days", &sim::PlanRow::mean_wait_days},
      {"wait_p90_days", &sim::PlanRow::wait_p90_days},
      {"share_waiting", &sim::PlanRow::share_waiting},
      {"occupancy", &sim::PlanRow::occupancy},
      {"mean_queue_length", &sim::PlanRow::mean_queue_length},
      {"faerdigbehandlingsdage_per_year", &sim::PlanRow::faerdigbehandlingsdage_per_year},
      {"lost_per_year", &sim::PlanRow::lost_per_year}};
  return summaries;
}

Ordered plan_result_json(const sim::PlanResult& plan, const sim::PlanRequest& request) {
  Ordered target = nullptr;
  if (request.target) {
    const bool wait = request.target->kind == sim::PlanTarget::Kind::mean_wait_days;
    target = {{wait ? "max_mean_wait_days" : "max_share_waiting", request.target->limit}};
  }
  Ordered curve = Ordered::array();
  for (const auto& row : plan.curve) {
    Ordered entry{{"places", row.places}, {"stable", row.stable}};
    for (const auto& [name, member] : plan_row_summaries())
      entry[name] = sim::grows_without_bound(row.stable, name) ? Ordered{{"grows_without_bound", true}}
                                                               : summary_json(row.*member);
    entry["theory"] = theory_json(row.theory);
    entry["tariff_per_place_day"] = optional_json(row.tariff_per_place_day);
    entry["faerdigbehandling_cost_per_year"] = optional_json(row.faerdigbehandling_cost_per_year);
    entry["meets_target"] = row.meets_target;
    entry["meets_target_with_confidence"] = row.meets_target_with_confidence;
    curve.push_back(entry);
  }
  return {{"offered_load", plan.offered_load},
          {"target", target},
          {"smallest_places", optional_json(plan.smallest_places)},
          {"smallest_places_confident", optional_json(plan.smallest_places_confident)},
          {"curve", curve},
          {"events", plan.events},
          {"wall_seconds", plan.wall_seconds}};
}

}  // namespace afk::json
