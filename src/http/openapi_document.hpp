// The OpenAPI document (docs/openapi.yaml, embedded at build time) as JSON.
#pragma once

#include <nlohmann/json.hpp>

namespace afk::http {

const nlohmann::json& openapi_document();

}  // namespace afk::http
