#include "service/simulation_service.hpp"

#include "service/unit_of_work.hpp"
#include "store/aggregates.hpp"
#include "store/course_queries.hpp"

namespace afk::service {

Result<UnitHistory> read_unit_history(Invocation& call, std::int64_t unit_id, const std::string& field) {
  return run_query<UnitHistory>(
      call, [&](store::SqlConnection& sql, AuditTrail& audit) -> Result<UnitHistory> {
        AFK_CHECK(authorize(call, sql, Action::plan_capacity, ResourceKind::unit, unit_id, field));
        if (!store::load<Unit>(sql, unit_id))
          return make_error(ErrorKind::not_found, "not_found", "Posten findes ikke.", field);
        audit.record("simulation_history_read", std::nullopt, "unit", unit_id);
        UnitHistory history;
        for (const Course& course : store::finished_courses_of_unit(sql, unit_id))
          if (course.moved_in_on && course.moved_out_on)
            history.finished_stay_days.push_back(days_between(*course.moved_in_on, *course.moved_out_on));
        for (const Course& course : store::courses_of_unit_not_cancelled(sql, unit_id)) {
          UnitHistory::Arrival arrival{course.accepted_on, std::nullopt};
          if (course.moved_in_on && course.moved_out_on)
            arrival.stay_days = days_between(*course.moved_in_on, *course.moved_out_on);
          history.arrivals.push_back(arrival);
        }
        return history;
      });
}

}  // namespace afk::service
