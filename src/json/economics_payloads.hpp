// The payloads of the economics routes: the tariff and ATA calculators and a
// new version of a price or baseline. Read strictly, like every other
// payload; the rules on the values are core's (core/numbers).
#pragma once

#include <nlohmann/json.hpp>

#include "core/numbers/price_settings.hpp"
#include "core/numbers/tariff.hpp"
#include "core/numbers/tariff_calculator.hpp"
#include "core/result.hpp"

namespace afk::json {

Result<numbers::TariffRequest> parse_tariff_request(const nlohmann::json& json);
Result<numbers::AtaRequest> parse_ata_request(const nlohmann::json& json);
Result<numbers::NewPriceSetting> parse_new_price_setting(const nlohmann::json& json);

}  // namespace afk::json
