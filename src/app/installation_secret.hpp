// Per-installation secrets (e.g. the key of the CPR lookup hash), kept in the
// database's settings table and created at random on first use.
#pragma once

#include <string>

namespace afk::app {

std::string installation_secret(const std::string& database_path, const std::string& name);

}  // namespace afk::app
