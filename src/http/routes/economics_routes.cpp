// Economics: the versioned prices and baselines, the tariff calculator of
// the Styringsaftale, and "who gains" per stakeholder for a unit or a
// municipality and a period. Every answer lists the assumptions it used with
// source and year; values marked as examples say so in the notes.
#include <cmath>

#include "core/numbers/danish_format.hpp"
#include "core/numbers/price_settings.hpp"
#include "core/numbers/tariff.hpp"
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "http/routes/table_response.hpp"
#include "service/economics_service.hpp"

namespace afk::http {

namespace {
using numbers::BasisPoints;
using numbers::Money;

nlohmann::json money_json(Money amount) {
  return {{"ore", amount.ore}, {"kroner", amount.as_kroner()}, {"text_da", numbers::format_kroner(amount)}};
}

nlohmann::json setting_json(const service::EconomicSetting& setting) {
  return {{"id", setting.id},
          {"kind", setting.kind},
          {"code", setting.code},
          {"unit_id", setting.unit_id ? nlohmann::json(*setting.unit_id) : nlohmann::json()},
          {"value", setting.value},
          {"unit", setting.unit},
          {"label_da", setting.label_da},
          {"source", setting.source},
          {"year", setting.year},
          {"valid_from", setting.valid_from.iso()},
          {"example", setting.example}};
}

Error field_error(const std::string& field, const std::string& message, std::string code = "invalid_value") {
  return make_error(ErrorKind::bad_input, std::move(code), message, field);
}

// Strict reading of a flat JSON object: known fields only, typed getters.
class BodyFields {
 public:
  BodyFields(const nlohmann::json& body, std::set<std::string> known)
      : body_(body), known_(std::move(known)) {}
  std::optional<Error> unknown() const {
    for (const auto& [key, value] : body_.items())
      if (!known_.contains(key))
        return field_error(key, "Feltet \"" + key + "\" kendes ikke.", "unknown_field");
    return std::nullopt;
  }
  bool has(const std::string& key) const { return body_.contains(key) && !body_[key].is_null(); }
  Result<double> number(const std::string& key) const {
    if (!has(key)) return field_error(key, "Feltet \"" + key + "\" mangler.", "missing_field");
    if (!body_[key].is_number() || !std::isfinite(body_[key].get<double>()))
      return field_error(key, "Feltet \"" + key + "\" skal være et tal.", "wrong_type");
    return body_[key].get<double>();
  }
  Result<std::int64_t> integer(const std::string& key) const {
    if (!has(key)) return field_error(key, "Feltet \"" + key + "\" mangler.", "missing_field");
    if (!body_[key].is_number_integer())
      return field_error(key, "Feltet \"" + key + "\" skal være et heltal.", "wrong_type");
    return body_[key].get<std::int64_t>();
  }
  Result<std::string> text(const std::string& key) const {
    if (!has(key)) return field_error(key, "Feltet \"" + key + "\" mangler.", "missing_field");
    if (!body_[key].is_string())
      return field_error(key, "Feltet \"" + key + "\" skal være tekst.", "wrong_type");
    return body_[key].get<std::string>();
  }
  Result<bool> flag(const std::string& key, bool fallback) const {
    if (!has(key)) return fallback;
    if (!body_[key].is_boolean())
      return field_error(key, "Feltet \"" + key + "\" skal være true eller false.", "wrong_type");
    return body_[key].get<bool>();
  }

 private:
  const nlohmann::json& body_;
  std::set<std::string> known_;
};

ApiResponse list_settings(RequestContext& context) {
  return answer(service::list_price_settings(context),
                [](const std::vector<service::EconomicSetting>& settings) {
                  nlohmann::json items = nlohmann::json::array();
                  for (const auto& setting : settings) items.push_back(setting_json(setting));
                  nlohmann::json known = nlohmann::json::array();
                  for (const auto& setting : numbers::price_setting_kinds())
                    known.push_back({{"code", setting.code},
                                     {"kind", setting.kind},
                                     {"unit", setting.unit},
                                     {"label_da", setting.label_da}});
                  return json_answer({{"items", items}, {"known_codes", known}});
                });
}

Result<service::NewPriceSetting> parse_new_setting(const nlohmann::json& body) {
  BodyFields fields(body, {"code", "value", "source", "year", "valid_from", "unit_id", "label_da"});
  if (auto error = fields.unknown()) return *error;
  service::NewPriceSetting setting;
  auto code = fields.text("code");
  if (!code) return code.error();
  setting.code = code.value();
  auto value = fields.number("value");
  if (!value) return value.error();
  setting.value = value.value();
  auto source = fields.text("source");
  if (!source) return source.error();
  setting.source = source.value();
  auto year = fields.integer("year");
  if (!year) return year.error();
  setting.year = year.value();
  if (fields.has("valid_from")) {
    auto text = fields.text("valid_from");
    if (!text) return text.error();
    setting.valid_from = Date::parse_iso(text.value());
    if (!setting.valid_from) return field_error("valid_from", "Skriv datoen som ÅÅÅÅ-MM-DD.", "invalid_date");
  }
  if (fields.has("unit_id")) {
    auto unit_id = fields.integer("unit_id");
    if (!unit_id) return unit_id.error();
    setting.unit_id = unit_id.value();
  }
  if (fields.has("label_da")) {
    auto label = fields.text("label_da");
    if (!label) return label.error();
    setting.label_da = label.value();
  }
  return setting;
}

ApiResponse add_setting(RequestContext& context) {
  if (auto object = require_object_body(context); !object) return ApiResponse::error(object.error());
  auto setting = parse_new_setting(context.body());
  if (!setting) return ApiResponse::error(setting.error());
  return answer(service::add_price_setting(context, setting.value()),
                [](const service::EconomicSetting& added) { return json_answer(setting_json(added), 201); });
}

nlohmann::json assumption(const std::string& code, const std::string& label, const std::string& value,
                          const std::string& source, std::optional<int> year = std::nullopt) {
  return {{"code", code},
          {"label_da", label},
          {"value", value},
          {"source", source},
          {"year", year ? nlohmann::json(*year) : nlohmann::json()}};
}

ApiResponse tariff_calculator(RequestContext& context) {
  if (auto object = require_object_body(context); !object) return ApiResponse::error(object.error());
  auto compute = [&]() -> Result<nlohmann::json> {
    BodyFields fields(context.body(), {"places", "budgeted_occupancy_percent", "daily_tariff", "budget",
                                       "year_end_result", "offer_kind", "first_year"});
    if (auto error = fields.unknown()) return *error;
    auto places = fields.integer("places");
    if (!places) return places.error();
    if (places.value() < 1 || places.value() > 10000)
      return field_error("places", "Antal pladser skal være mindst 1.");
    auto occupancy_percent = fields.number("budgeted_occupancy_percent");
    if (!occupancy_percent) return occupancy_percent.error();
    if (occupancy_percent.value() <= 0 || occupancy_percent.value() > 100)
      return field_error("budgeted_occupancy_percent", "Belægningen skal være over 0 og højst 100 %.");
    const bool has_tariff = fields.has("daily_tariff"), has_budget = fields.has("budget");
    if (has_tariff == has_budget)
      return field_error(has_tariff ? "budget" : "daily_tariff",
                         "Angiv enten døgntaksten (daily_tariff) eller budgettet (budget), ikke begge.",
                         "one_of");
    numbers::OfferKind kind = numbers::OfferKind::regular;
    if (fields.has("offer_kind")) {
      auto text = fields.text("offer_kind");
      if (!text) return text.error();
      if (text.value() == "short_stay_acute_or_respite")
        kind = numbers::OfferKind::short_stay_acute_or_respite;
      else if (text.value() != "regular")
        return field_error("offer_kind", "Tilladt: regular, short_stay_acute_or_respite.");
    }
    auto first_year = fields.flag("first_year", false);
    if (!first_year) return first_year.error();

    const BasisPoints occupancy{std::llround(occupancy_percent.value() * 100.0)};
    const double place_days = numbers::expected_place_days(static_cast<int>(places.value()), occupancy);
    Money tariff, budget;
    if (has_tariff) {
      auto value = fields.number("daily_tariff");
      if (!value) return value.error();
      if (value.value() < 0) return field_error("daily_tariff", "Døgntaksten kan ikke være negativ.");
      tariff = numbers::Money::from_kroner(value.value());
      budget = numbers::budget_from_tariff(place_days, tariff);
    } else {
      auto value = fields.number("budget");
      if (!value) return value.error();
      if (value.value() < 0) return field_error("budget", "Budgettet kan ikke være negativt.");
      budget = numbers::Money::from_kroner(value.value());
      tariff = numbers::daily_tariff(budget, place_days).value_or(Money{});
    }
    const std::string occupancy_text = numbers::format_danish_percent(occupancy_percent.value(), 2);
    nlohmann::json answer{
        {"places", places.value()},
        {"budgeted_occupancy_percent", occupancy_percent.value()},
        {"expected_place_days", place_days},
        {"daily_tariff", money_json(tariff)},
        {"budget", money_json(budget)},
        {"computed", has_tariff ? "budget" : "daily_tariff"},
        {"calculation_da",
         std::to_string(places.value()) + " pladser × 365 dage × " + occupancy_text + " = " +
             numbers::format_danish_decimal(place_days, 2) + " forventede pladsdage; " +
             (has_tariff ? "budget = pladsdage × døgntakst " + numbers::format_kroner(tariff) + " = " +
                               numbers::format_kroner(budget)
                         : "døgntakst = budget " + numbers::format_kroner(budget) +
                               " ÷ pladsdage = " + numbers::format_kroner(tariff))},
        {"occupancy_note_da", nullptr},
        {"year_end", nullptr}};
    if (auto note = numbers::budgeted_occupancy_note_da(occupancy, kind, first_year.value()))
      answer["occupancy_note_da"] = *note;
    nlohmann::json assumptions = nlohmann::json::array();
    const std::string agreement = "Styringsaftale, takstregler §5 (kilde 003)";
    assumptions.push_back(
        assumption("tariff_year_days", "Dage i takståret", "365 dage (også i skudår)", agreement));
    assumptions.push_back(
        assumption("budgeted_occupancy", "Budgetteret belægning", occupancy_text, "Indtastet"));
    assumptions.push_back(assumption("occupancy_guidance", "Vejledende belægning",
                                     "95–100 % (anbefalet 95–98 %); mindst 90 % for korttids-, akut- og "
                                     "aflastningstilbud; lavere i et nyt tilbuds første år",
                                     agreement));
    if (fields.has("year_end_result")) {
      auto result = fields.number("year_end_result");
      if (!result) return result.error();
      if (budget.ore <= 0)
        return field_error("year_end_result", "Et årsresultat kræver et budget over 0 kr.");
      const auto split = numbers::split_year_end_result(budget, numbers::Money::from_kroner(result.value()));
      answer["year_end"] = {
          {"kind", split.surplus ? "surplus" : "deficit"},
          {"amount", money_json(split.amount)},
          {"percent_of_base", split.percent_of_base},
          {"limit", money_json(split.limit)},
          {"within_limit", money_json(split.within_limit)},
          {"adjusts_next_tariff", money_json(split.adjusts_next_tariff)},
          {"explanation_da",
           split.surplus
               ? "Overskud op til 5 % af takstgrundlaget (" + numbers::format_kroner(split.within_limit) +
                     ") kan henlægges og bruges inden for 5 år; resten (" +
                     numbers::format_kroner(split.adjusts_next_tariff) +
                     ") skal nedsætte taksten inden for 2 år."
               : "Underskud op til 5 % af takstgrundlaget (" + numbers::format_kroner(split.within_limit) +
                     ") må ikke indregnes i taksten; resten (" +
                     numbers::format_kroner(split.adjusts_next_tariff) +
                     ") skal forhøje taksten inden for 2 år."}};
      assumptions.push_back(
          assumption("year_end_limit", "Grænse for over-/underskud", "5 % af takstgrundlaget", agreement));
    }
    answer["assumptions"] = assumptions;
    return answer;
  };
  auto answer = compute();
  if (!answer) return ApiResponse::error(answer.error());
  return ApiResponse::json(answer.value());
}

// The hourly rate for add-on support (ATA) and, with minutes and days, the weekly price.
ApiResponse ata_calculator(RequestContext& context) {
  if (auto object = require_object_body(context); !object) return ApiResponse::error(object.error());
  auto compute = [&]() -> Result<nlohmann::json> {
    BodyFields fields(context.body(),
                      {"hour_cost", "time_of_day_supplement_percent", "variable_overhead_percent",
                       "absence_correction_percent", "minutes_per_day", "days_per_week"});
    if (auto error = fields.unknown()) return *error;
    numbers::AtaRequest request;
    for (const auto& [key, target] :
         {std::pair{"hour_cost", &request.hour_cost_kroner},
          {"time_of_day_supplement_percent", &request.time_of_day_supplement_percent},
          {"variable_overhead_percent", &request.variable_overhead_percent},
          {"absence_correction_percent", &request.absence_correction_percent}}) {
      auto value = fields.number(key);
      if (!value) return value.error();
      *target = value.value();
    }
    for (const auto& [key, target] : {std::pair{"minutes_per_day", &request.minutes_per_day},
                                      {"days_per_week", &request.days_per_week}}) {
      if (!fields.has(key)) continue;
      auto value = fields.integer(key);
      if (!value) return value.error();
      if (value.value() < 0 || value.value() > 100000)
        return field_error(key, "Tallet er uden for det tilladte.");
      *target = static_cast<int>(value.value());
    }
    if (auto problem = numbers::ata_request_problem(request))
      return field_error(problem->field, problem->message_da);
    const numbers::AtaCalculation calculation = numbers::calculate_ata(request);
    nlohmann::json answer{
        {"hourly_rate", money_json(calculation.hourly_rate)},
        {"calculation_da", calculation.hourly_da},
        {"weekly_price", calculation.weekly_price ? money_json(*calculation.weekly_price) : nlohmann::json()},
        {"weekly_calculation_da",
         calculation.weekly_da ? nlohmann::json(*calculation.weekly_da) : nlohmann::json()}};
    answer["assumptions"] = nlohmann::json::array({assumption(
        "ata_formula", "Timepris for ATA",
        "timepris × (1 + tidspunktstillæg + variabel overhead + fraværskorrektion), afrundet til øre",
        "Styringsaftale, takstregler (kilde 003)")});
    return answer;
  };
  auto answer = compute();
  if (!answer) return ApiResponse::error(answer.error());
  return ApiResponse::json(answer.value());
}

// ---- who gains ----

// The cohort's figures as one table (a row per stakeholder line plus each
// net) for CSV, or as JSON; hidden figures are null.
ApiResponse who_gains_answer(const service::WhoGainsRead& read, const numbers::Period& period, bool csv) {
  const numbers::WhoGains& result = read.result;
  const bool hidden = read.small_cohort_hidden;
  const std::vector<std::string>& notes = read.notes_da;
  const std::optional<Unit>& unit = read.unit;
  // One table: a row per stakeholder line plus each net.
  numbers::ReportTable table;
  table.title = "Hvem vinder? " + period.first.iso() + " – " + period.last.iso();
  auto column = [](std::string key, std::string heading, numbers::ColumnType type, int decimals) {
    numbers::ReportColumn c;
    c.key = std::move(key);
    c.heading_da = std::move(heading);
    c.type = type;
    c.decimals = decimals;
    return c;
  };
  table.columns = {column("stakeholder", "Part", numbers::ColumnType::text, 0),
                   column("line", "Post", numbers::ColumnType::text, 0),
                   column("days", "Dage", numbers::ColumnType::decimal, 1),
                   column("price_per_day", "Pris pr. dag (kr.)", numbers::ColumnType::decimal, 2),
                   column("amount", "Beløb (kr.)", numbers::ColumnType::decimal, 2)};
  auto row = [](std::vector<numbers::CellValue> cells, bool is_total) {
    numbers::ReportRow r;
    r.cells = std::move(cells);
    r.is_total = is_total;
    return r;
  };
  auto cell = [&](double value) -> numbers::CellValue {
    if (hidden) return numbers::SuppressedCell{};
    return value;
  };
  nlohmann::json stakeholders = nlohmann::json::array();
  for (const auto* part : {&result.municipality, &result.region}) {
    nlohmann::json lines = nlohmann::json::array();
    for (const auto& line : part->lines) {
      table.rows.push_back(row({part->stakeholder, line.label_da, cell(line.days),
                                line.price_per_day.as_kroner(), cell(line.amount.as_kroner())},
                               false));
      lines.push_back({{"label_da", line.label_da},
                       {"days", hidden ? nlohmann::json() : nlohmann::json(line.days)},
                       {"price_per_day", money_json(line.price_per_day)},
                       {"amount", hidden ? nlohmann::json() : money_json(line.amount)}});
    }
    table.rows.push_back(row({part->stakeholder, std::string("Netto"), std::monostate{}, std::monostate{},
                              cell(part->net.as_kroner())},
                             true));
    stakeholders.push_back({{"stakeholder", part->stakeholder},
                            {"lines", lines},
                            {"net", hidden ? nlohmann::json() : money_json(part->net)}});
  }
  nlohmann::json assumptions = nlohmann::json::array();
  for (const auto& used : result.assumptions) {
    assumptions.push_back({{"code", used.code},
                           {"label_da", used.label_da},
                           {"value", used.value},
                           {"source", used.source},
                           {"year", used.year}});
    table.notes_da.push_back("Antagelse: " + used.label_da + " = " + used.value + " (" + used.source + ", " +
                             std::to_string(used.year) + ")");
  }
  for (const auto& note : notes) table.notes_da.push_back(note);
  if (csv) return csv_answer(table, "hvem-vinder.csv");

  auto optional_number = [&](const std::optional<double>& value) {
    return value && !hidden ? nlohmann::json(*value) : nlohmann::json();
  };
  return ApiResponse::json(
      {{"period", {{"from", period.first.iso()}, {"to", period.last.iso()}}},
       {"unit", unit ? nlohmann::json{{"id", unit->id}, {"name", unit->name}} : nlohmann::json()},
       {"municipality_id", read.municipality_id ? nlohmann::json(*read.municipality_id) : nlohmann::json()},
       {"courses", hidden ? nlohmann::json() : nlohmann::json(result.courses)},
       {"observed_awaiting_discharge_days", optional_number(result.observed_awaiting_discharge_days)},
       {"courses_followed_for_readmission",
        hidden ? nlohmann::json() : nlohmann::json(result.courses_followed_for_readmission)},
       {"observed_readmission_bed_days", optional_number(result.observed_readmission_bed_days)},
       {"stay_days", hidden ? nlohmann::json() : nlohmann::json(result.stay_days)},
       {"stakeholders", stakeholders},
       {"assumptions", assumptions},
       {"small_cells_suppressed", hidden},
       {"notes", notes}});
}

ApiResponse who_gains_report(RequestContext& context) {
  auto csv = wants_csv(context);
  if (!csv) return ApiResponse::error(csv.error());
  auto unit_id = id_query(context, "unit_id");
  if (!unit_id) return ApiResponse::error(unit_id.error());
  const Date today = context.today();
  auto period = period_query(context, today, [&](Date) { return *Date::from_ymd(today.year(), 1, 1); });
  if (!period) return ApiResponse::error(period.error());
  auto read = service::who_gains(context, unit_id.value(), period.value());
  if (!read) return ApiResponse::error(read.error());
  return who_gains_answer(read.value(), period.value(), csv.value());
}
}  // namespace

void register_economics_routes(Router& router) {
  router.add({"GET",
              "/api/v1/economics/settings",
              Access::logged_in,
              Action::read_price_settings,
              {},
              list_settings});
  router.add({"POST", "/api/v1/economics/settings", Access::logged_in, Action::set_prices, {}, add_setting});
  router.add({"POST",
              "/api/v1/economics/tariff",
              Access::logged_in,
              Action::use_tariff_calculator,
              {},
              tariff_calculator});
  router.add({"POST",
              "/api/v1/economics/ata",
              Access::logged_in,
              Action::use_tariff_calculator,
              {},
              ata_calculator});
  router.add({"GET",
              "/api/v1/reports/who-gains",
              Access::logged_in,
              Action::read_economics_report,
              {},
              who_gains_report});
}

}  // namespace afk::http
