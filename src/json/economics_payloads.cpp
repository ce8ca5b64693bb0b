// The economics payloads; their fields are in json/records/economics_records.hpp.
#include "json/economics_payloads.hpp"

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

}  // namespace afk::json
