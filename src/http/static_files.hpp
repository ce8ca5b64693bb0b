// Serves the built single-page application: files under the web root, and
// index.html for every other path so the client-side router can take over.
#pragma once

#include <string>

#include "http/api_types.hpp"

namespace afk::http {

ApiResponse serve_static_file(const std::string& web_root, const ApiRequest& request);

}  // namespace afk::http
