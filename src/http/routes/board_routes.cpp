// The unit board (Overblik): every place with its occupant, days on the
// place, planned exit and overdue tasks; free places; the waiting list
// (service/board_service reads, caches and audits it; this renders it).
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "service/board_service.hpp"

namespace afk::http {

namespace {
nlohmann::json optional_date(const std::optional<Date>& date) {
  return date ? nlohmann::json(date->iso()) : nlohmann::json();
}

std::string render_board(const service::BoardData& data) {
  const UnitBoard& board = data.board;
  // The name only where the citizen consented to share with the unit
  // (or a legal basis is recorded); otherwise null and the screen says why.
  auto citizen_name = [&](const Course& course) -> nlohmann::json {
    const auto found = data.shared_names.find(course.citizen_id);
    return found == data.shared_names.end() ? nlohmann::json() : nlohmann::json(found->second);
  };
  nlohmann::json places = nlohmann::json::array();
  for (const BoardPlace& place : board.places) {
    nlohmann::json entry{{"place_id", place.place->id},
                         {"number", place.place->number},
                         {"kind", to_code(place.place->kind)},
                         {"closed", place.closed},
                         {"occupant", nullptr}};
    if (place.occupant) {
      const Course& course = *place.occupant->course;
      entry["occupant"] = {{"course_id", course.id},
                           {"citizen_name", citizen_name(course)},
                           {"state", to_code(course.state)},
                           {"moved_in_on", optional_date(course.moved_in_on)},
                           {"days_on_place", place.occupant->days_on_place},
                           {"planned_end_on", optional_date(course.planned_end_on)},
                           {"paused", place.occupant->paused},
                           {"overdue_tasks", place.occupant->overdue_tasks},
                           {"has_crisis_plan", course.crisis_plan.version > 0}};
    }
    places.push_back(entry);
  }
  auto waiting_json = [&](std::span<const BoardWaiting> entries) {
    nlohmann::json list = nlohmann::json::array();
    for (const BoardWaiting& waiting : entries) {
      const Course& course = *waiting.course;
      list.push_back(
          {{"course_id", course.id},
           {"citizen_name", citizen_name(course)},
           {"accepted_on", course.accepted_on.iso()},
           {"days_waiting", waiting.days_waiting},
           {"planned_move_in_on", optional_date(course.planned_move_in_on)},
           {"ready_for_discharge_on", optional_date(course.ready_for_discharge_on)},
           {"days_awaiting_discharge", waiting.days_awaiting_discharge},
           {"key_worker", course.key_worker ? nlohmann::json(course.key_worker->name) : nlohmann::json()},
           {"overdue_tasks", waiting.overdue_tasks}});
    }
    return list;
  };
  return ApiResponse::json({{"unit", {{"id", data.unit.id}, {"name", data.unit.name}}},
                            {"today", data.today.iso()},
                            {"places", places},
                            {"free_places", {{"regular", board.free_regular}, {"guest", board.free_guest}}},
                            {"waiting_list", waiting_json(board.waiting_list)},
                            {"incoming", waiting_json(board.incoming)},
                            {"new_referrals", data.new_referrals},
                            {"overdue_tasks", board.overdue_tasks},
                            {"next_in_line",
                             board.next_in_line ? nlohmann::json(board.next_in_line->id) : nlohmann::json()}})
      .body;
}

ApiResponse get_board(RequestContext& context) {
  AFK_TRY(unit_id, context.id_parameter("unitId"));
  return answer(service::read_board(context, unit_id.value(), render_board),
                [](const std::string& body) -> Result<ApiResponse> {
                  ApiResponse response;
                  response.body = body;
                  return response;
                });
}
// Counts only, for every role (a catalogue read): the ward looks before it refers.
ApiResponse get_free_places(RequestContext& context) {
  AFK_TRY(unit_id, context.id_parameter("unitId"));
  return answer(service::read_free_places(context, unit_id.value()), [](const service::FreePlaces& free) {
    return json_answer({{"regular", free.regular}, {"guest", free.guest}, {"waiting", free.waiting}});
  });
}
}  // namespace

void register_board_routes(Router& router) {
  router.add({"GET",
              "/api/v1/units/{unitId}/free-places",
              Access::logged_in,
              Action::read_catalogue,
              {},
              get_free_places});
  router.add({"GET",
              "/api/v1/units/{unitId}/board",
              Access::logged_in,
              Action::read_unit_board,
              {ResourceKind::unit, "unitId"},
              get_board});
}

}  // namespace afk::http
