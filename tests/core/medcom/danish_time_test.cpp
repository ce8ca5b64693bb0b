// A hospital's time stamp is placed on the Danish calendar: offsets and UTC
// both land on the day a Dane would say, across the clock changes.
#include "core/medcom/danish_time.hpp"

#include <gtest/gtest.h>

namespace afk::medcom {
namespace {

Date d(const char* iso) { return *Date::parse_iso(iso); }

TEST(DanishTime, LocalTimesKeepTheirDateAndUtcIsMovedIntoDanishTime) {
  EXPECT_EQ(danish_date_of("2026-02-10T09:15:00+01:00"), d("2026-02-10"));
  EXPECT_EQ(danish_date_of("2026-02-22T23:30:00Z"), d("2026-02-23")) << "00:30 in Copenhagen (CET)";
  EXPECT_EQ(danish_date_of("2026-07-01T22:30:00Z"), d("2026-07-02")) << "00:30 in Copenhagen (CEST)";
  EXPECT_EQ(danish_date_of("2026-07-01T21:59:59Z"), d("2026-07-01"));
  EXPECT_EQ(danish_date_of("2026-02-10T00:30:00+02:00"), d("2026-02-09"))
      << "sent with a summer offset in winter";
  EXPECT_EQ(danish_date_of("2026-12-07T12:00:00.123+01:00"), d("2026-12-07"));
  EXPECT_EQ(danish_date_of("2026-02-10"), d("2026-02-10"));
}

TEST(DanishTime, TheClockChangesAtOneUtcOnTheLastSundays) {
  // 2026: summer time from Sunday 29 March 01:00 UTC to Sunday 25 October 01:00 UTC.
  EXPECT_EQ(danish_date_of("2026-03-28T23:30:00Z"), d("2026-03-29")) << "00:30 CET";
  EXPECT_EQ(danish_date_of("2026-03-29T22:30:00Z"), d("2026-03-30")) << "00:30 CEST";
  EXPECT_EQ(danish_date_of("2026-10-24T22:30:00Z"), d("2026-10-25")) << "00:30 CEST";
  EXPECT_EQ(danish_date_of("2026-10-25T22:30:00Z"), d("2026-10-25")) << "23:30 CET";
}

TEST(DanishTime, AnythingElseIsNoDate) {
  for (const char* text : {"", "2026-02-10T09:15:00", "2026-02-10T09:15+01:00", "2026-02-30T09:15:00Z",
                           "2026-02-10T24:00:00Z", "2026-02-10T09:15:00+15:00", "10-02-2026",
                           "2026-02-10 09:15:00Z", "2026-02-10T09:15:00+01:00 and more text that goes on"})
    EXPECT_FALSE(danish_date_of(text)) << text;
}

}  // namespace
}  // namespace afk::medcom
