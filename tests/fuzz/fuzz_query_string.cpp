// libFuzzer harness: the query-string parser and the checks every query
// passes before a route sees it (UTF-8, control characters, lengths); then
// what the citizen search makes of each value (core/citizen_search): its
// words are never empty and hold only a-z and 0-9, the index's alphabet.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/citizen_search.hpp"
#include "http/query_string.hpp"
#include "http/request_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  afk::http::ApiRequest request;
  request.method = "GET";
  request.path = "/api/v1/citizens";
  request.query = afk::http::parse_query_string(std::string(reinterpret_cast<const char*>(data), size));
  (void)afk::http::check_request_text(request);
  for (const auto& [name, value] : request.query) {
    for (const std::string& word : afk::name_search_words(value)) {
      if (word.empty()) __builtin_trap();
      for (const char c : word)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) __builtin_trap();
    }
    if (const auto digits = afk::cpr_query_digits(value); digits && digits->size() != 10) __builtin_trap();
  }
  return 0;
}
