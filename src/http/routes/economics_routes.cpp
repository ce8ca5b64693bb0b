// Economics: the versioned prices and baselines, the tariff calculator of
// the Styringsaftale, and "who gains" per stakeholder for a unit or a
// municipality and a period. Every answer lists the assumptions it used with
// source and year; values marked as examples say so in the notes.
#include "core/numbers/danish_format.hpp"
#include "core/numbers/price_settings.hpp"
#include "core/numbers/tariff_calculator.hpp"
#include "http/routes/all_routes.hpp"
#include "http/routes/route_support.hpp"
#include "http/routes/table_response.hpp"
#include "json/economics_json.hpp"
#include "service/economics_service.hpp"

namespace afk::http {

namespace {
using json::assumptions_json;
using json::money_json;

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

ApiResponse list_settings(RequestContext& context) {
  return answer(service::list_price_settings(context),
                [](const std::vector<service::EconomicSetting>& settings) {
                  nlohmann::json items = nlohmann::json::array();
                  for (const auto& setting : settings) items.push_back(setting_json(setting));
                  nlohmann::json known = nlohmann::json::array();
                  for (const auto& setting : numbers::price_setting_kinds())
                    known.push_back({{"code", setting.code},
                                     {"kind", setting.kind},
                                     {"unit", to_code(setting.unit)},
                                     {"label_da", setting.label_da}});
                  return json_answer({{"items", items}, {"known_codes", known}});
                });
}

ApiResponse add_setting(RequestContext& context) {
  AFK_CHECK(require_object_body(context));
  AFK_TRY(setting, json::parse_new_price_setting(context.body()));
  return answer(service::add_price_setting(context, setting.value()),
                [](const service::EconomicSetting& added) { return json_answer(setting_json(added), 201); });
}

nlohmann::json year_end_json(const numbers::YearEndAnswer& year_end) {
  const numbers::YearEndSplit& split = year_end.split;
  return {{"kind", split.surplus ? "surplus" : "deficit"},
          {"amount", money_json(split.amount)},
          {"percent_of_base", split.percent_of_base},
          {"limit", money_json(split.limit)},
          {"within_limit", money_json(split.within_limit)},
          {"adjusts_next_tariff", money_json(split.adjusts_next_tariff)},
          {"explanation_da", year_end.explanation_da}};
}

ApiResponse tariff_calculator(RequestContext& context) {
  AFK_CHECK(require_object_body(context));
  AFK_TRY(request, json::parse_tariff_request(context.body()));
  AFK_TRY(calculation, numbers::calculate_tariff(request.value()));
  const numbers::TariffCalculation& result = calculation.value();
  return ApiResponse::json(
      {{"places", request->places},
       {"budgeted_occupancy_percent", request->budgeted_occupancy_percent},
       {"expected_place_days", result.expected_place_days},
       {"daily_tariff", money_json(result.daily_tariff)},
       {"budget", money_json(result.budget)},
       {"computed", result.budget_computed ? "budget" : "daily_tariff"},
       {"calculation_da", result.calculation_da},
       {"occupancy_note_da",
        result.occupancy_note_da ? nlohmann::json(*result.occupancy_note_da) : nlohmann::json()},
       {"year_end", result.year_end ? year_end_json(*result.year_end) : nlohmann::json()},
       {"assumptions", assumptions_json(result.assumptions)}});
}

// The hourly rate for add-on support (ATA) and, with minutes and days, the weekly price.
ApiResponse ata_calculator(RequestContext& context) {
  AFK_CHECK(require_object_body(context));
  AFK_TRY(request, json::parse_ata_request(context.body()));
  if (auto problem = numbers::ata_request_problem(request.value()))
    return ApiResponse::error(
        make_error(ErrorKind::bad_input, "invalid_value", problem->message_da, problem->field));
  const numbers::AtaCalculation calculation = numbers::calculate_ata(request.value());
  return ApiResponse::json(
      {{"hourly_rate", money_json(calculation.hourly_rate)},
       {"calculation_da", calculation.hourly_da},
       {"weekly_price", calculation.weekly_price ? money_json(*calculation.weekly_price) : nlohmann::json()},
       {"weekly_calculation_da",
        calculation.weekly_da ? nlohmann::json(*calculation.weekly_da) : nlohmann::json()},
       {"assumptions", assumptions_json({numbers::ata_formula_assumption()})}});
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
  json::WhoGainsView view;
  for (const auto* part : {&result.municipality, &result.region}) {
    json::StakeholderView stakeholder{part->stakeholder, {}, std::nullopt};
    for (const auto& line : part->lines) {
      table.rows.push_back(row({part->stakeholder, line.label_da, cell(line.days),
                                line.price_per_day.as_kroner(), cell(line.amount.as_kroner())},
                               false));
      json::StakeholderLineView shown{line.label_da, std::nullopt, json::money_view(line.price_per_day),
                                      std::nullopt};
      if (!hidden) {
        shown.days = line.days;
        shown.amount = json::money_view(line.amount);
      }
      stakeholder.lines.push_back(std::move(shown));
    }
    table.rows.push_back(row({part->stakeholder, std::string("Netto"), std::monostate{}, std::monostate{},
                              cell(part->net.as_kroner())},
                             true));
    if (!hidden) stakeholder.net = json::money_view(part->net);
    view.stakeholders.push_back(std::move(stakeholder));
  }
  for (const auto& used : result.assumptions) {
    view.assumptions.push_back({used.code, used.label_da, used.value, used.source, used.year});
    table.notes_da.push_back("Antagelse: " + used.label_da + " = " + used.value + " (" + used.source + ", " +
                             std::to_string(used.year) + ")");
  }
  for (const auto& note : notes) table.notes_da.push_back(note);
  if (csv) return csv_answer(table, "hvem-vinder.csv");

  view.period = period;
  if (unit) view.unit = json::UnitNameView{unit->id, unit->name};
  view.municipality_id = read.municipality_id;
  view.small_cells_suppressed = hidden;
  view.notes = notes;
  if (!hidden) {
    view.courses = result.courses;
    view.observed_awaiting_discharge_days = result.observed_awaiting_discharge_days;
    view.courses_followed_for_readmission = result.courses_followed_for_readmission;
    view.observed_readmission_bed_days = result.observed_readmission_bed_days;
    view.stay_days = result.stay_days;
  }
  return ApiResponse::json(json::to_json(view));
}

ApiResponse who_gains_report(RequestContext& context) {
  AFK_TRY(csv, wants_csv(context));
  AFK_TRY(unit_id, id_query(context, "unit_id"));
  const Date today = context.today();
  auto period = period_query(context, today, [&](Date) { return *Date::from_ymd(today.year(), 1, 1); });
  if (!period) return ApiResponse::error(period.error());
  AFK_TRY(read, service::who_gains(context, unit_id.value(), period.value()));
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
