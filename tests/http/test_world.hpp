// The small synthetic world the HTTP tests start from: two municipalities,
// a region with two wards, two units, one user per role and organisation; and
// courses written straight into the store. The in-process test server and the
// two-server test (real `afklaring serve` processes) both write it.
#pragma once

#include <cstdint>
#include <string>

#include "core/date.hpp"
#include "store/connection_pool.hpp"

namespace afk::test {

// The ids of the world every test starts from (insertion order = id order).
namespace world {
inline constexpr std::int64_t municipality_a = 1;  // owns unit_a
inline constexpr std::int64_t municipality_b = 2;  // owns unit_b
inline constexpr std::int64_t region = 1;
inline constexpr std::int64_t ward_a = 1;
inline constexpr std::int64_t ward_b = 2;
// Unit A has exactly one regular place (number 1) and one guest place
// (number 2), so "the last free place" is easy to arrange.
inline constexpr std::int64_t unit_a = 1;
inline constexpr std::int64_t unit_b = 2;
}  // namespace world

// Every test user has this password (hashed once per process).
inline constexpr const char* test_password = "afklaring-test-password";

// Usernames, one per role and organisation.
namespace users {
inline constexpr const char* ward_a = "ward_a";              // ward staff, ward A
inline constexpr const char* ward_b = "ward_b";              // ward staff, ward B
inline constexpr const char* staff_a = "staff_a";            // unit staff, unit A
inline constexpr const char* staff_b = "staff_b";            // unit staff, unit B
inline constexpr const char* lead_a = "lead_a";              // unit lead, unit A
inline constexpr const char* authority_a = "authority_a";    // authority, municipality A
inline constexpr const char* authority_b = "authority_b";    // authority, municipality B
inline constexpr const char* project_lead = "project_lead";  // project lead, municipality A
inline constexpr const char* evaluator = "evaluator";
inline constexpr const char* admin = "admin";
}  // namespace users

// A course written straight into the store (accepted referral, phase 1).
struct SeededCourse {
  std::int64_t citizen_id = 0;
  std::int64_t referral_id = 0;
  std::int64_t course_id = 0;
};

// A fixed, synthetic CPR number that differs per `index` (1947–1999 births).
std::string synthetic_cpr(int index);

// The key the test server hashes CPR numbers with for look-up.
inline constexpr const char* test_cpr_lookup_key = "test-cpr-lookup-key";

// The fixed "today" of the tests (a Monday).
Date test_today();

// Writes the organisations (ids as in `world`) and the users (as in `users`)
// into a migrated, empty database.
void write_test_world(store::ConnectionPool& pool);

// A citizen of `municipality_id` (CPR synthetic_cpr(citizen_index)) referred
// from `ward_id` to `unit_id` and accepted today; with `ready_to_move_in` also
// a key worker, so move-in works.
SeededCourse seed_test_course(store::ConnectionPool& pool, int citizen_index, std::int64_t unit_id,
                              std::int64_t ward_id, std::int64_t municipality_id, const std::string& name,
                              bool ready_to_move_in);

}  // namespace afk::test
