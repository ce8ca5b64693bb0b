// A small synthetic world for the report facts and evaluation tests: one
// municipality, ward and unit, and citizens with admissions, referrals and
// courses in every decision and stay state. Synthetic data only.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <memory>
#include <string>

#include "core/course_tasks.hpp"
#include "store/aggregates.hpp"
#include "store/connection_pool.hpp"
#include "store/migrations.hpp"
#include "store/test_database.hpp"

namespace afk::test {

inline Date day(const char* iso) { return *Date::parse_iso(iso); }

class ReportWorld {
 public:
  store::ConnectionPool& pool() { return database_.pool(); }
  const std::string& address() const { return database_.address(); }

  void write_organisations(store::SqlConnection& sql) {
    Municipality municipality{0, 0, "Testkommune", "0999"};
    store::insert(sql, municipality);
    municipality_id = municipality.id;
    Region region{0, 0, "Testregion"};
    store::insert(sql, region);
    Ward ward{0, 0, region.id, "Testafsnit", true};
    store::insert(sql, ward);
    ward_id = ward.id;
    Unit unit;
    unit.municipality_id = municipality.id;
    unit.name = "Testtilbud";
    unit = add_place(unit, {1, PlaceKind::regular}).value();
    unit = add_place(unit, {2, PlaceKind::regular}).value();
    store::insert(sql, unit);
    unit_id = unit.id;
  }

  // A citizen admitted 10 days before the referral, made ready for discharge
  // `ready_after` days after the referral; with a course when `state` accepts.
  Course add(store::SqlConnection& sql, const std::string& cpr_digits, Date referred, ReferralState state,
             std::optional<Date> move_in = {}, std::optional<Date> move_out = {},
             std::optional<Date> readmitted = {}) {
    Citizen citizen;
    citizen.name = "Navn Efternavn " + cpr_digits;
    citizen.cpr = Cpr{cpr_digits, day("1980-01-01")};
    citizen.birth_date = day("1980-01-01");
    citizen.home_municipality_id = municipality_id;
    citizen.admissions.push_back({{ward_id, referred.plus_days(-10), referred.plus_days(3),
                                   move_in ? std::optional<Date>(*move_in) : std::nullopt},
                                  1});
    if (readmitted)
      citizen.admissions.push_back({{ward_id, *readmitted, std::nullopt, readmitted->plus_days(5)}, 2});
    citizen.next_local_id = 3;
    store::insert(sql, citizen);
    Referral referral;
    referral.unit_id = unit_id;
    referral.citizen_id = citizen.id;
    referral.ward_id = ward_id;
    referral.referred_on = referred;
    referral.reason = "Fritekst om borgeren";
    referral.state = state;
    if (state != ReferralState::submitted) referral.decided_on = referred.plus_days(2);
    store::insert(sql, referral);
    Course course;
    if (state != ReferralState::accepted && state != ReferralState::waiting_list) return course;
    course = open_course(referral, referral.referred_on.plus_days(2), false, Unit{}.deadline_rules, {});
    course.moved_in_on = move_in;
    if (move_in) course.place_id = 1;
    course.moved_out_on = move_out;
    if (move_out)
      course.allocation =
          Allocation{move_out->plus_days(-5), Destination::own_home_with_support, "note", std::nullopt};
    store::insert(sql, course);
    return course;
  }

  // Twelve citizens: enough that not every cell is small.
  void write_mixed(store::SqlConnection& sql) {
    write_organisations(sql);
    for (int i = 0; i < 8; ++i) {
      const Date referred = day("2025-01-06").plus_days(20 * i);
      const std::optional<Date> out =
          i % 3 == 0 ? std::nullopt : std::optional<Date>(referred.plus_days(20 + 15 * i));
      const std::optional<Date> again =
          i % 2 == 0 ? std::optional<Date>(referred.plus_days(60)) : std::nullopt;
      add(sql, "01018000" + std::to_string(10 + i), referred, ReferralState::accepted, referred.plus_days(5),
          out, again);
    }
    add(sql, "0101800050", day("2025-03-03"), ReferralState::declined);
    add(sql, "0101800051", day("2025-04-07"), ReferralState::withdrawn);
    add(sql, "0101800052", day("2025-05-05"), ReferralState::submitted);
    add(sql, "0101800053", day("2025-06-02"), ReferralState::waiting_list);
  }

  std::int64_t municipality_id = 0, ward_id = 0, unit_id = 0;

 private:
  TestDatabase database_;
};

}  // namespace afk::test
