// The checks every request passes before any route sees it: the path is
// printable ASCII (every address of the API and the web application is), and
// query parameters and header values are well-formed UTF-8 within the limits
// of core/input_limits. Each refusal is a 400 naming the part at fault.
#pragma once

#include "core/result.hpp"
#include "http/api_types.hpp"

namespace afk::http {

Status check_request_text(const ApiRequest& request);

}  // namespace afk::http
