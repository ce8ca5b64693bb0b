#include "http/test_world.hpp"

#include <cstdio>
#include <stdexcept>

#include "core/course_commands.hpp"
#include "core/referral_decision.hpp"
#include "security/passwords.hpp"
#include "security/tokens.hpp"
#include "store/aggregates.hpp"
#include "store/citizen_registry.hpp"
#include "store/consent_repository.hpp"
#include "store/users_repository.hpp"

namespace afk::test {

namespace {
// argon2id is slow (and slower still under the sanitizers): hash once.
const std::string& shared_password_hash() {
  static const std::string hash = [] {
    security::initialise();
    return security::hash_password(test_password);
  }();
  return hash;
}

template <class T>
T must(Result<T> result, const char* what) {
  if (!result) throw std::runtime_error(std::string(what) + ": " + result.error().code);
  return std::move(result).value();
}

Unit make_unit(std::int64_t municipality_id, std::string name, std::initializer_list<PlaceKind> places) {
  Unit unit;
  unit.municipality_id = municipality_id;
  unit.name = std::move(name);
  int number = 1;
  for (PlaceKind kind : places) unit = must(add_place(unit, {number++, kind}), "add_place");
  return unit;
}

void write_organisations(store::SqlConnection& sql) {
  Municipality municipality_a{0, 0, "Testkommune A", "0998"};
  Municipality municipality_b{0, 0, "Testkommune B", "0999"};
  store::insert(sql, municipality_a);
  store::insert(sql, municipality_b);
  Region region{0, 0, "Testregion"};
  store::insert(sql, region);
  // Ward A has a SOR code (MedCom messages name it: tests/fixtures/medcom); ward B has none yet.
  Ward ward_a{0, 0, region.id, "Testafsnit A", true, "100000000000001"};
  Ward ward_b{0, 0, region.id, "Testafsnit B", true};
  store::insert(sql, ward_a);
  store::insert(sql, ward_b);
  Unit unit_a = make_unit(municipality_a.id, "Testtilbud A", {PlaceKind::regular, PlaceKind::guest});
  Unit unit_b = make_unit(municipality_b.id, "Testtilbud B", {PlaceKind::regular, PlaceKind::regular});
  unit_a.sor_code = "300000000000001";  // invented, like ward A's: MedCom letters name the unit by it
  store::insert(sql, unit_a);
  store::insert(sql, unit_b);
  if (unit_a.id != world::unit_a || unit_b.id != world::unit_b || ward_b.id != world::ward_b ||
      municipality_b.id != world::municipality_b)
    throw std::runtime_error("test world ids differ from tests/http/test_world.hpp");
}

void write_users(store::SqlConnection& sql) {
  struct Login {
    const char* username;
    Role role;
    std::optional<std::int64_t> organisation_id;
  };
  const Login logins[] = {
      {users::ward_a, Role::ward_staff, world::ward_a},
      {users::ward_b, Role::ward_staff, world::ward_b},
      {users::staff_a, Role::unit_staff, world::unit_a},
      {users::staff_b, Role::unit_staff, world::unit_b},
      {users::lead_a, Role::unit_lead, world::unit_a},
      {users::authority_a, Role::authority, world::municipality_a},
      {users::authority_b, Role::authority, world::municipality_b},
      {users::project_lead, Role::project_lead, world::municipality_a},
      {users::evaluator, Role::evaluator, std::nullopt},
      {users::admin, Role::admin, std::nullopt},
  };
  for (const Login& login : logins) {
    store::UserRecord user;
    user.username = login.username;
    user.display_name = std::string("Test ") + login.username;
    user.role = login.role;
    user.organisation_kind = organisation_kind_for(login.role);
    user.organisation_id = login.organisation_id;
    user.password_hash = shared_password_hash();
    store::insert_user(sql, user);
  }
}
}  // namespace

std::string synthetic_cpr(int index) {
  // Day 01–28 of March; years 47–99 with 7th digit 0 (born 1900–1999).
  char text[16];
  std::snprintf(text, sizeof text, "%02d03%02d-0%03d", 1 + index % 28, 47 + index % 53, index % 1000);
  return text;
}

Date test_today() { return *Date::from_ymd(2026, 3, 2); }

void write_test_world(store::ConnectionPool& pool) {
  auto connection = pool.acquire();
  store::Transaction transaction(*connection);
  write_organisations(*connection);
  write_users(*connection);
  transaction.commit();
}

SeededCourse seed_test_course(store::ConnectionPool& pool, int citizen_index, std::int64_t unit_id,
                              std::int64_t ward_id, std::int64_t municipality_id, const std::string& name,
                              bool ready_to_move_in) {
  const Date today = test_today();
  auto connection = pool.acquire();
  store::Transaction transaction(*connection);
  Citizen citizen =
      must(register_citizen({name, synthetic_cpr(citizen_index), std::nullopt, municipality_id}, today),
           "register_citizen");
  store::insert_citizen(*connection, citizen, security::keyed_hash(test_cpr_lookup_key, citizen.cpr->digits));
  const Ward ward = must(store::load<Ward>(*connection, ward_id), "load ward");
  const Unit unit = must(store::load<Unit>(*connection, unit_id), "load unit");

  SubmitReferral submit;
  submit.unit_id = unit_id;
  submit.citizen_id = citizen.id;
  submit.ward_id = ward_id;
  submit.referred_on = today;
  submit.reason = "Færdigbehandlet, mangler bolig og støtte.";
  submit.substance_use = SubstanceUse::none;
  submit.consent_to_share_with_unit = true;
  Referral referral = must(submit_referral(submit, citizen, ward, unit, today), "submit_referral");
  store::insert(*connection, referral);
  store::record_referral_consents(*connection, referral, ConsentForm::written, true, 0, "ward_staff", today);

  ReferralContext referral_context;
  referral_context.today = today;
  referral_context.citizen = citizen;
  referral_context.ward = ward;
  referral_context.unit = unit;
  ReferralDecision decision = must(accept_referral(referral, {today, ""}, referral_context), "accept");
  if (auto saved = store::update(*connection, decision.referral, referral.version); !saved)
    throw std::runtime_error("update referral");
  Course course = decision.course.value();
  if (ready_to_move_in) {
    CourseCommandContext course_context;
    course_context.today = today;
    course_context.unit = unit;
    course = must(appoint_key_worker(course, {"Kim Tovholder", "12345678", today}, course_context),
                  "appoint_key_worker");
  }
  store::insert(*connection, course);
  transaction.commit();
  return {citizen.id, referral.id, course.id};
}

}  // namespace afk::test
