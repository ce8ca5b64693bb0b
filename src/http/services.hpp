// What handlers need from the running application: the database, the clock
// and the settings. app/ builds it; tests build one with a fixed clock.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "core/date.hpp"
#include "core/login_throttle.hpp"
#include "service/timestamps.hpp"
#include "store/audit_writer.hpp"
#include "store/connection_pool.hpp"

namespace afk::http {

struct Clock {
  std::function<std::int64_t()> now_seconds;  // Unix time
  std::function<Date()> today;                // local Danish date
};

struct Settings {
  std::int64_t session_idle_seconds = 30 * 60;
  std::int64_t session_max_seconds = 12 * 60 * 60;
  size_t body_limit_bytes = 1024 * 1024;
  std::string cpr_lookup_key;   // installation secret for the CPR lookup hash
  bool secure_cookies = false;  // always Secure, also when a request did not come over HTTPS
  LoginThrottlePolicy login_throttle;
  // How long an attempt at a locked log-in waits for its 429.
  std::chrono::milliseconds locked_login_answer_delay{1000};
  std::string web_root;  // built single-page application; empty = none
  // Where letters' MedCom Bundles are dropped for a file-reading adapter; empty = the API only.
  std::string medcom_outbox_dir;
};

class SimulationJobs;  // http/simulation_jobs.hpp

struct Services {
  store::ConnectionPool& pool;
  Clock clock;
  Settings settings;
  // Capacity simulations started over the API; created by the simulation
  // routes when the program did not supply one.
  std::shared_ptr<SimulationJobs> simulation_jobs{};
  // Group commit of audit entries that come without other writes (reads and
  // refusals); created by the router when the program did not supply one.
  std::shared_ptr<store::AuditWriter> audit_writer{};
};

using service::danish_local_time;
using service::utc_timestamp;

}  // namespace afk::http
