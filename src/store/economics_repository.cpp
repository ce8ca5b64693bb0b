#include "store/economics_repository.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

#include "store/date_columns.hpp"

namespace afk::store {

std::vector<EconomicSetting> list_economic_settings(SqlConnection& sql) {
  std::vector<EconomicSetting> settings;
  for (const auto& row :
       sql.query("SELECT id, version, kind, code, unit_id, value, unit, source, year, valid_from, document"
                 " FROM economic_settings ORDER BY code, valid_from, id")) {
    EconomicSetting setting;
    setting.id = row.integer(0);
    setting.version = row.integer(1);
    setting.kind = row.text(2);
    setting.code = row.text(3);
    setting.unit_id = row.optional_integer(4);
    setting.value = row.real(5);
    setting.unit = row.text(6);
    setting.source = row.text(7);
    setting.year = static_cast<int>(row.integer(8));
    setting.valid_from = date_in(row, 9);
    const auto document = nlohmann::json::parse(row.text(10));
    setting.label_da = document.value("label_da", std::string());
    setting.example = document.value("example", false);
    settings.push_back(std::move(setting));
  }
  return settings;
}

void insert_economic_setting(SqlConnection& sql, EconomicSetting& setting) {
  const std::string document =
      nlohmann::json{{"label_da", setting.label_da}, {"example", setting.example}}.dump();
  SqlValue unit_id = nullptr;
  if (setting.unit_id) unit_id = *setting.unit_id;
  setting.version = 1;
  setting.id = sql.insert(
      "INSERT INTO economic_settings (kind, code, unit_id, value, unit, source, year, valid_from, document, "
      "version)"
      " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id",
      {setting.kind, setting.code, unit_id, setting.value, setting.unit, setting.source,
       static_cast<std::int64_t>(setting.year), date_value(setting.valid_from), document});
}

std::optional<EconomicSetting> setting_in_force(std::span<const EconomicSetting> settings,
                                                const std::string& code, std::optional<std::int64_t> unit_id,
                                                Date on) {
  const EconomicSetting* general = nullptr;
  const EconomicSetting* own = nullptr;
  for (const auto& setting : settings) {
    if (setting.code != code || on < setting.valid_from) continue;
    const EconomicSetting*& best = setting.unit_id ? own : general;
    if (setting.unit_id && setting.unit_id != unit_id) continue;
    if (!best || best->valid_from < setting.valid_from ||
        (best->valid_from == setting.valid_from && best->id < setting.id))
      best = &setting;
  }
  if (own) return *own;
  if (general) return *general;
  return std::nullopt;
}

std::vector<EconomicSetting> yearly_settings(std::span<const EconomicSetting> settings,
                                             const std::string& code, std::optional<std::int64_t> unit_id) {
  std::map<int, const EconomicSetting*> by_year;
  for (const auto& setting : settings) {
    if (setting.code != code || (setting.unit_id && setting.unit_id != unit_id)) continue;
    const EconomicSetting*& best = by_year[setting.year];
    const auto rank = [](const EconomicSetting& one) {
      return std::tuple(one.unit_id.has_value(), one.valid_from, one.id);
    };
    if (!best || rank(*best) < rank(setting)) best = &setting;
  }
  std::vector<EconomicSetting> figures;
  for (const auto& [year, setting] : by_year) figures.push_back(*setting);
  return figures;
}

}  // namespace afk::store
