// libFuzzer harness: the capacity scenario reader (API body and
// `afklaring simulate` file) behind json::parse_untrusted. A bad scenario is
// a ScenarioError naming the field; nothing else may escape.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "json/scenario_json.hpp"
#include "json/untrusted_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto parsed =
      afk::json::parse_untrusted(std::string_view(reinterpret_cast<const char*>(data), size), "scenario");
  if (!parsed) return 0;
  try {
    (void)afk::json::parse_scenario(parsed.value());
  } catch (const afk::json::ScenarioError&) {
  }
  return 0;
}
