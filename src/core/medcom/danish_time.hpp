// The Danish calendar day of a FHIR dateTime. Hospitals send local times with
// an offset (2022-12-07T12:00:00+01:00) or in UTC (…Z); Afklaring counts in
// Danish calendar dates, so the instant is placed in Danish time (CET, or
// CEST from the last Sunday of March to the last Sunday of October, 01:00
// UTC both ends) and its date taken. A bare date is that date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.hpp"

namespace afk::medcom {

// None when `text` is not a FHIR date or dateTime with seconds and a zone.
std::optional<Date> danish_date_of(std::string_view text);

// The instant of a FHIR dateTime with seconds and a zone, in Unix seconds;
// none for anything else (a bare date included).
std::optional<std::int64_t> instant_of(std::string_view text);

// A FHIR dateTime in Danish local time with its offset, as Danish systems
// write them: 1772442900 is "2026-03-02T10:15:00+01:00".
std::string danish_date_time(std::int64_t unix_seconds);

}  // namespace afk::medcom
