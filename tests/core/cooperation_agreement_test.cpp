#include "core/cooperation_agreement.hpp"

#include <gtest/gtest.h>

#include "core/domain_fixtures.hpp"

namespace afk {
namespace {
using namespace afk::testing;

CooperationAgreement fully_agreed(Date from, std::optional<Date> to) {
  CooperationAgreement agreement = ok(create_cooperation_agreement({7, 5, from, to}));
  for (const auto& text : EnumCodes<AgreementPoint>::table)
    agreement = ok(check_agreement_point(agreement, {text.value, true, "Aftalt på møde"}));
  return agreement;
}

TEST(CooperationAgreement, StartsWithSixUncheckedPoints) {
  const auto agreement = ok(create_cooperation_agreement({7, 5, d("2024-01-01"), std::nullopt}));
  ASSERT_EQ(agreement.checklist.size(), 6u);
  EXPECT_FALSE(all_points_agreed(agreement));
  EXPECT_FALSE(is_active_on(agreement, d("2024-02-01")));
}

TEST(CooperationAgreement, ActiveWhenAllPointsAgreedWithinThePeriod) {
  const auto agreement = fully_agreed(d("2024-01-01"), d("2024-12-31"));
  EXPECT_TRUE(is_active_on(agreement, d("2024-01-01")));
  EXPECT_TRUE(is_active_on(agreement, d("2024-12-31")));
  EXPECT_FALSE(is_active_on(agreement, d("2023-12-31")));
  EXPECT_FALSE(is_active_on(agreement, d("2025-01-01")));
  auto unchecked = ok(check_agreement_point(agreement, {AgreementPoint::readmission, false, ""}));
  EXPECT_FALSE(is_active_on(unchecked, d("2024-06-01")));
}

TEST(CooperationAgreement, FindsAnActiveAgreementForUnitAndRegion) {
  const std::vector<CooperationAgreement> agreements{fully_agreed(d("2024-01-01"), std::nullopt)};
  EXPECT_TRUE(has_active_agreement(agreements, 7, 5, d("2024-06-01")));
  EXPECT_FALSE(has_active_agreement(agreements, 7, 6, d("2024-06-01")));
  EXPECT_FALSE(has_active_agreement(agreements, 8, 5, d("2024-06-01")));
}

TEST(CooperationAgreement, RefusesAPeriodEndingBeforeItStarts) {
  EXPECT_EQ(create_cooperation_agreement({7, 5, d("2024-01-01"), d("2023-12-31")}).error().code,
            "period_invalid");
  const auto agreement = fully_agreed(d("2024-01-01"), std::nullopt);
  EXPECT_EQ(set_agreement_period(agreement, {d("2024-01-01"), d("2023-01-01")}).error().code,
            "period_invalid");
  EXPECT_EQ(ok(set_agreement_period(agreement, {d("2024-02-01"), d("2025-01-31")})).valid_to,
            d("2025-01-31"));
}

TEST(Unit, PlacesHaveUniqueNumbersAndClosures) {
  Unit unit = sample_unit();
  EXPECT_EQ(add_place(unit, {1, PlaceKind::guest}).error().code, "place_number_taken");
  EXPECT_EQ(add_place(unit, {0, PlaceKind::guest}).error().code, "place_number_invalid");
  unit = ok(close_place(unit, {2, d("2024-03-10"), d("2024-03-20"), "Maling"}));
  const Place& place = *find_place(unit, 2);
  EXPECT_TRUE(is_open_on(place, d("2024-03-09")));
  EXPECT_FALSE(is_open_on(place, d("2024-03-10")));
  EXPECT_FALSE(is_open_on(place, d("2024-03-20")));
  EXPECT_TRUE(is_open_on(place, d("2024-03-21")));
  EXPECT_EQ(close_place(unit, {99, d("2024-03-10"), std::nullopt, "x"}).error().code, "place_not_found");
  EXPECT_EQ(close_place(unit, {2, d("2024-03-10"), d("2024-03-09"), "x"}).error().code, "period_invalid");
  EXPECT_EQ(close_place(unit, {2, d("2024-03-10"), std::nullopt, ""}).error().field, "reason");
}

}  // namespace
}  // namespace afk
