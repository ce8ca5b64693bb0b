// The Danish calendar day of a FHIR dateTime. Hospitals send local times with
// an offset (2022-12-07T12:00:00+01:00) or in UTC (…Z); Afklaring counts in
// Danish calendar dates, so the instant is placed in Danish time (CET, or
// CEST from the last Sunday of March to the last Sunday of October, 01:00
// UTC both ends) and its date taken. A bare date is that date.
#pragma once

#include <optional>
#include <string_view>

#include "core/date.hpp"

namespace afk::medcom {

// None when `text` is not a FHIR date or dateTime with seconds and a zone.
std::optional<Date> danish_date_of(std::string_view text);

}  // namespace afk::medcom
