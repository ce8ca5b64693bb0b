// The unit board (Overblik): every place with its occupant, days on the
// place, planned exit and overdue tasks; free places; the waiting list.
// Staff keep it open and refresh it all day, so a board once built is served
// again while the unit's board version (store/board_versions) and the day are
// the same; every refresh is still audited, citizen by citizen.
#include "core/unit_board.hpp"
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "store/aggregates.hpp"
#include "store/board_versions.hpp"
#include "store/consent_repository.hpp"
#include "store/course_queries.hpp"
#include "store/referral_queries.hpp"

namespace afk::http {

namespace {
nlohmann::json optional_date(const std::optional<Date>& date) {
  return date ? nlohmann::json(date->iso()) : nlohmann::json();
}

// A board as answered, and the citizens (with their course) it shows.
struct BoardView {
  std::string body;
  std::vector<store::AuditSubject> shown;
};

Result<BoardView> build_board(store::SqlConnection& sql, std::int64_t unit_id, Date today) {
  auto unit = store::load<Unit>(sql, unit_id);
  if (!unit) return unit.error();
  BoardView view;
  const auto courses = store::open_courses_of_unit(sql, unit_id);
  std::vector<std::int64_t> citizen_ids;
  for (const Course& course : courses) citizen_ids.push_back(course.citizen_id);
  const auto consents = store::load_consents(sql, citizen_ids);

  // The name only where the citizen consented to share with the unit
  // (or a legal basis is recorded); otherwise null and the screen says why.
  auto citizen_name = [&](const Course& course) -> nlohmann::json {
    view.shown.push_back({course.citizen_id, course.id});
    const auto found = consents.find(course.citizen_id);
    if (found == consents.end() || !covers(found->second, ConsentPurpose::share_with_unit)) return nullptr;
    auto citizen = store::load<Citizen>(sql, course.citizen_id);
    return citizen ? nlohmann::json(citizen->name) : nlohmann::json();
  };

  const UnitBoard board = unit_board(unit.value(), courses, today);
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
                           {"overdue_tasks", place.occupant->overdue_tasks}};
    }
    places.push_back(entry);
  }
  auto waiting_json = [&](std::span<const BoardWaiting> entries) {
    nlohmann::json list = nlohmann::json::array();
    for (const BoardWaiting& waiting : entries) {
      const Course& course = *waiting.course;
      list.push_back({{"course_id", course.id},
                      {"citizen_name", citizen_name(course)},
                      {"accepted_on", course.accepted_on.iso()},
                      {"days_waiting", waiting.days_waiting},
                      {"planned_move_in_on", optional_date(course.planned_move_in_on)},
                      {"ready_for_discharge_on", optional_date(course.ready_for_discharge_on)},
                      {"overdue_tasks", waiting.overdue_tasks}});
    }
    return list;
  };
  const nlohmann::json waiting = waiting_json(board.waiting_list);
  const nlohmann::json incoming = waiting_json(board.incoming);
  const std::int64_t submitted = store::count_submitted_referrals(sql, unit_id);
  view.body =
      ApiResponse::json({{"unit", {{"id", unit->id}, {"name", unit->name}}},
                         {"today", today.iso()},
                         {"places", places},
                         {"free_places", {{"regular", board.free_regular}, {"guest", board.free_guest}}},
                         {"waiting_list", waiting},
                         {"incoming", incoming},
                         {"new_referrals", submitted},
                         {"overdue_tasks", board.overdue_tasks}})
          .body;
  return view;
}

ApiResponse get_board(RequestContext& context) {
  return run_query(context, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<ApiResponse> {
    auto unit_id = context.id_parameter("unitId");
    if (!unit_id) return unit_id.error();
    const Date today = context.services().clock.today();
    // Read in the snapshot the board is built from: a board cached under this
    // version shows exactly what the database holds now.
    const std::int64_t version = store::board_version(sql, unit_id.value());
    store::DocumentCache* cache = sql.document_cache();
    const std::string cache_table = "board " + today.iso();
    std::shared_ptr<const BoardView> view;
    if (cache)
      view = std::static_pointer_cast<const BoardView>(cache->find(cache_table, unit_id.value(), version));
    if (!view) {
      auto built = build_board(sql, unit_id.value(), today);
      if (!built) return built.error();
      view = std::make_shared<const BoardView>(std::move(built).value());
      if (cache) cache->put(cache_table, unit_id.value(), version, view);
    }
    for (const store::AuditSubject& subject : view->shown)
      audit.record("read", subject.citizen_id, "board", subject.entity_id);
    ApiResponse response;
    response.body = view->body;
    return response;
  });
}
}  // namespace

void register_board_routes(Router& router) {
  router.add({"GET",
              "/api/v1/units/{unitId}/board",
              Access::logged_in,
              Action::read_unit_board,
              {ResourceKind::unit, "unitId"},
              get_board});
}

}  // namespace afk::http
