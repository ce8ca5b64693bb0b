#include "service/command_contexts.hpp"

#include "core/unit_board.hpp"
#include "store/aggregates.hpp"
#include "store/agreement_queries.hpp"
#include "store/course_queries.hpp"

namespace afk::service {

namespace {
template <class T>
T must_load(store::SqlConnection& sql, std::int64_t id) {
  auto value = store::load<T>(sql, id);
  // Foreign keys guarantee these exist; a miss is a broken database.
  if (!value)
    throw store::SqlError("missing " + std::string(store::AggregateTraits<T>::table) + " " +
                          std::to_string(id));
  return std::move(value).value();
}
}  // namespace

ReferralContext load_referral_context(store::SqlConnection& sql, const Referral& referral, Date today) {
  ReferralContext context;
  context.today = today;
  context.citizen = must_load<Citizen>(sql, referral.citizen_id);
  context.ward = must_load<Ward>(sql, referral.ward_id);
  context.unit = must_load<Unit>(sql, referral.unit_id);
  const auto agreements = store::agreements_of_unit(sql, referral.unit_id);
  context.has_active_agreement =
      has_active_agreement(agreements, referral.unit_id, context.ward.region_id, today);
  return context;
}

CourseCommandContext load_course_context(store::SqlConnection& sql, const Course& course, Date today) {
  CourseCommandContext context;
  context.today = today;
  context.unit = must_load<Unit>(sql, course.unit_id);
  context.occupied_place_ids = store::occupied_place_ids(sql, course.unit_id, course.id);
  return context;
}

std::optional<std::int64_t> next_in_line_for_a_place(store::SqlConnection& sql, const Unit& unit,
                                                     Date today) {
  const std::vector<Course> open_courses = store::open_courses_of_unit(sql, unit.id);
  const UnitBoard board = unit_board(unit, open_courses, today);
  if (!board.next_in_line) return std::nullopt;
  return board.next_in_line->id;
}

}  // namespace afk::service
