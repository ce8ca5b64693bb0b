#include "service/questionnaire_service.hpp"

#include <algorithm>
#include <cctype>

#include "core/numbers/instrument_edit.hpp"
#include "core/numbers/paired_change.hpp"
#include "core/numbers/small_cell_suppression.hpp"
#include "service/unit_of_work.hpp"
#include "store/aggregates.hpp"

namespace afk::service {

namespace {
using numbers::InstrumentDefinition;
using numbers::TimePoint;

bool is_unit_role(Role role) { return role == Role::unit_staff || role == Role::unit_lead; }

// A unit's own scale is for that unit; the shipped ones for everyone.
bool usable_in_unit(const StoredInstrument& instrument, std::optional<std::int64_t> unit_id) {
  return !instrument.unit_id || instrument.unit_id == unit_id;
}
bool usable_by(const StoredInstrument& instrument, const Caller& caller) {
  return !is_unit_role(caller.role) || usable_in_unit(instrument, caller.organisation_id);
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

struct CourseAndCitizen {
  Course course;
  Citizen citizen;
};

// Loads the course (the router has applied the policy) and audits the access.
Result<CourseAndCitizen> course_with_citizen(store::SqlConnection& sql, AuditTrail& audit,
                                             std::int64_t course_id, const std::string& action) {
  AFK_TRY(course, store::load<Course>(sql, course_id));
  AFK_TRY(citizen, store::load<Citizen>(sql, course->citizen_id));
  audit.record(action, citizen->id, "questionnaire_responses", course->id);
  return CourseAndCitizen{std::move(course).value(), std::move(citizen).value()};
}

std::optional<StoredInstrument> instrument_named(store::SqlConnection& sql, const std::string& name) {
  auto normal = [](const std::string& text) {
    std::string out;
    for (char c : text)
      if (c != '-' && c != ' ') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
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
    // The time points as staff name them ("Ved indflytning"), also in the CSV.
    row.cells = {std::string(label_da(change.from)),
                 std::string(label_da(change.to)),
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
}  // namespace

Result<std::vector<StoredInstrument>> list_instruments(Invocation& call) {
  return run_query<std::vector<StoredInstrument>>(
      call, [&](store::SqlConnection& sql, AuditTrail&) -> Result<std::vector<StoredInstrument>> {
        std::vector<StoredInstrument> usable;
        for (auto& instrument : store::list_instruments(sql))
          if (usable_by(instrument, call.caller())) usable.push_back(std::move(instrument));
        return usable;
      });
}

Result<StoredInstrument> add_instrument(Invocation& call, InstrumentDefinition definition,
                                        std::optional<std::int64_t> unit_id) {
  return run_command<StoredInstrument>(
      call, [&](store::SqlConnection& sql, AuditTrail&) -> Result<StoredInstrument> {
        StoredInstrument instrument;
        instrument.definition = std::move(definition);
        if (unit_id) {
          if (!store::load<Unit>(sql, *unit_id))
            return make_error(ErrorKind::bad_input, "unknown_unit", "Tilbuddet findes ikke.", "unit_id");
          instrument.unit_id = unit_id;
        }
        if (store::find_instrument(sql, instrument.definition.code))
          return make_error(ErrorKind::illegal_state, "instrument_code_taken",
                            "Der findes allerede et skema med koden \"" + instrument.definition.code +
                                "\". Vælg en anden kode.",
                            "definition.code");
        store::insert_instrument(sql, instrument);
        return instrument;
      });
}

Result<StoredInstrument> edit_instrument(Invocation& call, std::int64_t instrument_id,
                                         std::int64_t expected_version, InstrumentDefinition definition) {
  return run_command<StoredInstrument>(
      call, [&](store::SqlConnection& sql, AuditTrail&) -> Result<StoredInstrument> {
        auto instrument = store::load_instrument(sql, instrument_id);
        if (!instrument) return make_error(ErrorKind::not_found, "not_found", "Skemaet findes ikke.");
        if (const auto changed = numbers::scoring_change(instrument->definition, definition))
          return make_error(
              ErrorKind::rule_violated, "scoring_change_not_allowed",
              "Kun teksterne kan rettes. Ændringer, der påvirker pointberegningen af afgivne svar, "
              "kræver et nyt skema med en ny kode.",
              "definition." + *changed);
        instrument->definition = std::move(definition);
        AFK_CHECK(store::update_instrument(sql, *instrument, expected_version));
        return *instrument;
      });
}

Result<ResponseRead> record_response(Invocation& call, std::int64_t course_id,
                                     const json::ResponseInput& input) {
  return run_command<ResponseRead>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ResponseRead> {
        AFK_TRY(found, course_with_citizen(sql, audit, course_id, "create"));
        const Course& course = found->course;
        auto instrument = store::find_instrument(sql, input.instrument_code);
        if (!instrument || (instrument->unit_id && instrument->unit_id != course.unit_id))
          return make_error(ErrorKind::bad_input, "unknown_instrument",
                            "Skemaet \"" + input.instrument_code + "\" findes ikke for dette tilbud.",
                            "instrument_code");
        const auto& definition = instrument->definition;
        if (std::find(definition.time_points.begin(), definition.time_points.end(), input.time_point) ==
            definition.time_points.end())
          return make_error(ErrorKind::bad_input, "time_point_not_in_instrument",
                            "Skemaet " + definition.name_da + " besvares ikke på dette tidspunkt.",
                            "time_point");
        const Date today = call.today();
        const Date answered_on = input.answered_on.value_or(today);
        if (today < answered_on)
          return make_error(ErrorKind::bad_input, "date_in_future", "Besvarelsesdatoen ligger efter i dag.",
                            "answered_on");
        if (answered_on < course.accepted_on)
          return make_error(ErrorKind::bad_input, "date_before_course",
                            "Besvarelsesdatoen ligger før forløbet begyndte.", "answered_on");
        const auto problems = numbers::validate_answers(definition, input.answers);
        if (!problems.empty()) return answer_error(problems.front(), input.answers);

        StoredResponse response;
        response.course_id = course.id;
        response.citizen_id = course.citizen_id;
        response.unit_id = course.unit_id;
        response.document.instrument_code = definition.code;
        response.document.instrument_version = static_cast<int>(instrument->version);
        response.document.time_point = input.time_point;
        response.document.answered_on = answered_on;
        response.document.answers = input.answers;
        // Too few answers is not an error: the response is kept (and counted as
        // not scorable in reports) so the drop-out stays visible.
        if (auto score = numbers::score_answers(definition, response.document.answers))
          response.document.score = score->score;
        store::insert_response(sql, response);
        return ResponseRead{std::move(response), definition};
      });
}

namespace {
// Per instrument the course's unit may use, the status of each of its time points.
std::vector<numbers::InstrumentDue> due_on_course(const std::vector<StoredInstrument>& instruments,
                                                  const Course& course,
                                                  const std::vector<ResponseRead>& responses, Date today) {
  std::vector<numbers::InstrumentDue> due;
  for (const auto& instrument : instruments) {
    if (!usable_in_unit(instrument, course.unit_id)) continue;
    std::vector<numbers::Answered> answered;
    for (const auto& read : responses)
      if (read.response.document.instrument_code == instrument.definition.code)
        answered.push_back(
            {read.response.id, read.response.document.time_point, read.response.document.answered_on});
    due.push_back(
        {instrument.definition.code,
         numbers::time_point_statuses(course.state, instrument.definition.time_points, answered, today)});
  }
  return due;
}
}  // namespace

Result<CourseResponses> responses_of_course(Invocation& call, std::int64_t course_id) {
  return run_query<CourseResponses>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<CourseResponses> {
        AFK_TRY(found, course_with_citizen(sql, audit, course_id, "read"));
        // One read of the catalogue serves both the answers' definitions and what is due.
        const std::vector<StoredInstrument> instruments = store::list_instruments(sql);
        auto definition_of = [&](const std::string& code) -> std::optional<InstrumentDefinition> {
          for (const auto& instrument : instruments)
            if (instrument.definition.code == code) return instrument.definition;
          return std::nullopt;
        };
        CourseResponses read;
        for (auto& response : store::responses_for_course(sql, found->course.id)) {
          auto definition = definition_of(response.document.instrument_code);
          read.responses.push_back({std::move(response), std::move(definition)});
        }
        read.due = due_on_course(instruments, found->course, read.responses, call.today());
        return read;
      });
}

Result<ChangeRead> questionnaire_change(Invocation& call, const ChangeAsked& asked) {
  return run_query<ChangeRead>(call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ChangeRead> {
    auto instrument = instrument_named(sql, asked.instrument);
    if (!instrument)
      return make_error(ErrorKind::bad_input, "unknown_instrument",
                        "Skemaet \"" + asked.instrument + "\" findes ikke.", "instrument");
    const Caller caller = call.caller();
    const auto scope =
        confine_aggregate_scope(caller.role, caller.organisation_id, {asked.unit_id, asked.municipality_id});
    if (!scope) return scope.error();
    store::ResponseFilter filter;
    filter.instrument_code = instrument->definition.code;
    filter.unit_id = scope->unit_id;
    filter.unit_municipality_id = scope->municipality_id;
    filter.moved_in_from = asked.from;
    filter.moved_in_to = asked.to;
    audit.record("report:questionnaire-change", std::nullopt, "report", std::nullopt);

    std::vector<numbers::ResponseFacts> facts;
    for (const auto& response : store::select_responses(sql, filter))
      facts.push_back(store::to_facts(response));
    std::vector<numbers::PairedChange> changes;
    for (TimePoint to_point : {TimePoint::move_out, TimePoint::follow_up})
      changes.push_back(numbers::paired_change(instrument->definition, facts, TimePoint::move_in, to_point));
    ChangeRead read{instrument->definition, scope.value(), change_table(instrument->definition, changes),
                    numbers::hides_small_cells_for(caller.role)};
    if (read.small_cells_suppressed) read.table = numbers::suppress_small_cells(std::move(read.table)).table;
    return read;
  });
}

}  // namespace afk::service
