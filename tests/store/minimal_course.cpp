#include "store/minimal_course.hpp"

#include "core/course_tasks.hpp"
#include "store/aggregates.hpp"

namespace afk::store {

MinimalCourse store_minimal_course(SqlConnection& sql, const std::string& municipality_code, int places,
                                   std::optional<Date> move_in) {
  Municipality municipality{0, 0, "Kommune " + municipality_code, municipality_code};
  insert(sql, municipality);
  Region region{0, 0, "Testregion"};
  insert(sql, region);
  Ward ward{0, 0, region.id, "Testafsnit", true};
  insert(sql, ward);
  Unit unit;
  unit.municipality_id = municipality.id;
  unit.name = "Testtilbud";
  for (int number = 1; number <= places; ++number)
    unit = add_place(unit, {number, PlaceKind::regular}).value();
  insert(sql, unit);
  Citizen citizen;
  citizen.name = "Test Borger";
  citizen.birth_date = *Date::parse_iso("1980-01-01");
  citizen.home_municipality_id = municipality.id;
  insert(sql, citizen);
  Referral referral;
  referral.unit_id = unit.id;
  referral.citizen_id = citizen.id;
  referral.ward_id = ward.id;
  referral.referred_on = *Date::parse_iso("2026-01-05");
  referral.reason = "Test";
  insert(sql, referral);
  Course course = open_course(referral, referral.referred_on, false, unit.deadline_rules, {});
  course.moved_in_on = move_in;
  insert(sql, course);
  return {course, unit};
}

}  // namespace afk::store
