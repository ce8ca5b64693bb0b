#include "json/economics_payloads.hpp"

#include "json/codec.hpp"

namespace afk::json {

Result<numbers::TariffRequest> parse_tariff_request(const Json& json) {
  return read_payload<numbers::TariffRequest>(json, [](ObjectReader& reader, numbers::TariffRequest& out) {
    reader.required("places", out.places)
        .required("budgeted_occupancy_percent", out.budgeted_occupancy_percent)
        .optional("daily_tariff", out.daily_tariff_kroner)
        .optional("budget", out.budget_kroner)
        .optional("year_end_result", out.year_end_result_kroner)
        .optional("offer_kind", out.offer_kind)
        .optional("first_year", out.first_year);
  });
}

Result<numbers::AtaRequest> parse_ata_request(const Json& json) {
  return read_payload<numbers::AtaRequest>(json, [](ObjectReader& reader, numbers::AtaRequest& out) {
    reader.required("hour_cost", out.hour_cost_kroner)
        .required("time_of_day_supplement_percent", out.time_of_day_supplement_percent)
        .required("variable_overhead_percent", out.variable_overhead_percent)
        .required("absence_correction_percent", out.absence_correction_percent)
        .optional("minutes_per_day", out.minutes_per_day)
        .optional("days_per_week", out.days_per_week);
  });
}

Result<numbers::NewPriceSetting> parse_new_price_setting(const Json& json) {
  return read_payload<numbers::NewPriceSetting>(json,
                                                [](ObjectReader& reader, numbers::NewPriceSetting& out) {
                                                  reader.required("code", out.code)
                                                      .required("value", out.value)
                                                      .required("source", out.source)
                                                      .required("year", out.year)
                                                      .optional("valid_from", out.valid_from)
                                                      .optional("unit_id", out.unit_id)
                                                      .optional("label_da", out.label_da);
                                                });
}

}  // namespace afk::json
