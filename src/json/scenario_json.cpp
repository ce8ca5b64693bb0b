#include "json/scenario_json.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <sstream>

#include "core/input_limits.hpp"
#include "json/codec.hpp"

namespace afk::json {
namespace {

// Reads the scenario with the codec's ObjectReader (strict, Danish errors
// naming the field); what the types cannot say — ranges, one of two fields —
// is checked here, and what spans fields by sim::validation_problems. A
// field given as null counts as not given (docs/simulation.md).
class ScenarioReader {
 public:
  ScenarioReader(const Json& json, std::string path) : reader_(json, path), path_(std::move(path)) {}

  std::string field(std::string_view key) const { return join_path(path_, key); }

  // A field that may be left out or null: `fallback` then.
  template <class T>
  std::optional<T> maybe(std::string_view key) {
    std::optional<T> value;
    reader_.optional(key, value);
    return value;
  }
  template <class T>
  T read(std::string_view key, T fallback) {
    return maybe<T>(key).value_or(fallback);
  }
  // Records a range problem unless an earlier error stands.
  void check(bool ok, std::string_view key, const std::string& expected_da) {
    if (!ok && !problem_)
      problem_ = json_error("invalid_value", "Feltet \"" + field(key) + "\" skal være " + expected_da + ".",
                            field(key));
  }
  void refuse(Error error) {
    if (!problem_) problem_ = std::move(error);
  }
  ReadError finish() {
    if (auto error = reader_.finish()) return error;
    return problem_;
  }
  ObjectReader& raw() { return reader_; }

 private:
  ObjectReader reader_;
  std::string path_;
  ReadError problem_;
};

// The sim module's checks say "<field>: <what is wrong>", the field relative
// to `base`; as the codec's error naming the field.
Error sim_problem_error(const std::string& base, const std::string& problem) {
  const auto colon = problem.find(": ");
  if (colon == std::string::npos) return json_error("invalid_value", "Scenariet " + problem + ".", base);
  const std::string field = join_path(base, problem.substr(0, colon));
  return json_error("invalid_value", "Feltet \"" + field + "\" " + problem.substr(colon + 2) + ".", field);
}

std::string danish_number(double value) {
  std::ostringstream out;
  out << value;
  std::string text = out.str();
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

// A number given as `key` lies in [minimum, the largest the edge lets through
// for that field name] (core/input_limits, so the API, the CLI and the web app
// share one table); `fallback` when not given.
double number(ScenarioReader& reader, std::string_view key, double fallback, double minimum) {
  const std::optional<double> value = reader.maybe<double>(key);
  if (!value) return fallback;
  const double maximum = number_limit(key).maximum;
  reader.check(*value >= minimum && *value <= maximum, key,
               "et tal fra " + danish_number(minimum) + " til " + danish_number(maximum));
  return *value;
}

std::int64_t integer(ScenarioReader& reader, std::string_view key, std::int64_t fallback,
                     std::int64_t minimum) {
  const std::optional<std::int64_t> value = reader.maybe<std::int64_t>(key);
  if (!value) return fallback;
  const auto maximum = static_cast<std::int64_t>(number_limit(key).maximum);
  reader.check(*value >= minimum && *value <= maximum, key,
               "et heltal fra " + std::to_string(minimum) + " til " + std::to_string(maximum));
  return *value;
}

ReadError read_distribution(const Json& json, const std::string& path, sim::DurationDistribution& out) {
  ScenarioReader reader(json, path);
  const std::string kind = reader.read<std::string>("distribution", "");
  const auto mean = reader.maybe<double>("mean_days");
  const auto sd = reader.maybe<double>("sd_days");
  const auto values = reader.maybe<std::vector<double>>("values_days");
  if (auto error = reader.finish()) return error;
  auto missing = [&](std::string_view key) { return missing_field_error(reader.field(key)); };
  // A field the distribution does not use is refused, as any unknown field.
  auto unused = [&](std::string_view key) {
    return json_error("unknown_field",
                      "Feltet \"" + reader.field(key) + "\" bruges ikke af fordelingen \"" + kind + "\".",
                      reader.field(key));
  };
  if (kind != "empirical" && values) return unused("values_days");
  if (kind != "lognormal" && kind != "gamma" && sd) return unused("sd_days");
  if (kind == "empirical" && mean) return unused("mean_days");
  if (kind == "empirical") {
    if (!values) return missing("values_days");
    out = sim::DurationDistribution::empirical(*values);
  } else if (kind == "fixed" || kind == "exponential") {
    if (!mean) return missing("mean_days");
    out = kind == "fixed" ? sim::DurationDistribution::fixed(*mean)
                          : sim::DurationDistribution::exponential(*mean);
  } else if (kind == "lognormal" || kind == "gamma") {
    if (!mean) return missing("mean_days");
    if (!sd) return missing("sd_days");
    out = kind == "lognormal" ? sim::DurationDistribution::lognormal(*mean, *sd)
                              : sim::DurationDistribution::gamma(*mean, *sd);
  } else {
    return invalid_enum_error(reader.field("distribution"), kind,
                              {"fixed", "exponential", "lognormal", "gamma", "empirical"});
  }
  if (const std::string problem = out.problem(); !problem.empty()) return sim_problem_error(path, problem);
  return std::nullopt;
}

ReadError read_extension(const Json& json, const std::string& path, sim::PlaceExtension& out) {
  ScenarioReader reader(json, path);
  out.probability = number(reader, "probability", 0.0, 0.0);
  std::optional<Json> duration;
  reader.raw().required("duration", duration);
  if (auto error = reader.finish()) return error;
  if (!duration || duration->is_null()) return missing_field_error(reader.field("duration"));
  return read_distribution(*duration, reader.field("duration"), out.duration);
}

ReadError read_history(const Json& json, const std::string& path, std::vector<sim::HistoricalReferral>& out) {
  if (!json.is_array() || json.empty())
    return wrong_type_error(path, "en liste med mindst én henvisning {date, stay_days}");
  std::vector<std::pair<Date, std::optional<double>>> dated;
  for (std::size_t i = 0; i < json.size(); ++i) {
    ScenarioReader reader(json[i], index_path(path, i));
    Date date;
    reader.raw().required("date", date);
    const auto stay = reader.maybe<double>("stay_days");
    if (stay) reader.check(*stay >= 0.0, "stay_days", "et tal på mindst 0");
    if (auto error = reader.finish()) return error;
    dated.emplace_back(date, stay);
  }
  std::stable_sort(dated.begin(), dated.end(), [](auto& a, auto& b) { return a.first < b.first; });
  out.clear();
  for (const auto& [date, stay] : dated)
    out.push_back({static_cast<double>(days_between(dated.front().first, date)), stay});
  return std::nullopt;
}

ReadError read_arrivals(const Json& json, sim::ArrivalModel& arrivals) {
  ScenarioReader reader(json, "arrivals");
  const std::string kind = reader.read<std::string>("kind", "poisson");
  if (kind != "poisson" && kind != "replay")
    return invalid_enum_error("arrivals.kind", kind, {"poisson", "replay"});
  if (kind == "poisson") {
    std::optional<double> rate;
    reader.raw().required("rate_per_week", rate);
    arrivals.rate_per_week = rate.value_or(0.0);
    reader.check(!rate || *rate >= 0.0, "rate_per_week", "et tal på mindst 0");
    arrivals.trend_per_year = number(reader, "trend_per_year", 0.0, -1.0);
    if (auto pattern = reader.maybe<std::vector<double>>("weekly_pattern")) {
      reader.check(pattern->size() == 7, "weekly_pattern", "7 tal, mandag først");
      for (std::size_t i = 0; i < pattern->size(); ++i)
        if ((*pattern)[i] < 0.0)
          reader.refuse(
              json_error("invalid_value",
                         "Feltet \"" + index_path("arrivals.weekly_pattern", i) + "\" skal være mindst 0.",
                         index_path("arrivals.weekly_pattern", i)));
      if (pattern->size() == 7) {
        std::array<double, 7> weights{};
        std::copy(pattern->begin(), pattern->end(), weights.begin());
        arrivals.weekly_pattern = weights;
      }
    }
    if (!rate) reader.refuse(missing_field_error("arrivals.rate_per_week"));
    return reader.finish();
  }
  if (kind == "replay") {
    arrivals.kind = sim::ArrivalModel::Kind::replay;
    std::optional<Json> history;
    reader.raw().required("history", history);
    arrivals.replay_period_days = number(reader, "replay_period_days", 0.0, 0.0);
    if (auto error = reader.finish()) return error;
    return read_history(history.value_or(Json()), "arrivals.history", arrivals.history);
  }
  return std::nullopt;
}

ReadError read_plan(const Json& json, sim::PlanRequest& request) {
  ScenarioReader reader(json, "plan");
  if (auto target = reader.maybe<Json>("target")) {
    ScenarioReader target_reader(*target, "plan.target");
    const auto wait = target_reader.maybe<double>("max_mean_wait_days");
    const auto share = target_reader.maybe<double>("max_share_waiting");
    if (wait) target_reader.check(*wait >= 0.0, "max_mean_wait_days", "et tal på mindst 0");
    if (share) target_reader.check(*share >= 0.0 && *share <= 1.0, "max_share_waiting", "et tal fra 0 til 1");
    if (auto error = target_reader.finish()) return error;
    if (wait.has_value() == share.has_value())
      return json_error(
          "invalid_value",
          "Feltet \"plan.target\" skal have præcis ét af max_mean_wait_days og max_share_waiting.",
          "plan.target");
    request.target = wait ? sim::PlanTarget{sim::PlanTarget::Kind::mean_wait_days, *wait}
                          : sim::PlanTarget{sim::PlanTarget::Kind::share_waiting, *share};
  }
  request.min_places = static_cast<int>(integer(reader, "min_places", 0, 0));
  request.max_places = static_cast<int>(integer(reader, "max_places", 0, 0));
  reader.check(!request.min_places || !request.max_places || request.max_places >= request.min_places,
               "max_places", "mindst plan.min_places");
  request.extra_places = static_cast<int>(integer(reader, "extra_places", 2, 0));
  request.costs.annual_cost_per_place = reader.maybe<double>("annual_cost_per_place");
  reader.check(request.costs.annual_cost_per_place.value_or(0.0) >= 0.0, "annual_cost_per_place",
               "et tal på mindst 0");
  request.costs.fixed_annual_cost = number(reader, "fixed_annual_cost", 0.0, 0.0);
  request.costs.faerdigbehandling_price_per_day = reader.maybe<double>("faerdigbehandling_price_per_day");
  reader.check(request.costs.faerdigbehandling_price_per_day.value_or(0.0) >= 0.0,
               "faerdigbehandling_price_per_day", "et tal på mindst 0");
  return reader.finish();
}

}  // namespace

Result<ParsedScenario> parse_scenario(const Json& document) {
  ScenarioReader reader(document, "");
  ParsedScenario parsed;
  sim::Scenario& s = parsed.scenario;
  s.places = static_cast<int>(integer(reader, "places", 1, 1));
  std::optional<Json> arrivals, stay;
  reader.raw().required("arrivals", arrivals).required("stay", stay);
  s.acceptance_share = number(reader, "acceptance_share", 1.0, 0.0);
  s.max_wait_days = number(reader, "max_wait_days", std::numeric_limits<double>::infinity(), 0.0);
  const auto readmission = reader.maybe<Json>("readmission");
  const auto exit_wait = reader.maybe<Json>("exit_wait");
  const auto guest_beds = reader.maybe<Json>("guest_beds");
  const auto warmup = reader.maybe<double>("warmup_days");
  if (warmup) number(reader, "warmup_days", 0.0, 0.0);
  s.years = number(reader, "years", 10.0, 0.0);
  reader.check(s.years > 0.0, "years", "et tal over 0");
  s.replications = static_cast<int>(integer(reader, "replications", 100, 1));
  s.seed = static_cast<std::uint64_t>(integer(reader, "seed", 1, 0));
  const auto plan = reader.maybe<Json>("plan");
  if (auto error = reader.finish()) return *error;
  if (!arrivals || arrivals->is_null()) return missing_field_error("arrivals");
  if (auto error = read_arrivals(*arrivals, s.arrivals)) return *error;
  if (!stay || stay->is_null()) return missing_field_error("stay");
  if (auto error = read_distribution(*stay, "stay", s.stay)) return *error;
  if (readmission)
    if (auto error = read_extension(*readmission, "readmission", s.readmission)) return *error;
  if (exit_wait)
    if (auto error = read_extension(*exit_wait, "exit_wait", s.exit_wait)) return *error;
  if (guest_beds) {
    ScenarioReader guests(*guest_beds, "guest_beds");
    s.guest_beds.places = static_cast<int>(integer(guests, "places", 0, 0));
    s.guest_beds.rate_per_week = number(guests, "rate_per_week", 0.0, 0.0);
    std::optional<Json> guest_stay;
    guests.raw().required("stay", guest_stay);
    if (auto error = guests.finish()) return *error;
    if (!guest_stay || guest_stay->is_null()) return missing_field_error("guest_beds.stay");
    if (auto error = read_distribution(*guest_stay, "guest_beds.stay", s.guest_beds.stay)) return *error;
  }
  if (plan) {
    sim::PlanRequest request;
    if (auto error = read_plan(*plan, request)) return *error;
    parsed.plan = request;
  }
  // Not given: chosen from the scenario's own holds (sim/scenario.hpp).
  if (warmup) {
    s.warmup_days = *warmup;
  } else {
    s.warmup_days = sim::default_warmup_days(s);
    s.warmup_from_scenario = true;
  }
  // Checks that span fields (e.g. a trend that turns the rate negative);
  // every problem starts with its field path.
  if (const auto problems = sim::validation_problems(s); !problems.empty())
    return sim_problem_error("", problems.front());
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
  for (const sim::Assumption assumption : value.failing) failing.push_back(std::string(to_code(assumption)));
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
