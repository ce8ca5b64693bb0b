// Per-installation secrets (the key of the CPR lookup hash, the evaluation
// pseudonym key, the installation id), kept in table installation_secrets and
// created at random on first use.
#pragma once

#include <string>

#include "store/sql.hpp"

namespace afk::store {

// The secret called `name`; when there is none yet, `fresh` (a new random
// value) becomes it. Run inside a write transaction: of several servers
// asking at once, the first one's secret is the one every server gets.
std::string installation_secret(SqlConnection& sql, const std::string& name, const std::string& fresh);

}  // namespace afk::store
