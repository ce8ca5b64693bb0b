#include "service/command_contexts.hpp"

#include "store/aggregates.hpp"
#include "store/agreement_queries.hpp"

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

}  // namespace afk::service
