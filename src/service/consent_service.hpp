// A citizen's consents: the records and recording one (given, refused,
// withdrawn, or the legal basis used when the citizen cannot take a
// position). A withdrawal takes effect at once: the policy reads the records
// on every request.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "core/consent.hpp"
#include "core/result.hpp"
#include "service/invocation.hpp"

namespace afk::service {

struct ConsentsRead {
  std::int64_t citizen_id = 0;
  CitizenConsents consents;
  std::map<std::int64_t, std::string> recorder_names;  // user id → display name
};

Result<ConsentsRead> read_consents(Invocation& call, std::int64_t citizen_id);
// An actor consent must name an actor on one of the citizen's courses.
Result<ConsentsRead> record_consent(Invocation& call, std::int64_t citizen_id, const RecordConsent& command);

}  // namespace afk::service
