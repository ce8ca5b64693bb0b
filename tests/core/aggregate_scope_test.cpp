// One confinement for the aggregate answers (who-gains, questionnaire
// change): own unit, own municipality, or what was asked.
#include "core/aggregate_scope.hpp"

#include <gtest/gtest.h>

namespace afk {
namespace {

TEST(AggregateScope, EachRoleIsConfinedToItsOwnOrganisation) {
  for (Role role : {Role::unit_staff, Role::unit_lead}) {
    const auto scope = confine_aggregate_scope(role, 7, {});
    ASSERT_TRUE(scope.ok());
    EXPECT_EQ(scope->unit_id, 7);
    EXPECT_EQ(confine_aggregate_scope(role, 7, {7, std::nullopt})->unit_id, 7);
    EXPECT_EQ(confine_aggregate_scope(role, 7, {8, std::nullopt}).error().code, "outside_your_organisation");
  }
  for (Role role : {Role::authority, Role::project_lead}) {
    const auto scope = confine_aggregate_scope(role, 3, {12, std::nullopt});
    ASSERT_TRUE(scope.ok());
    EXPECT_EQ(scope->municipality_id, 3);
    EXPECT_EQ(scope->unit_id, 12) << "the caller checks that unit 12 lies in municipality 3";
    EXPECT_EQ(confine_aggregate_scope(role, 3, {std::nullopt, 4}).error().code, "outside_your_organisation");
  }
  for (Role role : {Role::evaluator, Role::admin}) {
    const auto scope = confine_aggregate_scope(role, std::nullopt, {5, 6});
    EXPECT_EQ(scope->unit_id, 5);
    EXPECT_EQ(scope->municipality_id, 6);
  }
}

TEST(AggregateScope, WardStaffHaveNoAggregateAnswers) {
  EXPECT_EQ(confine_aggregate_scope(Role::ward_staff, 1, {}).error().code, "outside_your_organisation");
}

TEST(AggregateScope, AUnitInAnotherMunicipalityIsOutsideAMunicipalScope) {
  const auto scope = confine_aggregate_scope(Role::authority, 3, {12, std::nullopt});
  ASSERT_TRUE(scope);
  EXPECT_TRUE(check_unit_in_aggregate_scope(scope.value(), 3).ok());
  EXPECT_EQ(check_unit_in_aggregate_scope(scope.value(), 4).error().code, "outside_your_organisation");
  EXPECT_EQ(check_unit_in_aggregate_scope(scope.value(), 4).error().kind, ErrorKind::forbidden);
  const auto evaluator = confine_aggregate_scope(Role::evaluator, std::nullopt, {12, std::nullopt});
  EXPECT_TRUE(check_unit_in_aggregate_scope(evaluator.value(), 4).ok()) << "the evaluator may look anywhere";
}

}  // namespace
}  // namespace afk
