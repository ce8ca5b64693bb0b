// The economics payloads and answers; their fields are in
// json/records/economics_records.hpp and economics_answers.hpp.
#include "json/economics_json.hpp"

#include "core/numbers/danish_format.hpp"
#include "json/codec.hpp"

namespace afk::json {

Result<numbers::TariffRequest> parse_tariff_request(const Json& json) {
  return read_document<numbers::TariffRequest>(json);
}
Result<numbers::AtaRequest> parse_ata_request(const Json& json) {
  return read_document<numbers::AtaRequest>(json);
}
Result<numbers::NewPriceSetting> parse_new_price_setting(const Json& json) {
  return read_document<numbers::NewPriceSetting>(json);
}

MoneyView money_view(numbers::Money amount) {
  return {amount.ore, amount.as_kroner(), numbers::format_kroner(amount)};
}
Json money_json(numbers::Money amount) { return encode(money_view(amount)); }
Json assumptions_json(const std::vector<numbers::StatedAssumption>& assumptions) {
  return encode(assumptions);
}
Json to_json(const WhoGainsView& view) { return encode(view); }

}  // namespace afk::json
