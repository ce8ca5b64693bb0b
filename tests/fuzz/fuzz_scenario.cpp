// libFuzzer harness: the capacity scenario reader (API body and
// `afklaring simulate` file) behind json::parse_untrusted. A bad scenario is
// a bad_input error naming the field; no exception may escape.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "json/scenario_json.hpp"
#include "json/untrusted_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto parsed =
      afk::json::parse_untrusted(std::string_view(reinterpret_cast<const char*>(data), size), "scenario");
  if (!parsed) return 0;
  const auto scenario = afk::json::parse_scenario(parsed.value());
  if (!scenario && scenario.error().kind != afk::ErrorKind::bad_input) std::abort();
  return 0;
}
