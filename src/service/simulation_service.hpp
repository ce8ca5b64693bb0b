// What a capacity scenario may take from the installation: a unit's own
// referrals and finished stays. Only dates and durations leave the database,
// and only into the simulation; the read is audited as a read of the unit's
// courses. Who may: the unit's lead, the authority and project lead of its
// municipality, evaluators and admins (Action::plan_capacity).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/result.hpp"
#include "service/invocation.hpp"

namespace afk::service {

struct UnitHistory {
  std::vector<std::int64_t> finished_stay_days;  // every finished stay's length
  struct Arrival {
    Date accepted_on;
    std::optional<std::int64_t> stay_days;  // when the stay has finished
  };
  std::vector<Arrival> arrivals;  // every course not cancelled
};

// `field` names the scenario's field in a refusal.
Result<UnitHistory> read_unit_history(Invocation& call, std::int64_t unit_id, const std::string& field);

}  // namespace afk::service
