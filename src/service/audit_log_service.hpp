// Reading the audit log: a citizen's access log, for the roles that answer a
// citizen's request for insight (the unit's lead, the authority, the
// administrator), and the whole log for the administrator. Reading either is
// itself logged.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "service/invocation.hpp"
#include "store/audit_repository.hpp"

namespace afk::service {

struct AccessLogAsked {
  std::int64_t citizen_id = 0;
  std::optional<Date> from, to;        // the days asked for
  std::optional<std::int64_t> before;  // the page after this entry id
  int limit = 100;
  // The staff's names, only for the administrator: where the citizen needs
  // them to exercise their rights (Datatilsynet's practice on log access).
  bool names = false;
};

struct AccessLogLine {
  store::AuditEntry entry;
  std::string organisation;  // "Aarhus Kommune", "Afsnit P3", the role when unknown, "Systemet"
  std::string user_name;     // empty unless names were asked for
};

struct AccessLogPage {
  std::vector<AccessLogLine> lines;         // newest first
  std::optional<std::int64_t> next_before;  // set when there is a next page
};

Result<AccessLogPage> citizen_access_log(Invocation& call, const AccessLogAsked& asked);

// Every entry, or those touching one citizen, for the administrator.
Result<std::vector<store::AuditEntry>> audit_log(Invocation& call, std::optional<std::int64_t> citizen_id);

}  // namespace afk::service
