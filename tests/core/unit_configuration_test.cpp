#include "core/unit_configuration.hpp"

#include <gtest/gtest.h>

#include "core/domain_fixtures.hpp"

namespace afk {
namespace {
using namespace afk::testing;

ConfigureUnit settings_with(DeadlineRules rules) {
  return ConfigureUnit{true, AgreementPolicy::block, std::move(rules)};
}

TEST(UnitConfiguration, ReplacesTheSettingsAsAWhole) {
  DeadlineRules rules;
  rules.key_worker_working_days = 3;
  rules.plan_working_days = 0;  // switched off
  rules.status_review_interval_days = 14;
  rules.reassessment_months = 6;
  rules.follow_up_months = {1, 6, 12};
  const Unit unit = ok(configure_unit(sample_unit(), settings_with(rules)));
  EXPECT_TRUE(unit.allows_anonymous);
  EXPECT_EQ(unit.agreement_policy, AgreementPolicy::block);
  EXPECT_EQ(unit.deadline_rules, rules);
  EXPECT_EQ(unit.places, sample_unit().places);
}

TEST(UnitConfiguration, RefusesDeadlinesOutOfRangeNamingTheField) {
  DeadlineRules negative;
  negative.plan_working_days = -1;
  auto refused = configure_unit(sample_unit(), settings_with(negative));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().kind, ErrorKind::bad_input);
  EXPECT_EQ(refused.error().code, "out_of_range");
  EXPECT_EQ(refused.error().field, "deadline_rules.plan_working_days");

  DeadlineRules typo;
  typo.status_review_interval_days = 280;
  EXPECT_EQ(configure_unit(sample_unit(), settings_with(typo)).error().field,
            "deadline_rules.status_review_interval_days");
  DeadlineRules long_key_worker;
  long_key_worker.key_worker_working_days = DeadlineLimits::key_worker_working_days + 1;
  EXPECT_EQ(configure_unit(sample_unit(), settings_with(long_key_worker)).error().field,
            "deadline_rules.key_worker_working_days");
  DeadlineRules long_reassessment;
  long_reassessment.reassessment_months = 25;
  EXPECT_EQ(configure_unit(sample_unit(), settings_with(long_reassessment)).error().field,
            "deadline_rules.reassessment_months");

  DeadlineRules at_limits;
  at_limits.key_worker_working_days = DeadlineLimits::key_worker_working_days;
  at_limits.plan_working_days = DeadlineLimits::plan_working_days;
  at_limits.status_review_interval_days = DeadlineLimits::status_review_interval_days;
  at_limits.reassessment_months = DeadlineLimits::reassessment_months;
  at_limits.follow_up_months = {DeadlineLimits::follow_up_months};
  EXPECT_TRUE(configure_unit(sample_unit(), settings_with(at_limits)));
}

TEST(UnitConfiguration, FollowUpMonthsAscendUniqueAndWithinBounds) {
  for (const std::vector<int>& months : {std::vector<int>{3, 1}, std::vector<int>{1, 1}}) {
    DeadlineRules rules;
    rules.follow_up_months = months;
    auto refused = configure_unit(sample_unit(), settings_with(rules));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, "follow_up_not_ascending");
    EXPECT_EQ(refused.error().field, "deadline_rules.follow_up_months");
  }
  for (const std::vector<int>& months :
       {std::vector<int>{0, 3}, std::vector<int>{1, 25}, std::vector<int>{1, 2, 3, 4, 5, 6, 7}}) {
    DeadlineRules rules;
    rules.follow_up_months = months;
    EXPECT_EQ(configure_unit(sample_unit(), settings_with(rules)).error().code, "out_of_range");
  }
  DeadlineRules none;
  none.follow_up_months = {};
  EXPECT_TRUE(configure_unit(sample_unit(), settings_with(none)));
}

TEST(UnitConfiguration, RetiresAFreePlaceFromADay) {
  const Unit unit = ok(retire_place(sample_unit(), {2, d("2024-05-01")}, {1}));
  const Place& place = *find_place(unit, 2);
  EXPECT_TRUE(place.retired);
  EXPECT_EQ(place.retired_on, d("2024-05-01"));
  EXPECT_FALSE(is_open_on(place, d("2024-05-02")));
  EXPECT_FALSE(is_open_on(place, d("2024-05-01"))) << "the retirement day is the first day out of use";
  EXPECT_TRUE(is_open_on(place, d("2024-04-30"))) << "open before the day it was retired";
  EXPECT_FALSE(find_place(unit, 1)->retired);
  // The number is free again for a new place.
  EXPECT_TRUE(add_place(unit, {1, PlaceKind::regular}));
}

TEST(UnitConfiguration, RefusesToRetireAnOccupiedRetiredOrUnknownPlace) {
  auto occupied = retire_place(sample_unit(), {2, d("2024-05-01")}, {2});
  ASSERT_FALSE(occupied);
  EXPECT_EQ(occupied.error().kind, ErrorKind::rule_violated);
  EXPECT_EQ(occupied.error().code, "place_occupied");
  const Unit retired = ok(retire_place(sample_unit(), {2, d("2024-05-01")}, {}));
  EXPECT_EQ(retire_place(retired, {2, d("2024-06-01")}, {}).error().code, "place_already_retired");
  EXPECT_EQ(retire_place(sample_unit(), {99, d("2024-05-01")}, {}).error().code, "place_not_found");
  // The exclusion question's id is not a place.
  EXPECT_EQ(retire_place(sample_unit(), {4, d("2024-05-01")}, {}).error().kind, ErrorKind::not_found);
}

TEST(UnitConfiguration, EndsAnOpenClosure) {
  const Unit closed = ok(close_place(sample_unit(), {2, d("2024-03-10"), std::nullopt, "Vandskade"}));
  const std::int64_t closure_id = find_place(closed, 2)->closures.front().id;
  EXPECT_FALSE(is_open_on(*find_place(closed, 2), d("2025-01-01")));

  const Unit ended = ok(end_place_closure(closed, {closure_id, d("2024-03-20")}));
  const Place& place = *find_place(ended, 2);
  EXPECT_EQ(place.closures.front().to, d("2024-03-20"));
  EXPECT_FALSE(is_open_on(place, d("2024-03-20")));
  EXPECT_TRUE(is_open_on(place, d("2024-03-21")));

  // A one-day closure is fine; ending before it began is not.
  EXPECT_TRUE(end_place_closure(closed, {closure_id, d("2024-03-10")}));
  auto early = end_place_closure(closed, {closure_id, d("2024-03-09")});
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().code, "period_invalid");
  EXPECT_EQ(early.error().field, "to");
}

TEST(UnitConfiguration, EndsAClosureEarlierButNeverLater) {
  const Unit closed = ok(close_place(sample_unit(), {1, d("2024-03-10"), d("2024-03-31"), "Maling"}));
  const std::int64_t closure_id = find_place(closed, 1)->closures.front().id;
  EXPECT_EQ(ok(end_place_closure(closed, {closure_id, d("2024-03-15")})).places.front().closures.front().to,
            d("2024-03-15"));
  EXPECT_EQ(end_place_closure(closed, {closure_id, d("2024-04-15")}).error().code, "closure_not_shortened");
  EXPECT_EQ(end_place_closure(closed, {closure_id + 1, d("2024-03-15")}).error().code, "closure_not_found");
}

TEST(UnitConfiguration, SwitchesAnExclusionQuestionOffAndOn) {
  const Unit off = ok(set_exclusion_criterion_active(sample_unit(), {4, false}));
  EXPECT_FALSE(find_exclusion_criterion(off, 4)->active);
  EXPECT_EQ(find_exclusion_criterion(off, 4)->question, find_exclusion_criterion(sample_unit(), 4)->question);
  EXPECT_TRUE(find_exclusion_criterion(ok(set_exclusion_criterion_active(off, {4, true})), 4)->active);
  EXPECT_EQ(set_exclusion_criterion_active(sample_unit(), {1, false}).error().code, "criterion_not_found");
}

}  // namespace
}  // namespace afk
