#include "service/board_service.hpp"

#include <memory>

#include "service/unit_of_work.hpp"
#include "store/aggregates.hpp"
#include "store/board_versions.hpp"
#include "store/consent_repository.hpp"
#include "store/course_queries.hpp"
#include "store/referral_queries.hpp"

namespace afk::service {

namespace {
// A board as answered, and the citizens (with their course) it shows.
struct RenderedBoard {
  std::string body;
  std::vector<store::AuditSubject> shown;
};

Result<RenderedBoard> build_board(store::SqlConnection& sql, std::int64_t unit_id, Date today,
                                  const BoardRenderer& render) {
  AFK_TRY(unit, store::load<Unit>(sql, unit_id));
  // Held on the heap: the board points into the unit and the courses.
  auto data = std::make_unique<BoardData>();
  data->today = today;
  data->unit = std::move(unit).value();
  data->courses = store::open_courses_of_unit(sql, unit_id);
  data->board = unit_board(data->unit, data->courses, today);
  // The courses the board shows, in its order: the occupants, then the waiting and incoming.
  std::vector<const Course*> shown;
  for (const BoardPlace& place : data->board.places)
    if (place.occupant) shown.push_back(place.occupant->course);
  for (const BoardWaiting& waiting : data->board.waiting_list) shown.push_back(waiting.course);
  for (const BoardWaiting& incoming : data->board.incoming) shown.push_back(incoming.course);
  std::vector<std::int64_t> citizen_ids;
  for (const Course* course : shown) citizen_ids.push_back(course->citizen_id);
  const auto consents = store::load_consents(sql, citizen_ids);
  RenderedBoard rendered;
  for (const Course* course : shown) {
    rendered.shown.push_back({course->citizen_id, course->id});
    const auto found = consents.find(course->citizen_id);
    if (found == consents.end() || !covers(found->second, ConsentPurpose::share_with_unit)) continue;
    if (auto citizen = store::load<Citizen>(sql, course->citizen_id))
      data->shared_names[course->citizen_id] = citizen->name;
  }
  data->new_referrals = store::count_submitted_referrals(sql, unit_id);
  rendered.body = render(*data);
  return rendered;
}
}  // namespace

Result<std::string> read_board(Invocation& call, std::int64_t unit_id, const BoardRenderer& render) {
  return run_query<std::string>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<std::string> {
        const Date today = call.today();
        // Read in the snapshot the board is built from: a board cached under this
        // version shows exactly what the database holds now.
        const std::int64_t version = store::board_version(sql, unit_id);
        store::DocumentCache* cache = sql.document_cache();
        const std::string cache_table = "board " + today.iso();
        std::shared_ptr<const RenderedBoard> board;
        if (cache)
          board = std::static_pointer_cast<const RenderedBoard>(cache->find(cache_table, unit_id, version));
        if (!board) {
          AFK_TRY(built, build_board(sql, unit_id, today, render));
          board = std::make_shared<const RenderedBoard>(std::move(built).value());
          if (cache) cache->put(cache_table, unit_id, version, board);
        }
        for (const store::AuditSubject& subject : board->shown)
          audit.record("read", subject.citizen_id, "board", subject.entity_id);
        return board->body;
      });
}

Result<FreePlaces> read_free_places(Invocation& call, std::int64_t unit_id) {
  return run_query<FreePlaces>(call, [&](store::SqlConnection& sql, AuditTrail&) -> Result<FreePlaces> {
    AFK_TRY(unit, store::load<Unit>(sql, unit_id));
    const std::vector<Course> courses = store::open_courses_of_unit(sql, unit_id);
    const UnitBoard board = unit_board(unit.value(), courses, call.today());
    return FreePlaces{board.free_regular, board.free_guest, static_cast<int>(board.waiting_list.size())};
  });
}

}  // namespace afk::service
