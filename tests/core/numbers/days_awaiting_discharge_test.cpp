#include "core/numbers/days_awaiting_discharge.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "core/numbers/facts_builders.hpp"

namespace afk::numbers {
namespace {
using namespace fixtures;

const Date today = d("2024-06-15");

TEST(NumbersDaysAwaitingDischarge, IsDischargeMinusReady) {
  const auto result =
      days_awaiting_discharge(admission("a", "c", "2024-01-01", od("2024-01-10"), od("2024-01-24")), today);
  EXPECT_EQ(result.status, AwaitingStatus::complete);
  EXPECT_EQ(result.days, 14);
}

TEST(NumbersDaysAwaitingDischarge, SameDayDischargeIsZeroNotUndefined) {
  const auto result =
      days_awaiting_discharge(admission("a", "c", "2024-01-01", od("2024-01-10"), od("2024-01-10")), today);
  EXPECT_EQ(result.status, AwaitingStatus::complete);
  ASSERT_TRUE(result.days.has_value());
  EXPECT_EQ(*result.days, 0);
}

TEST(NumbersDaysAwaitingDischarge, CountsAcrossLeapDay) {
  const auto result =
      days_awaiting_discharge(admission("a", "c", "2024-01-01", od("2024-02-28"), od("2024-03-01")), today);
  EXPECT_EQ(result.days, 2);
}

TEST(NumbersDaysAwaitingDischarge, OpenAdmissionCountsToTodayAndIsOngoing) {
  const auto result = days_awaiting_discharge(admission("a", "c", "2024-05-01", od("2024-06-01")), today);
  EXPECT_EQ(result.status, AwaitingStatus::ongoing);
  EXPECT_EQ(result.days, 14);
}

TEST(NumbersDaysAwaitingDischarge, UndefinedWithoutReadyDate) {
  const auto discharged =
      days_awaiting_discharge(admission("a", "c", "2024-05-01", std::nullopt, od("2024-06-01")), today);
  EXPECT_EQ(discharged.status, AwaitingStatus::no_ready_date);
  EXPECT_FALSE(discharged.days.has_value());
  const auto open = days_awaiting_discharge(admission("a", "c", "2024-05-01"), today);
  EXPECT_FALSE(open.days.has_value());
}

TEST(NumbersDaysAwaitingDischarge, FutureReadyDateAndReversedDatesAreNotDefined) {
  EXPECT_EQ(days_awaiting_discharge(admission("a", "c", "2024-05-01", od("2024-06-20")), today).status,
            AwaitingStatus::ready_in_future);
  const auto reversed =
      days_awaiting_discharge(admission("a", "c", "2024-05-01", od("2024-06-10"), od("2024-06-05")), today);
  EXPECT_EQ(reversed.status, AwaitingStatus::discharge_before_ready);
  EXPECT_FALSE(reversed.days.has_value());
}

TEST(NumbersDaysAwaitingDischarge, CourseUsesItsIndexAdmissionOnly) {
  const std::vector<AdmissionFacts> admissions{
      admission("earlier", "c", "2023-01-01", od("2023-01-05"), od("2023-02-05")),  // 31 days, not the index
      admission("index", "c", "2024-01-01", od("2024-01-10"), od("2024-01-17")),    // 7 days
  };
  CourseFacts c = course("k", "c", od("2024-01-17"));
  c.index_admission_id = "index";
  EXPECT_EQ(days_awaiting_discharge(c, admissions, today).days, 7);

  c.index_admission_id.reset();
  EXPECT_FALSE(days_awaiting_discharge(c, admissions, today).days.has_value());
  c.index_admission_id = "not-there";
  EXPECT_FALSE(days_awaiting_discharge(c, admissions, today).days.has_value());
}

TEST(NumbersDaysAwaitingDischarge, TotalsSeparateDefinedOngoingAndUndefined) {
  const std::vector<AdmissionFacts> admissions{
      admission("1", "a", "2024-01-01", od("2024-01-10"), od("2024-01-20")),  // 10
      admission("2", "b", "2024-01-01", od("2024-02-01"), od("2024-02-01")),  // 0
      admission("3", "c", "2024-05-01", od("2024-06-10")),                    // ongoing 5
      admission("4", "d", "2024-05-01"),                                      // undefined
  };
  const auto total = total_days_awaiting_discharge(admissions, today);
  EXPECT_EQ(total.total_days, 15);
  EXPECT_EQ(total.with_days, 3);
  EXPECT_EQ(total.ongoing, 1);
  EXPECT_EQ(total.not_defined, 1);
  ASSERT_TRUE(total.mean_days.has_value());
  EXPECT_DOUBLE_EQ(*total.mean_days, 5.0);
}

TEST(NumbersDaysAwaitingDischarge, TotalsOverCoursesUseEachIndexAdmission) {
  const std::vector<AdmissionFacts> admissions{
      admission("i1", "a", "2024-01-01", od("2024-01-10"), od("2024-01-20")),  // 10
      admission("x", "a", "2024-03-01", od("2024-03-02"), od("2024-03-30")),   // readmission, not counted
      admission("i2", "b", "2024-01-01", od("2024-02-01"), od("2024-02-05")),  // 4
  };
  std::vector<CourseFacts> courses{course("k1", "a", od("2024-01-20")), course("k2", "b", od("2024-02-05")),
                                   course("k3", "c", od("2024-02-05"))};
  courses[0].index_admission_id = "i1";
  courses[1].index_admission_id = "i2";
  const auto total = total_days_awaiting_discharge(courses, admissions, today);
  EXPECT_EQ(total.total_days, 14);
  EXPECT_EQ(total.with_days, 2);
  EXPECT_EQ(total.not_defined, 1);
}

TEST(NumbersDaysAwaitingDischarge, MeanUndefinedWhenNothingDefined) {
  const std::vector<AdmissionFacts> none;
  EXPECT_FALSE(total_days_awaiting_discharge(none, today).mean_days.has_value());
}

}  // namespace
}  // namespace afk::numbers
