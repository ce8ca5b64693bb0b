// How far each role may look in the reports: the rule in core.
#include "core/report_scope.hpp"

#include <gtest/gtest.h>

#include "core/aggregate_scope.hpp"

namespace afk {
namespace {

TEST(ReportScope, EachRoleDefaultsToItsOwnOrganisation) {
  const auto unit = confine_report_scope(Role::unit_staff, 4, std::nullopt, std::nullopt);
  EXPECT_EQ(unit->kind, ReportScopeKind::unit);
  EXPECT_EQ(unit->id, 4);
  const auto municipality = confine_report_scope(Role::project_lead, 2, std::nullopt, std::nullopt);
  EXPECT_EQ(municipality->kind, ReportScopeKind::municipality);
  EXPECT_EQ(municipality->id, 2);
  const auto national = confine_report_scope(Role::evaluator, std::nullopt, std::nullopt, std::nullopt);
  EXPECT_EQ(national->kind, ReportScopeKind::national);
  EXPECT_EQ(national->id, 0);
}

TEST(ReportScope, NobodyLooksBeyondTheirOwn) {
  EXPECT_EQ(confine_report_scope(Role::unit_lead, 4, ReportScopeKind::unit, 5).error().kind,
            ErrorKind::forbidden);
  EXPECT_EQ(confine_report_scope(Role::unit_lead, 4, ReportScopeKind::national, std::nullopt).error().kind,
            ErrorKind::forbidden);
  EXPECT_EQ(confine_report_scope(Role::authority, 2, ReportScopeKind::municipality, 3).error().kind,
            ErrorKind::forbidden);
  EXPECT_EQ(confine_report_scope(Role::project_lead, 2, ReportScopeKind::region, 2).error().kind,
            ErrorKind::forbidden);
  EXPECT_EQ(confine_report_scope(Role::ward_staff, 1, std::nullopt, std::nullopt).error().kind,
            ErrorKind::forbidden);
  const auto region = confine_report_scope(Role::evaluator, std::nullopt, ReportScopeKind::region, 1);
  EXPECT_EQ(region->kind, ReportScopeKind::region);
  EXPECT_EQ(
      confine_report_scope(Role::evaluator, std::nullopt, ReportScopeKind::unit, std::nullopt).error().field,
      "id")
      << "a unit needs its id";
}

// One reach for every figure: the report area and the aggregate answers
// confine each role alike (the access policy decides who reads which report).
TEST(ReportScope, TheReportAreaAndTheAggregateAnswersReachAlike) {
  for (Role role : {Role::unit_staff, Role::unit_lead, Role::authority, Role::project_lead, Role::evaluator,
                    Role::admin, Role::ward_staff}) {
    const auto area = confine_report_scope(role, 4, std::nullopt, std::nullopt);
    const auto aggregate = confine_aggregate_scope(role, 4, {});
    ASSERT_EQ(area.ok(), aggregate.ok()) << role_code(role);
    if (!area) continue;
    EXPECT_EQ(area->kind == ReportScopeKind::unit, aggregate->unit_id.has_value()) << role_code(role);
    EXPECT_EQ(area->kind == ReportScopeKind::municipality, aggregate->municipality_id.has_value())
        << role_code(role);
    if (area->kind != ReportScopeKind::national) {
      EXPECT_EQ(area->id, 4);
      EXPECT_EQ(aggregate->unit_id.value_or(aggregate->municipality_id.value_or(0)), 4);
    }
  }
}

TEST(ReportScope, KindCodesRoundTrip) {
  for (auto kind : {ReportScopeKind::unit, ReportScopeKind::municipality, ReportScopeKind::region,
                    ReportScopeKind::national})
    EXPECT_EQ(from_code<ReportScopeKind>(to_code(kind)), kind);
  EXPECT_FALSE(from_code<ReportScopeKind>("planet").has_value());
}

}  // namespace
}  // namespace afk
