// Questionnaires: the instrument catalogue (WHO-5, Brief INSPIRE and units'
// own scales, all data), answering one for a course, and the paired change
// report (move-in → move-out, move-in → follow-up).
//
// Editing an instrument (PUT) may change its Danish texts only: the name, the
// introduction, item texts, option labels and threshold labels. Anything
// that scores (codes, values, range, rule, factor, minimum answered,
// thresholds, relevant change, time points) is refused with 422, because
// stored answers were given and scored under it; a changed scale is a new
// instrument with a new code.
#include <algorithm>
#include <cctype>

#include "core/aggregate_scope.hpp"
#include "core/numbers/instrument_edit.hpp"
#include "core/numbers/paired_change.hpp"
#include "core/numbers/small_cell_suppression.hpp"
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "http/routes/table_response.hpp"
#include "json/instrument_json.hpp"
#include "store/aggregates.hpp"
#include "store/questionnaire_repository.hpp"

namespace afk::http {

namespace {
using numbers::InstrumentDefinition;
using numbers::TimePoint;

nlohmann::json instrument_view(const store::StoredInstrument& instrument) {
  return {{"id", instrument.id},
          {"version", instrument.version},
          {"code", instrument.definition.code},
          {"builtin", instrument.builtin},
          {"unit_id", instrument.unit_id ? nlohmann::json(*instrument.unit_id) : nlohmann::json()},
          {"definition", json::to_json(instrument.definition)}};
}

bool is_unit_role(Role role) { return role == Role::unit_staff || role == Role::unit_lead; }

// A unit's own scale is for that unit; the shipped ones for everyone.
bool usable_by(const store::StoredInstrument& instrument, const Principal& principal) {
  if (!instrument.unit_id) return true;
  if (!is_unit_role(principal.role)) return true;
  return principal.organisation_id == instrument.unit_id;
}

Error with_prefix(Error error, const std::string& prefix) {
  error.field = error.field.empty() ? prefix : prefix + "." + error.field;
  return error;
}

ApiResponse list_instruments(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail&) -> Result<ApiResponse> {
    nlohmann::json items = nlohmann::json::array();
    for (const auto& instrument : store::list_instruments(sql))
      if (usable_by(instrument, context.principal())) items.push_back(instrument_view(instrument));
    return json_answer({{"items", items}});
  });
}

// Reads {"definition": {...}, "unit_id": n | null} and checks the definition.
Result<InstrumentDefinition> read_definition(const nlohmann::json& body) {
  if (!body.contains("definition"))
    return make_error(ErrorKind::bad_input, "missing_field", "Feltet \"definition\" mangler.", "definition");
  auto definition = json::parse_instrument_definition(body.at("definition"));
  if (!definition) return with_prefix(definition.error(), "definition");
  if (auto valid = numbers::validate_definition(definition.value()); !valid)
    return with_prefix(valid.error(), "definition");
  return definition;
}

ApiResponse add_instrument(RequestContext& context) {
  return run_command(context, [&](store::SqlConnection& sql, AuditTrail&) -> Result<ApiResponse> {
    if (auto object = require_object_body(context); !object) return object.error();
    const auto& body = context.body();
    for (const auto& [key, value] : body.items())
      if (key != "definition" && key != "unit_id")
        return make_error(ErrorKind::bad_input, "unknown_field", "Feltet \"" + key + "\" kendes ikke.", key);
    auto definition = read_definition(body);
    if (!definition) return definition.error();
    store::StoredInstrument instrument;
    instrument.definition = std::move(definition).value();
    if (body.contains("unit_id") && !body["unit_id"].is_null()) {
      if (!body["unit_id"].is_number_integer())
        return make_error(ErrorKind::bad_input, "wrong_type", "Feltet \"unit_id\" skal være et heltal.",
                          "unit_id");
      const auto unit_id = body["unit_id"].get<std::int64_t>();
      if (!store::load<Unit>(sql, unit_id))
        return make_error(ErrorKind::bad_input, "unknown_unit", "Tilbuddet findes ikke.", "unit_id");
      instrument.unit_id = unit_id;
    }
    if (store::find_instrument(sql, instrument.definition.code))
      return make_error(ErrorKind::illegal_state, "instrument_code_taken",
                        "Der findes allerede et skema med koden \"" + instrument.definition.code +
                            "\". Vælg en anden kode.",
                        "definition.code");
    store::insert_instrument(sql, instrument);
    return versioned_answer(instrument_view(instrument), instrument.version, 201);
  });
}

ApiResponse edit_instrument(RequestContext& context) {
  return run_command(context, [&](store::SqlConnection& sql, AuditTrail&) -> Result<ApiResponse> {
    auto instrument_id = context.id_parameter("instrumentId");
    if (!instrument_id) return instrument_id.error();
    auto instrument = store::load_instrument(sql, instrument_id.value());
    if (!instrument) return make_error(ErrorKind::not_found, "not_found", "Skemaet findes ikke.");
    auto version = context.expected_version();
    if (!version) return version.error();
    if (auto object = require_object_body(context); !object) return object.error();
    for (const auto& [key, value] : context.body().items())
      if (key != "definition")
        return make_error(ErrorKind::bad_input, "unknown_field", "Feltet \"" + key + "\" kendes ikke.", key);
    auto definition = read_definition(context.body());
    if (!definition) return definition.error();
    if (const auto changed = numbers::scoring_change(instrument->definition, definition.value()))
      return make_error(ErrorKind::rule_violated, "scoring_change_not_allowed",
                        "Kun teksterne kan rettes. Ændringer, der påvirker pointberegningen af afgivne svar, "
                        "kræver et nyt skema med en ny kode.",
                        "definition." + *changed);
    instrument->definition = std::move(definition).value();
    if (auto saved = store::update_instrument(sql, *instrument, version.value()); !saved)
      return saved.error();
    return versioned_answer(instrument_view(*instrument), instrument->version);
  });
}

nlohmann::json response_view(const store::StoredResponse& response,
                             const std::optional<InstrumentDefinition>& def) {
  nlohmann::json view{{"id", response.id},
                      {"course_id", response.course_id},
                      {"instrument_code", response.document.instrument_code},
                      {"instrument_version", response.document.instrument_version},
                      {"time_point", std::string(numbers::time_point_code(response.document.time_point))},
                      {"answered_on", response.document.answered_on.iso()},
                      {"answers", json::answers_to_json(response.document.answers)},
                      {"score", nullptr},
                      {"score_note_da", nullptr}};
  if (!def) return view;
  auto score = numbers::score_answers(*def, response.document.answers);
  if (score)
    view["score"] = json::to_json(score.value());
  else
    view["score_note_da"] = score.error().message;
  return view;
}

struct CourseAndCitizen {
  Course course;
  Citizen citizen;
};

// Loads the course (the router has applied the policy) and audits the access.
Result<CourseAndCitizen> course_in_scope(RequestContext& context, store::SqlConnection& sql,
                                         AuditTrail& audit, const std::string& action) {
  auto course_id = context.id_parameter("courseId");
  if (!course_id) return course_id.error();
  auto course = store::load<Course>(sql, course_id.value());
  if (!course) return course.error();
  auto citizen = store::load<Citizen>(sql, course->citizen_id);
  if (!citizen) return citizen.error();
  audit.record(action, citizen->id, "questionnaire_responses", course->id);
  return CourseAndCitizen{std::move(course).value(), std::move(citizen).value()};
}

// validate_answers names the item; the API names the place in the body.
Error answer_error(const Error& problem, const std::vector<numbers::ItemAnswer>& answers) {
  Error error = problem;
  for (std::size_t i = 0; i < answers.size(); ++i) {
    if (answers[i].item_code != problem.field) continue;
    const bool about_value = problem.code == "value_out_of_range" || problem.code == "value_not_an_option";
    error.field = "answers[" + std::to_string(i) + "]." + (about_value ? "value" : "item_code");
    if (problem.code != "duplicate_item") break;
  }
  error.message = "Spørgsmål " + problem.field + ": " + problem.message;
  return error;
}

ApiResponse add_response(RequestContext& context) {
  return run_command(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    auto found = course_in_scope(context, sql, audit, "create");
    if (!found) return found.error();
    const Course& course = found->course;
    auto input = json::parse_response_input(context.body());
    if (!input) return input.error();
    auto instrument = store::find_instrument(sql, input->instrument_code);
    if (!instrument || (instrument->unit_id && instrument->unit_id != course.unit_id))
      return make_error(ErrorKind::bad_input, "unknown_instrument",
                        "Skemaet \"" + input->instrument_code + "\" findes ikke for dette tilbud.",
                        "instrument_code");
    const auto& definition = instrument->definition;
    if (std::find(definition.time_points.begin(), definition.time_points.end(), input->time_point) ==
        definition.time_points.end())
      return make_error(ErrorKind::bad_input, "time_point_not_in_instrument",
                        "Skemaet " + definition.name_da + " besvares ikke på dette tidspunkt.", "time_point");
    const Date today = context.services().clock.today();
    const Date answered_on = input->answered_on.value_or(today);
    if (today < answered_on)
      return make_error(ErrorKind::bad_input, "date_in_future", "Besvarelsesdatoen ligger efter i dag.",
                        "answered_on");
    if (answered_on < course.accepted_on)
      return make_error(ErrorKind::bad_input, "date_before_course",
                        "Besvarelsesdatoen ligger før forløbet begyndte.", "answered_on");
    const auto problems = numbers::validate_answers(definition, input->answers);
    if (!problems.empty()) return answer_error(problems.front(), input->answers);

    store::StoredResponse response;
    response.course_id = course.id;
    response.citizen_id = course.citizen_id;
    response.unit_id = course.unit_id;
    response.document.instrument_code = definition.code;
    response.document.instrument_version = static_cast<int>(instrument->version);
    response.document.time_point = input->time_point;
    response.document.answered_on = answered_on;
    response.document.answers = input->answers;
    // Too few answers is not an error: the response is kept (and counted as
    // not scorable in reports) so the drop-out stays visible.
    if (auto score = numbers::score_answers(definition, response.document.answers))
      response.document.score = score->score;
    store::insert_response(sql, response);
    return json_answer(response_view(response, definition), 201);
  });
}

ApiResponse list_responses(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    auto found = course_in_scope(context, sql, audit, "read");
    if (!found) return found.error();
    std::map<std::string, std::optional<InstrumentDefinition>> definitions;
    nlohmann::json items = nlohmann::json::array();
    for (const auto& response : store::responses_for_course(sql, found->course.id)) {
      const auto& code = response.document.instrument_code;
      if (!definitions.contains(code)) {
        auto instrument = store::find_instrument(sql, code);
        definitions[code] = instrument ? std::optional(instrument->definition) : std::nullopt;
      }
      items.push_back(response_view(response, definitions[code]));
    }
    return json_answer({{"course_id", found->course.id}, {"items", items}});
  });
}

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The instrument named by ?instrument=, case and "-" insensitive (WHO5, who-5, who5).
std::optional<store::StoredInstrument> instrument_from_query(store::SqlConnection& sql,
                                                             const std::string& name) {
  auto normal = [](const std::string& text) {
    std::string out;
    for (char c : lower(text))
      if (c != '-' && c != ' ') out += c;
    return out;
  };
  for (auto& instrument : store::list_instruments(sql))
    if (normal(instrument.definition.code) == normal(name)) return instrument;
  return std::nullopt;
}

numbers::ReportTable change_table(const InstrumentDefinition& definition,
                                  const std::vector<numbers::PairedChange>& changes) {
  using numbers::ColumnType;
  numbers::ReportTable table;
  table.title = "Ændring i " + definition.name_da + " (parvise besvarelser)";
  auto column = [](std::string key, std::string heading, ColumnType type, bool counts = false,
                   std::vector<std::size_t> derived = {}) {
    numbers::ReportColumn c;
    c.key = std::move(key);
    c.heading_da = std::move(heading);
    c.type = type;
    c.counts_citizens = counts;
    c.derived_from = std::move(derived);
    return c;
  };
  table.columns = {
      column("from", "Fra", ColumnType::text),
      column("to", "Til", ColumnType::text),
      column("pairs", "Antal par (n)", ColumnType::integer, true),                                   // 2
      column("mean_change", "Gennemsnitlig ændring", ColumnType::decimal, false, {2}),               // 3
      column("ci95_low", "95 %-konfidensinterval, nedre", ColumnType::decimal, false, {2}),          // 4
      column("ci95_high", "95 %-konfidensinterval, øvre", ColumnType::decimal, false, {2}),          // 5
      column("improved_relevantly", "Relevant forbedring", ColumnType::integer, true),               // 6
      column("improved_percent", "Relevant forbedring, andel", ColumnType::percent, false, {2, 6}),  // 7
      column("worsened_relevantly", "Relevant forværring", ColumnType::integer, true),               // 8
      column("worsened_percent", "Relevant forværring, andel", ColumnType::percent, false, {2, 8}),  // 9
      column("only_before", "Kun besvaret før", ColumnType::integer, true),                          // 10
      column("only_after", "Kun besvaret efter", ColumnType::integer, true),                         // 11
      column("not_scorable", "Besvarelser uden score", ColumnType::integer, true),                   // 12
  };
  auto number = [](const std::optional<double>& value) -> numbers::CellValue {
    if (!value) return std::monostate{};
    return *value;
  };
  for (const auto& change : changes) {
    numbers::ReportRow row;
    row.cells = {std::string(numbers::time_point_code(change.from)),
                 std::string(numbers::time_point_code(change.to)),
                 std::int64_t{change.pairs},
                 number(change.mean_change),
                 number(change.ci95_low),
                 number(change.ci95_high),
                 std::int64_t{change.improved_relevantly},
                 number(change.improved_percent),
                 std::int64_t{change.worsened_relevantly},
                 number(change.worsened_percent),
                 std::int64_t{change.only_before},
                 std::int64_t{change.only_after},
                 std::int64_t{change.not_scorable}};
    table.rows.push_back(std::move(row));
  }
  if (definition.relevant_change)
    table.notes_da.push_back("Relevant ændring: mindst " +
                             std::to_string(static_cast<int>(*definition.relevant_change)) +
                             " point i begge retninger.");
  table.notes_da.push_back(
      "Forløb med indflytning i perioden; tidligste besvarelse ved indflytning parret med "
      "seneste ved fraflytning/opfølgning. Konfidensinterval kræver mindst 2 par.");
  return table;
}

ApiResponse questionnaire_change_report(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    const Principal& principal = context.principal();
    auto csv = wants_csv(context);
    if (!csv) return csv.error();
    auto unit_id = id_query(context, "unit_id");
    if (!unit_id) return unit_id.error();
    auto municipality_id = id_query(context, "municipality_id");
    if (!municipality_id) return municipality_id.error();
    auto from = date_query(context, "from");
    if (!from) return from.error();
    auto to = date_query(context, "to");
    if (!to) return to.error();
    const auto name = context.query("instrument");
    if (!name || name->empty())
      return make_error(ErrorKind::bad_input, "missing_parameter", "Parameteren \"instrument\" mangler.",
                        "instrument");
    auto instrument = instrument_from_query(sql, *name);
    if (!instrument)
      return make_error(ErrorKind::bad_input, "unknown_instrument", "Skemaet \"" + *name + "\" findes ikke.",
                        "instrument");

    const auto scope = confine_aggregate_scope(principal.role, principal.organisation_id,
                                               {unit_id.value(), municipality_id.value()});
    if (!scope) return scope.error();
    store::ResponseFilter filter;
    filter.instrument_code = instrument->definition.code;
    filter.unit_id = scope->unit_id;
    filter.unit_municipality_id = scope->municipality_id;
    filter.moved_in_from = from.value();
    filter.moved_in_to = to.value();
    audit.record("report:questionnaire-change", std::nullopt, "report", std::nullopt);

    std::vector<numbers::ResponseFacts> facts;
    for (const auto& response : store::select_responses(sql, filter))
      facts.push_back(store::to_facts(response));
    std::vector<numbers::PairedChange> changes;
    for (TimePoint to_point : {TimePoint::move_out, TimePoint::follow_up})
      changes.push_back(numbers::paired_change(instrument->definition, facts, TimePoint::move_in, to_point));
    auto table = change_table(instrument->definition, changes);
    const bool suppressed = numbers::hides_small_cells_for(principal.role);
    if (suppressed) table = numbers::suppress_small_cells(std::move(table)).table;

    if (csv.value()) return csv_answer(table, "skemaaendring-" + instrument->definition.code + ".csv");
    auto optional_id = [](const std::optional<std::int64_t>& id) {
      return id ? nlohmann::json(*id) : nlohmann::json();
    };
    auto optional_date = [](const std::optional<Date>& d) {
      return d ? nlohmann::json(d->iso()) : nlohmann::json();
    };
    return json_answer(
        {{"instrument", {{"code", instrument->definition.code}, {"name_da", instrument->definition.name_da}}},
         {"filters",
          {{"unit_id", optional_id(filter.unit_id)},
           {"municipality_id", optional_id(filter.unit_municipality_id)},
           {"from", optional_date(filter.moved_in_from)},
           {"to", optional_date(filter.moved_in_to)}}},
         {"relevant_change", instrument->definition.relevant_change
                                 ? nlohmann::json(*instrument->definition.relevant_change)
                                 : nlohmann::json()},
         {"small_cells_suppressed", suppressed},
         {"table", table_to_json(table)}});
  });
}
}  // namespace

void register_questionnaire_routes(Router& router) {
  router.add({"GET", "/api/v1/instruments", Access::logged_in, Action::read_catalogue, {}, list_instruments});
  router.add(
      {"POST", "/api/v1/instruments", Access::logged_in, Action::edit_instruments, {}, add_instrument});
  router.add({"PUT",
              "/api/v1/instruments/{instrumentId}",
              Access::logged_in,
              Action::edit_instruments,
              {},
              edit_instrument});
  router.add({"POST",
              "/api/v1/courses/{courseId}/responses",
              Access::logged_in,
              Action::record_response,
              {ResourceKind::course, "courseId"},
              add_response});
  router.add({"GET",
              "/api/v1/courses/{courseId}/responses",
              Access::logged_in,
              Action::read_responses,
              {ResourceKind::course, "courseId"},
              list_responses});
  router.add({"GET",
              "/api/v1/reports/questionnaire-change",
              Access::logged_in,
              Action::read_outcome_report,
              {},
              questionnaire_change_report});
}

}  // namespace afk::http
