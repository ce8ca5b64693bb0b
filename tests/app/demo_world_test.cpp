#include "app/demo_world.hpp"

#include <gtest/gtest.h>

#include <set>

#include "core/enum_codes.hpp"

namespace afk::app {
namespace {

DemoWorld small_world(std::uint64_t seed) {
  DemoOptions options;
  options.seed = seed;
  options.today = *Date::parse_iso("2026-11-30");
  return build_demo_world(options);
}

TEST(DemoWorld, RunsEveryGeneratedStepThroughTheCoreWithoutRefusal) {
  const DemoWorld world = small_world(2024);
  EXPECT_EQ(world.failed_steps, 0) << world.first_failure;
  EXPECT_GE(world.municipalities.size(), 2u);
  ASSERT_EQ(world.regions.size(), 1u);
  EXPECT_EQ(world.wards.size(), 3u);
  ASSERT_EQ(world.units.size(), 3u);
  for (const Unit& unit : world.units) {
    EXPECT_GE(unit.places.size(), 4u);
    EXPECT_LE(unit.places.size(), 8u);
  }
}

TEST(DemoWorld, HasCoursesAndReferralsInEveryState) {
  const DemoWorld world = small_world(2024);
  std::set<CourseState> course_states;
  for (const Course& course : world.courses) course_states.insert(course.state);
  for (const auto& text : EnumCodes<CourseState>::table)
    EXPECT_TRUE(course_states.contains(text.value)) << "no course in " << text.code;
  std::set<ReferralState> referral_states;
  for (const Referral& referral : world.referrals) referral_states.insert(referral.state);
  for (const auto& text : EnumCodes<ReferralState>::table)
    EXPECT_TRUE(referral_states.contains(text.value)) << "no referral in " << text.code;
}

TEST(DemoWorld, IsTheSameForTheSameSeedAndDifferentForAnother) {
  const DemoWorld first = small_world(7);
  const DemoWorld again = small_world(7);
  const DemoWorld other = small_world(8);
  ASSERT_EQ(first.courses.size(), again.courses.size());
  EXPECT_TRUE(first.courses == again.courses);
  EXPECT_TRUE(first.citizens == again.citizens);
  EXPECT_FALSE(first.citizens == other.citizens);
}

TEST(DemoWorld, NeverPutsTwoCitizensInOnePlace) {
  const DemoWorld world = small_world(2024);
  std::set<std::pair<std::int64_t, std::int64_t>> occupied;
  for (const Course& course : world.courses)
    if (course.place_id && occupies_place(course.state)) {
      EXPECT_TRUE(occupied.insert({course.unit_id, *course.place_id}).second) << "course " << course.id;
    }
}

TEST(DemoWorld, UsesCprNumbersThatNoAdultCanHave) {
  const DemoWorld world = small_world(2024);
  constexpr int weights[] = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
  int with_cpr = 0;
  for (const Citizen& citizen : world.citizens) {
    if (!citizen.cpr) continue;
    ++with_cpr;
    int sum = 0;
    for (size_t i = 0; i < 10; ++i) sum += (citizen.cpr->digits[i] - '0') * weights[i];
    EXPECT_NE(sum % 11, 0) << "a modulus-11 valid number could be a real person's";
  }
  EXPECT_GT(with_cpr, 0);
}

}  // namespace
}  // namespace afk::app

namespace afk::app {
namespace {

// `make demo` seeds the world relative to today, and the first thing a new
// user tries — and the end-to-end course test does — is to move a citizen
// into the demo unit. Whatever the date, the demo unit keeps a regular place
// free today.
TEST(DemoWorld, TheDemoUnitHasAFreeRegularPlaceOnEveryDate) {
  const Date first = *Date::parse_iso("2026-01-01");
  for (int offset = 0; offset < 2 * 365; offset += 7) {
    DemoOptions options;
    options.today = first.plus_days(offset);
    const DemoWorld world = build_demo_world(options);
    ASSERT_EQ(world.failed_steps, 0) << options.today.iso() << ": " << world.first_failure;
    const Unit& demo_unit = world.units.front();
    std::set<std::int64_t> occupied;
    for (const Course& course : world.courses)
      if (course.unit_id == demo_unit.id && course.place_id && occupies_place(course.state))
        occupied.insert(*course.place_id);
    int free_regular = 0;
    for (const Place& place : demo_unit.places)
      if (place.kind == PlaceKind::regular && !place.retired_on && !occupied.contains(place.id))
        ++free_regular;
    EXPECT_GE(free_regular, 1) << "no free regular place in the demo unit on " << options.today.iso();
  }
}

}  // namespace
}  // namespace afk::app
