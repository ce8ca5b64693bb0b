// The two forms of a moment: UTC for the audit log, Danish local time for staff.
#pragma once

#include <cstdint>
#include <string>

namespace afk::service {

// UTC timestamp "2026-11-30T08:15:02Z" for the audit log.
std::string utc_timestamp(std::int64_t unix_seconds);
// An audit timestamp (utc_timestamp's form) for staff: "den 30-11-2026 kl. 13.05", Danish local time.
std::string danish_local_time(const std::string& utc);

}  // namespace afk::service
