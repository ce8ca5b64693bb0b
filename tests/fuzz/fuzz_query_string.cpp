// libFuzzer harness: the query-string parser and the checks every query
// passes before a route sees it (UTF-8, control characters, lengths).
#include <cstddef>
#include <cstdint>
#include <string>

#include "http/query_string.hpp"
#include "http/request_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  afk::http::ApiRequest request;
  request.method = "GET";
  request.path = "/api/v1/reports/flow";
  request.query = afk::http::parse_query_string(std::string(reinterpret_cast<const char*>(data), size));
  (void)afk::http::check_request_text(request);
  return 0;
}
