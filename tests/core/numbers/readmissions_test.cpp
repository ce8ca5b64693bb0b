#include "core/numbers/readmissions.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "core/numbers/facts_builders.hpp"

namespace afk::numbers {
namespace {
using namespace fixtures;

// Citizen "c" moved in 2024-01-10 from index admission "index".
CourseFacts closed_course() {
  CourseFacts c = course("k", "c", od("2024-01-10"), od("2024-03-01"));
  c.index_admission_id = "index";
  return c;
}

TEST(NumbersReadmissions, WindowIncludesDayZeroAndDayNButNotNPlusOne) {
  const CourseFacts c = closed_course();
  const Date move_in = d("2024-01-10");
  for (const auto& [offset, expected] : std::vector<std::pair<int, int>>{{0, 1}, {30, 1}, {31, 0}, {-1, 0}}) {
    const std::vector<AdmissionFacts> admissions{
        admission("r", "c", move_in.plus_days(offset).iso()),
    };
    EXPECT_EQ(count_readmissions(c, admissions, ReadmissionReference::move_in, 30), expected) << offset;
  }
}

TEST(NumbersReadmissions, IndexAdmissionIsNeverAReadmission) {
  CourseFacts c = closed_course();
  // The index admission starting on the move-in day would otherwise satisfy 0 <= d - ref.
  const std::vector<AdmissionFacts> admissions{admission("index", "c", "2024-01-10")};
  EXPECT_EQ(count_readmissions(c, admissions, ReadmissionReference::move_in, 30), 0);
  c.index_admission_id.reset();
  EXPECT_EQ(count_readmissions(c, admissions, ReadmissionReference::move_in, 30), 1);
}

TEST(NumbersReadmissions, OnlyPsychiatricAdmissionsOfTheSameCitizen) {
  const CourseFacts c = closed_course();
  const std::vector<AdmissionFacts> admissions{
      admission("somatic", "c", "2024-01-15", std::nullopt, std::nullopt, /*psychiatric=*/false),
      admission("other-citizen", "someone-else", "2024-01-15"),
      admission("counts", "c", "2024-01-20"),
  };
  EXPECT_EQ(count_readmissions(c, admissions, ReadmissionReference::move_in, 30), 1);
}

TEST(NumbersReadmissions, AfterMoveOutUsesMoveOutAsReference) {
  const CourseFacts c = closed_course();  // move-out 2024-03-01
  const std::vector<AdmissionFacts> admissions{
      admission("during", "c", "2024-02-01"),  // during the stay: before move-out
      admission("day0", "c", "2024-03-01"),    // move-out day: 0 days after
      admission("day90", "c", "2024-05-30"),   // 90 days after 2024-03-01
      admission("day91", "c", "2024-05-31"),
  };
  EXPECT_EQ(count_readmissions(c, admissions, ReadmissionReference::move_out, 30), 1);
  EXPECT_EQ(count_readmissions(c, admissions, ReadmissionReference::move_out, 90), 2);
  EXPECT_FALSE(count_readmissions(course("open", "c", od("2024-01-10")), admissions,
                                  ReadmissionReference::move_out, 30)
                   .has_value());
}

TEST(NumbersReadmissions, RateCountsOnlyCoursesWhoseWindowHasPassed) {
  const Date today = d("2024-06-30");
  std::vector<CourseFacts> courses{
      course("followed-readmitted", "a", od("2024-01-01"), od("2024-02-01")),
      course("followed-clean", "b", od("2024-01-01"), od("2024-02-01")),
      course("window-exactly-over", "e", od("2024-05-31"), od("2024-06-10")),  // 30 days before today
      course("too-recent", "c", od("2024-06-20")),
      course("not-moved-in", "d", std::nullopt),
  };
  const std::vector<AdmissionFacts> admissions{
      admission("r1", "a", "2024-01-05"), admission("r2", "a", "2024-01-25"),
      admission("r3", "c", "2024-06-25"),  // readmitted, but follow-up incomplete: not in the rate
  };
  const auto rate = readmission_rate(courses, admissions, ReadmissionReference::move_in, 30, today);
  EXPECT_EQ(rate.courses_followed, 3);
  EXPECT_EQ(rate.courses_readmitted, 1);
  EXPECT_EQ(rate.readmissions, 2);
  EXPECT_EQ(rate.incomplete_follow_up, 1);
  EXPECT_EQ(rate.without_reference, 1);
  ASSERT_TRUE(rate.rate_percent.has_value());
  EXPECT_NEAR(*rate.rate_percent, 100.0 / 3.0, 1e-9);
}

TEST(NumbersReadmissions, RateUndefinedWithoutFollowedCourses) {
  const std::vector<CourseFacts> courses{course("k", "a", od("2024-06-20"))};
  const std::vector<AdmissionFacts> admissions;
  const auto rate = readmission_rate(courses, admissions, ReadmissionReference::move_in, 30, d("2024-06-30"));
  EXPECT_EQ(rate.courses_followed, 0);
  EXPECT_FALSE(rate.rate_percent.has_value());
}

TEST(NumbersReadmissions, DuringStayIsCountedSeparatelyAndStayGoesOn) {
  const Date today = d("2024-06-30");
  CourseFacts closed = course("closed", "a", od("2024-01-10"), od("2024-03-01"));
  closed.index_admission_id = "index-a";
  const CourseFacts open = course("open", "b", od("2024-06-01"));
  const std::vector<AdmissionFacts> admissions{
      admission("index-a", "a", "2023-12-01", od("2024-01-05"), od("2024-01-10")),
      admission("a-in-day", "a", "2024-01-10"),  // move-in day: during the stay
      admission("a-mid", "a", "2024-02-10", std::nullopt, od("2024-02-20")),
      admission("a-out-day", "a", "2024-03-01"),  // move-out day: after the stay
      admission("b-today", "b", "2024-06-30"),    // open stay: today is still in the stay
  };
  EXPECT_EQ(count_readmissions_during_stay(closed, admissions, today), 2);
  EXPECT_EQ(count_readmissions_during_stay(open, admissions, today), 1);

  const std::vector<CourseFacts> courses{closed, open, course("planned", "c", od("2024-07-10"))};
  const auto during = readmissions_during_stay(courses, admissions, today);
  EXPECT_EQ(during.stays, 2);
  EXPECT_EQ(during.stays_with_readmission, 2);
  EXPECT_EQ(during.readmissions, 3);
  EXPECT_DOUBLE_EQ(*during.rate_percent, 100.0);
}

TEST(NumbersReadmissions, LongerWindowsIncludeShorterOnes) {
  const CourseFacts c = closed_course();  // move-in 2024-01-10
  const std::vector<AdmissionFacts> admissions{
      admission("d20", "c", "2024-01-30"),   // 20
      admission("d100", "c", "2024-04-19"),  // 100
      admission("d180", "c", "2024-07-08"),  // 180
  };
  EXPECT_EQ(count_readmissions(c, admissions, ReadmissionReference::move_in, 30), 1);
  EXPECT_EQ(count_readmissions(c, admissions, ReadmissionReference::move_in, 90), 1);
  EXPECT_EQ(count_readmissions(c, admissions, ReadmissionReference::move_in, 180), 3);
}

}  // namespace
}  // namespace afk::numbers
