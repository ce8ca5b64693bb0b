// The economics routes' JSON: the payloads of the tariff and ATA calculators
// and of a new price or baseline, read strictly like every other payload (the
// rules on the values are core's), and the answers' money, assumptions and
// "who gains" (json/records/economics_answers.hpp).
#pragma once

#include <nlohmann/json.hpp>
#include <vector>

#include "core/numbers/money.hpp"
#include "core/numbers/price_settings.hpp"
#include "core/numbers/tariff.hpp"
#include "core/numbers/tariff_calculator.hpp"
#include "core/result.hpp"
#include "json/records/economics_answers.hpp"

namespace afk::json {

Result<numbers::TariffRequest> parse_tariff_request(const nlohmann::json& json);
Result<numbers::AtaRequest> parse_ata_request(const nlohmann::json& json);
Result<numbers::NewPriceSetting> parse_new_price_setting(const nlohmann::json& json);

MoneyView money_view(numbers::Money amount);
nlohmann::json money_json(numbers::Money amount);
nlohmann::json assumptions_json(const std::vector<numbers::StatedAssumption>& assumptions);
nlohmann::json to_json(const WhoGainsView& view);

}  // namespace afk::json
