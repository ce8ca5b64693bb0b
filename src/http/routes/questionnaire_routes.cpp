// Questionnaires over the API (service/questionnaire_service): the
// instrument catalogue, answering one for a course, and the paired change
// report. Editing an instrument (PUT) may change its Danish texts only;
// anything that scores is refused with 422.
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "http/routes/table_response.hpp"
#include "json/aggregates.hpp"
#include "json/instrument_json.hpp"
#include "json/report_table_json.hpp"
#include "service/questionnaire_service.hpp"

namespace afk::http {

namespace {
using numbers::InstrumentDefinition;

nlohmann::json instrument_view(const service::StoredInstrument& instrument) {
  return {{"id", instrument.id},
          {"version", instrument.version},
          {"code", instrument.definition.code},
          {"builtin", instrument.builtin},
          {"unit_id", instrument.unit_id ? nlohmann::json(*instrument.unit_id) : nlohmann::json()},
          {"definition", json::to_json(instrument.definition)}};
}

Result<ApiResponse> versioned_instrument(const service::StoredInstrument& instrument, int status = 200) {
  return versioned_answer(instrument_view(instrument), instrument.version, status);
}

Error with_prefix(Error error, const std::string& prefix) {
  error.field = error.field.empty() ? prefix : prefix + "." + error.field;
  return error;
}

// Only `allowed` fields in the body.
Status known_fields_only(const nlohmann::json& body, std::initializer_list<const char*> allowed) {
  for (const auto& item : body.items()) {
    const std::string& key = item.key();
    if (std::find_if(allowed.begin(), allowed.end(), [&](const char* name) { return key == name; }) ==
        allowed.end())
      return make_error(ErrorKind::bad_input, "unknown_field", "Feltet \"" + key + "\" kendes ikke.", key);
  }
  return ok_status();
}

ApiResponse list_instruments(RequestContext& context) {
  return answer(service::list_instruments(context),
                [](const std::vector<service::StoredInstrument>& instruments) {
                  nlohmann::json items = nlohmann::json::array();
                  for (const auto& instrument : instruments) items.push_back(instrument_view(instrument));
                  return json_answer({{"items", items}});
                });
}

// Reads {"definition": {...}} and checks the definition.
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
  AFK_CHECK(require_object_body(context));
  const auto& body = context.body();
  if (auto known = known_fields_only(body, {"definition", "unit_id"}); !known)
    return ApiResponse::error(known.error());
  AFK_TRY(definition, read_definition(body));
  std::optional<std::int64_t> unit_id;
  if (body.contains("unit_id") && !body["unit_id"].is_null()) {
    if (!body["unit_id"].is_number_integer())
      return ApiResponse::error(make_error(ErrorKind::bad_input, "wrong_type",
                                           "Feltet \"unit_id\" skal være et heltal.", "unit_id"));
    unit_id = body["unit_id"].get<std::int64_t>();
  }
  return answer(
      service::add_instrument(context, std::move(definition).value(), unit_id),
      [](const service::StoredInstrument& instrument) { return versioned_instrument(instrument, 201); });
}

ApiResponse edit_instrument(RequestContext& context) {
  AFK_TRY(instrument_id, context.id_parameter("instrumentId"));
  AFK_TRY(version, context.expected_version());
  AFK_CHECK(require_object_body(context));
  if (auto known = known_fields_only(context.body(), {"definition"}); !known)
    return ApiResponse::error(known.error());
  AFK_TRY(definition, read_definition(context.body()));
  return answer(service::edit_instrument(context, instrument_id.value(), version.value(),
                                         std::move(definition).value()),
                [](const service::StoredInstrument& instrument) { return versioned_instrument(instrument); });
}

nlohmann::json response_view(const service::ResponseRead& read) {
  const service::StoredResponse& response = read.response;
  nlohmann::json view{{"id", response.id},
                      {"course_id", response.course_id},
                      {"instrument_code", response.document.instrument_code},
                      {"instrument_version", response.document.instrument_version},
                      {"time_point", std::string(numbers::time_point_code(response.document.time_point))},
                      {"answered_on", response.document.answered_on.iso()},
                      {"answers", json::answers_to_json(response.document.answers)},
                      {"score", nullptr},
                      {"score_note_da", nullptr}};
  if (!read.definition) return view;
  auto score = numbers::score_answers(*read.definition, response.document.answers);
  if (score)
    view["score"] = json::to_json(score.value());
  else
    view["score_note_da"] = score.error().message;
  return view;
}

ApiResponse add_response(RequestContext& context) {
  AFK_TRY(course_id, context.id_parameter("courseId"));
  AFK_TRY(input, json::parse_response_input(context.body()));
  return answer(service::record_response(context, course_id.value(), input.value()),
                [](const service::ResponseRead& read) { return json_answer(response_view(read), 201); });
}

ApiResponse list_responses(RequestContext& context) {
  AFK_TRY(course_id, context.id_parameter("courseId"));
  return answer(service::responses_of_course(context, course_id.value()),
                [&](const service::CourseResponses& read) {
                  nlohmann::json items = nlohmann::json::array();
                  for (const auto& response : read.responses) items.push_back(response_view(response));
                  nlohmann::json due = nlohmann::json::array();
                  for (const auto& instrument : read.due) due.push_back(json::to_json(instrument));
                  return json_answer({{"course_id", course_id.value()}, {"items", items}, {"due", due}});
                });
}

Result<service::ChangeAsked> change_asked(RequestContext& context) {
  service::ChangeAsked asked;
  AFK_TRY(unit_id, id_query(context, "unit_id"));
  asked.unit_id = unit_id.value();
  AFK_TRY(municipality_id, id_query(context, "municipality_id"));
  asked.municipality_id = municipality_id.value();
  AFK_TRY(from, date_query(context, "from"));
  asked.from = from.value();
  AFK_TRY(to, date_query(context, "to"));
  asked.to = to.value();
  const auto name = context.query("instrument");
  if (!name || name->empty())
    return make_error(ErrorKind::bad_input, "missing_parameter", "Parameteren \"instrument\" mangler.",
                      "instrument");
  asked.instrument = *name;
  return asked;
}

ApiResponse questionnaire_change_report(RequestContext& context) {
  AFK_TRY(csv, wants_csv(context));
  AFK_TRY(asked, change_asked(context));
  AFK_TRY(read, service::questionnaire_change(context, asked.value()));
  const InstrumentDefinition& definition = read->definition;
  if (csv.value()) return csv_answer(read->table, csv_file_name("Ændring " + definition.name_da));
  json::QuestionnaireChangeView view;
  view.instrument = {definition.code, definition.name_da};
  view.filters = {read->scope.unit_id, read->scope.municipality_id, asked->from, asked->to};
  view.relevant_change = definition.relevant_change;
  view.small_cells_suppressed = read->small_cells_suppressed;
  view.table = json::table_view(read->table);
  return ApiResponse::json(json::to_json(view));
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
