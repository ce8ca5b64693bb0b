// The index admission of a referral is one rule (core/citizen.hpp) used by
// the reports' read model, the evaluation export and who-gains. They used to
// break a same-day tie differently (the first registered in who-gains, the
// last in the reports).
#include <gtest/gtest.h>

#include "core/citizen.hpp"

namespace afk {
namespace {

Date d(const char* iso) { return *Date::parse_iso(iso); }

Citizen with_admissions(std::initializer_list<std::pair<std::int64_t, const char*>> admissions) {
  Citizen citizen;
  for (const auto& [id, admitted] : admissions) citizen.admissions.push_back({{1, d(admitted), {}, {}}, id});
  return citizen;
}

TEST(IndexAdmission, TheLatestStartedOnOrBeforeTheReferralDay) {
  const Citizen citizen = with_admissions({{1, "2026-01-01"}, {2, "2026-02-01"}, {3, "2026-03-01"}});
  EXPECT_EQ(index_admission(citizen, d("2026-02-15"))->id, 2);
  EXPECT_EQ(index_admission(citizen, d("2026-02-01"))->id, 2) << "started on the referral day";
  EXPECT_EQ(index_admission(citizen, d("2026-12-31"))->id, 3);
  EXPECT_EQ(index_admission(citizen, d("2025-12-31")), nullptr) << "none started yet";
}

TEST(IndexAdmission, OfTwoStartedTheSameDayTheOneRegisteredLast) {
  // Stored out of id order, as documents may be after an edit.
  const Citizen citizen =
      with_admissions({{5, "2026-02-01"}, {4, "2026-02-01"}, {7, "2026-02-01"}, {6, "2026-01-01"}});
  EXPECT_EQ(index_admission(citizen, d("2026-02-10"))->id, 7);
}

}  // namespace
}  // namespace afk
