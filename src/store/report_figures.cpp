#include "store/report_figures.hpp"

#include <algorithm>
#include <map>
#include <span>
#include <string_view>
#include <unordered_map>

#include "core/numbers/days_awaiting_discharge.hpp"
#include "core/numbers/destinations.hpp"
#include "core/numbers/distribution.hpp"
#include "core/numbers/length_of_stay.hpp"
#include "core/numbers/readmissions.hpp"
#include "core/numbers/referrals.hpp"
#include "core/numbers/waiting_times.hpp"

namespace afk::store {

namespace {

using numbers::AdmissionFacts;
using numbers::CellValue;
using numbers::ColumnType;
using numbers::CourseFacts;
using numbers::ReportColumn;
using numbers::ReportRow;
using numbers::ReportTable;

const std::vector<std::string> figure_codes{"flow",         "days-awaiting-discharge", "readmissions",
                                            "length-of-stay", "occupancy",            "destinations",
                                            "baseline-comparison"};

CellValue optional_cell(const std::optional<double>& value) {
  if (value) return *value;
  return std::monostate{};
}
CellValue optional_cell(const std::optional<int>& value) {
  if (value) return std::int64_t{*value};
  return std::monostate{};
}
CellValue count_cell(long long value) { return std::int64_t{value}; }

ReportColumn typed_column(std::string key, std::string heading, ColumnType type, int decimals = 1) {
  ReportColumn column;
  column.key = std::move(key);
  column.heading_da = std::move(heading);
  column.type = type;
  column.decimals = decimals;
  return column;
}
ReportColumn text_column(std::string key, std::string heading) {
  return typed_column(std::move(key), std::move(heading), ColumnType::text);
}
ReportColumn count_column(std::string key, std::string heading, std::vector<std::size_t> sum_of = {}) {
  ReportColumn column = typed_column(std::move(key), std::move(heading), ColumnType::integer);
  column.counts_citizens = true;
  column.sum_of = std::move(sum_of);
  return column;
}
ReportColumn number_column(std::string key, std::string heading, ColumnType type,
                           std::vector<std::size_t> derived_from, int decimals = 1) {
  ReportColumn column = typed_column(std::move(key), std::move(heading), type, decimals);
  column.derived_from = std::move(derived_from);
  return column;
}

// Each course's citizen's admissions, found once.
class AdmissionIndex {
 public:
  // Sorts in place: a national report cannot afford a second copy.
  explicit AdmissionIndex(std::vector<AdmissionFacts>&& admissions) : sorted_(std::move(admissions)) {
    std::sort(sorted_.begin(), sorted_.end(),
              [](const AdmissionFacts& a, const AdmissionFacts& b) { return a.citizen_key < b.citizen_key; });
    for (std::size_t i = 0; i < sorted_.size();) {
      std::size_t end = i;
      while (end < sorted_.size() && sorted_[end].citizen_key == sorted_[i].citizen_key) ++end;
      spans_.emplace(sorted_[i].citizen_key, std::make_pair(i, end));
      i = end;
    }
  }
  std::span<const AdmissionFacts> of(const CourseFacts& course) const {
    auto found = spans_.find(course.citizen_key);
    if (found == spans_.end()) return {};
    return std::span<const AdmissionFacts>(sorted_).subspan(found->second.first,
                                                             found->second.second - found->second.first);
  }
  const std::vector<AdmissionFacts>& all() const { return sorted_; }

 private:
  std::vector<AdmissionFacts> sorted_;
  std::unordered_map<std::string, std::pair<std::size_t, std::size_t>> spans_;
};

struct Group {
  std::string key;
  std::string label;
  std::span<const CourseFacts> courses;
};

// One group per unit (or municipality), in key order, each a slice of the
// courses (sorted by group in place, so nothing is copied).
std::vector<Group> groups_of(const FigureRequest& request, ReportFacts& facts) {
  auto key_of = [&](const CourseFacts& course) -> const std::string& {
    return request.grouping == ReportGrouping::unit ? course.unit_id : course.municipality_code;
  };
  std::stable_sort(facts.courses.begin(), facts.courses.end(),
                   [&](const CourseFacts& a, const CourseFacts& b) { return key_of(a) < key_of(b); });
  std::map<std::string, Group> by_key;
  if (request.grouping == ReportGrouping::unit)
    for (const auto& [id, name] : facts.unit_names) by_key[id] = {id, name, {}};
  const std::span<const CourseFacts> all(facts.courses);
  for (std::size_t i = 0; i < all.size();) {
    std::size_t end = i;
    while (end < all.size() && key_of(all[end]) == key_of(all[i])) ++end;
    const std::string& key = key_of(all[i]);
    Group& group = by_key[key];
    if (group.key.empty()) {
      group.key = key;
      group.label = request.grouping == ReportGrouping::unit ? "Tilbud " + key : "Kommune " + key;
    }
    group.courses = all.subspan(i, end - i);
    i = end;
  }
  std::vector<Group> groups;
  for (auto& [key, group] : by_key) groups.push_back(std::move(group));
  std::sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
    if (a.key.size() != b.key.size()) return a.key.size() < b.key.size();  // numeric ids in number order
    return a.key < b.key;
  });
  return groups;
}

bool moved_in_during(const CourseFacts& course, const numbers::Period& period) {
  return course.move_in && period.contains(*course.move_in);
}

template <class RowOf>
void add_rows(ReportTable& table, const std::vector<Group>& groups, std::span<const CourseFacts> all,
              RowOf row_of) {
  for (const Group& group : groups) {
    std::vector<CellValue> cells{group.key, group.label};
    auto rest = row_of(group.courses);
    cells.insert(cells.end(), rest.begin(), rest.end());
    table.rows.push_back({cells, false});
  }
  std::vector<CellValue> cells{std::string("total"), std::string("I alt")};
  auto rest = row_of(all);
  cells.insert(cells.end(), rest.begin(), rest.end());
  table.rows.push_back({cells, true});
}

std::vector<ReportColumn> group_columns() { return {text_column("group", "Gruppe"), text_column("name", "Navn")}; }

// ---- flow: referrals, decisions, acceptance rate, waiting times ----
ReportTable flow_table(const FigureRequest& request, const ReportFacts& facts, const AdmissionIndex& index,
                       const std::vector<Group>& groups) {
  ReportTable table;
  table.title = "Henvisninger, afgørelser og ventetider";
  table.columns = group_columns();
  table.columns.push_back(count_column("referrals", "Henvisninger", {3, 4, 5, 6, 7}));
  table.columns.push_back(count_column("accepted", "Optaget"));
  table.columns.push_back(count_column("declined", "Afvist"));
  table.columns.push_back(count_column("withdrawn", "Trukket tilbage"));
  table.columns.push_back(count_column("waiting_list", "Venteliste"));
  table.columns.push_back(count_column("pending", "Afventer afgørelse"));
  table.columns.push_back(number_column("acceptance_rate_percent", "Optagelsesprocent", ColumnType::percent, {3, 4}));
  table.columns.push_back(count_column("referral_to_decision_n", "Henvisning→afgørelse, antal"));
  table.columns.push_back(
      number_column("referral_to_decision_median_days", "Henvisning→afgørelse, median dage", ColumnType::decimal, {9}));
  table.columns.push_back(count_column("decision_to_move_in_n", "Afgørelse→indflytning, antal"));
  table.columns.push_back(
      number_column("decision_to_move_in_median_days", "Afgørelse→indflytning, median dage", ColumnType::decimal, {11}));
  table.columns.push_back(count_column("ready_to_move_in_n", "Færdigbehandlet→indflytning, antal"));
  table.columns.push_back(
      number_column("ready_to_move_in_median_days", "Færdigbehandlet→indflytning, median dage", ColumnType::decimal, {13}));
  add_rows(table, groups, facts.courses, [&](std::span<const CourseFacts> courses) {
    const auto counts = numbers::referral_counts(courses, request.period);
    std::vector<CourseFacts> referred;
    for (const auto& course : courses)
      if (request.period.contains(course.referral_date)) referred.push_back(course);
    // Referral→decision and decision→move-in need no admissions.
    const auto without_admissions = numbers::waiting_times(referred, {});
    std::vector<double> ready_days;
    for (const auto& course : referred) {
      const auto one = numbers::waiting_times(std::span<const CourseFacts>(&course, 1), index.of(course));
      if (one.ready_to_move_in.days.mean) ready_days.push_back(*one.ready_to_move_in.days.mean);
    }
    const auto ready = numbers::summarize(ready_days);
    return std::vector<CellValue>{count_cell(counts.referrals),
                                  count_cell(counts.accepted),
                                  count_cell(counts.declined),
                                  count_cell(counts.withdrawn),
                                  count_cell(counts.waiting_list),
                                  count_cell(counts.pending),
                                  optional_cell(counts.acceptance_rate_percent),
                                  count_cell(without_admissions.referral_to_decision.days.n),
                                  optional_cell(without_admissions.referral_to_decision.days.median),
                                  count_cell(without_admissions.decision_to_move_in.days.n),
                                  optional_cell(without_admissions.decision_to_move_in.days.median),
                                  count_cell(ready.n),
                                  optional_cell(ready.median)};
  });
  table.notes_da.push_back("Henvisninger modtaget i perioden. Optagelsesprocent = optaget ÷ (optaget + afvist).");
  return table;
}

// ---- færdigbehandlingsdage per course (index admission) ----
ReportTable days_awaiting_table(const FigureRequest& request, const ReportFacts& facts, const AdmissionIndex& index,
                                const std::vector<Group>& groups) {
  ReportTable table;
  table.title = "Færdigbehandlingsdage";
  table.columns = group_columns();
  table.columns.push_back(count_column("courses_with_days", "Forløb med opgørelse"));
  table.columns.push_back(number_column("total_days", "Færdigbehandlingsdage i alt", ColumnType::integer, {2}));
  table.columns.push_back(
      number_column("mean_days_per_course", "Gennemsnit pr. forløb", ColumnType::decimal, {2}));
  table.columns.push_back(count_column("ongoing", "Stadig indlagt"));
  table.columns.push_back(count_column("not_defined", "Uden opgørelse"));
  table.columns.push_back(count_column("admissions_with_days", "Indlæggelser med opgørelse"));
  table.columns.push_back(
      number_column("mean_days_per_admission", "Gennemsnit pr. indlæggelse", ColumnType::decimal, {7}));
  add_rows(table, groups, facts.courses, [&](std::span<const CourseFacts> courses) {
    numbers::DaysAwaitingDischargeTotal per_course;
    std::vector<AdmissionFacts> admissions;
    for (const auto& course : courses) {
      if (!moved_in_during(course, request.period)) continue;
      const auto one =
          numbers::total_days_awaiting_discharge(std::span<const CourseFacts>(&course, 1), index.of(course), request.today);
      per_course.total_days += one.total_days;
      per_course.with_days += one.with_days;
      per_course.ongoing += one.ongoing;
      per_course.not_defined += one.not_defined;
      // Per admission: the citizen's admissions made ready for discharge in the period.
      for (const auto& admission : index.of(course))
        if (admission.ready_for_discharge && request.period.contains(*admission.ready_for_discharge))
          admissions.push_back(admission);
    }
    std::sort(admissions.begin(), admissions.end(),
              [](const AdmissionFacts& a, const AdmissionFacts& b) { return a.admission_id < b.admission_id; });
    admissions.erase(std::unique(admissions.begin(), admissions.end(),
                                 [](const AdmissionFacts& a, const AdmissionFacts& b) {
                                   return a.admission_id == b.admission_id;
                                 }),
                     admissions.end());
    const auto per_admission = numbers::total_days_awaiting_discharge(admissions, request.today);
    std::optional<double> mean;
    if (per_course.with_days > 0) mean = static_cast<double>(per_course.total_days) / per_course.with_days;
    return std::vector<CellValue>{count_cell(per_course.with_days),      count_cell(per_course.total_days),
                                  optional_cell(mean),                   count_cell(per_course.ongoing),
                                  count_cell(per_course.not_defined),    count_cell(per_admission.with_days),
                                  optional_cell(per_admission.mean_days)};
  });
  table.notes_da.push_back(
      "Pr. forløb: indflytning i perioden, dage fra færdigmelding til udskrivning af indeksindlæggelsen. Pr. "
      "indlæggelse: borgernes indlæggelser færdigmeldt i perioden.");
  return table;
}

struct ReadmissionCounts {
  int followed = 0, readmitted = 0, incomplete = 0;
};

// ---- readmissions within 30/90/180 days after move-in and move-out, and during the stay ----
ReportTable readmissions_table(const FigureRequest& request, const ReportFacts& facts, const AdmissionIndex& index,
                               const std::vector<Group>& groups) {
  ReportTable table;
  table.title = "Genindlæggelser";
  table.columns = group_columns();
  std::vector<std::pair<numbers::ReadmissionReference, int>> windows;
  for (auto reference : {numbers::ReadmissionReference::move_in, numbers::ReadmissionReference::move_out})
    for (int window : numbers::reported_readmission_windows) windows.emplace_back(reference, window);
  for (const auto& [reference, window] : windows) {
    const std::string key = std::string(reference == numbers::ReadmissionReference::move_in ? "after_move_in_"
                                                                                            : "after_move_out_") +
                            std::to_string(window);
    const std::string heading = std::to_string(window) + " dage efter " +
                                (reference == numbers::ReadmissionReference::move_in ? "indflytning" : "fraflytning");
    const std::size_t followed = table.columns.size();
    table.columns.push_back(count_column(key + "_followed", heading + ", fulgt"));
    table.columns.push_back(count_column(key + "_readmitted", heading + ", genindlagt"));
    table.columns.push_back(
        number_column(key + "_percent", heading + ", procent", ColumnType::percent, {followed, followed + 1}));
  }
  const std::size_t stays = table.columns.size();
  table.columns.push_back(count_column("stays", "Ophold"));
  table.columns.push_back(count_column("stays_with_readmission", "Genindlagt under opholdet"));
  table.columns.push_back(number_column("during_stay_percent", "Under opholdet, procent", ColumnType::percent,
                                        {stays, stays + 1}));
  add_rows(table, groups, facts.courses, [&](std::span<const CourseFacts> courses) {
    std::vector<ReadmissionCounts> counts(windows.size());
    numbers::ReadmissionsDuringStay during;
    for (const auto& course : courses) {
      if (!moved_in_during(course, request.period)) continue;
      const auto admissions = index.of(course);
      const std::span<const CourseFacts> one(&course, 1);
      for (std::size_t w = 0; w < windows.size(); ++w) {
        const auto rate =
            numbers::readmission_rate(one, admissions, windows[w].first, windows[w].second, request.today);
        counts[w].followed += rate.courses_followed;
        counts[w].readmitted += rate.courses_readmitted;
      }
      const auto stay = numbers::readmissions_during_stay(one, admissions, request.today);
      during.stays += stay.stays;
      during.stays_with_readmission += stay.stays_with_readmission;
    }
    auto percent = [](int part, int whole) -> CellValue {
      if (whole == 0) return std::monostate{};
      return 100.0 * part / whole;
    };
    std::vector<CellValue> cells;
    for (const auto& count : counts) {
      cells.push_back(count_cell(count.followed));
      cells.push_back(count_cell(count.readmitted));
      cells.push_back(percent(count.readmitted, count.followed));
    }
    cells.push_back(count_cell(during.stays));
    cells.push_back(count_cell(during.stays_with_readmission));
    cells.push_back(percent(during.stays_with_readmission, during.stays));
    return cells;
  });
  table.notes_da.push_back(
      "Forløb med indflytning i perioden. Kun forløb, hvis vindue er overstået, tæller med (fulgt). Psykiatriske "
      "indlæggelser; indeksindlæggelsen tæller aldrig.");
  return table;
}

// ---- length of stay: Kaplan–Meier with open stays censored, and mean of closed ----
ReportTable length_of_stay_table(const FigureRequest& request, const ReportFacts& facts,
                                 const std::vector<Group>& groups) {
  ReportTable table;
  table.title = "Opholdets længde";
  table.columns = group_columns();
  table.columns.push_back(count_column("closed", "Afsluttede ophold"));
  table.columns.push_back(count_column("open", "Åbne ophold (censureret)"));
  table.columns.push_back(number_column("km_median_days", "Median (Kaplan–Meier), dage", ColumnType::integer, {2, 3}));
  table.columns.push_back(
      number_column("km_lower_quartile_days", "Nedre kvartil (Kaplan–Meier), dage", ColumnType::integer, {2, 3}));
  table.columns.push_back(
      number_column("km_upper_quartile_days", "Øvre kvartil (Kaplan–Meier), dage", ColumnType::integer, {2, 3}));
  table.columns.push_back(
      number_column("mean_closed_days", "Gennemsnit af afsluttede, dage", ColumnType::decimal, {2}));
  add_rows(table, groups, facts.courses, [&](std::span<const CourseFacts> courses) {
    std::vector<CourseFacts> cohort;
    for (const auto& course : courses)
      if (moved_in_during(course, request.period)) cohort.push_back(course);
    const auto stay = numbers::length_of_stay(cohort, request.today);
    return std::vector<CellValue>{count_cell(stay.closed),
                                  count_cell(stay.censored),
                                  optional_cell(stay.km_median_days),
                                  optional_cell(stay.km_lower_quartile_days),
                                  optional_cell(stay.km_upper_quartile_days),
                                  optional_cell(stay.mean_closed_days)};
  });
  table.notes_da.push_back("Ophold med indflytning i perioden; åbne ophold er censureret i dag.");
  return table;
}

// ---- occupancy per unit per month ----
ReportTable occupancy_table(const FigureRequest& request, const ReportFacts& facts) {
  ReportTable table;
  table.title = "Belægning pr. tilbud pr. måned";
  table.columns = {text_column("unit", "Tilbud"),
                   text_column("name", "Navn"),
                   text_column("month", "Måned"),
                   typed_column("occupied_place_days", "Belagte pladsdøgn", ColumnType::integer),
                   typed_column("available_place_days", "Disponible pladsdøgn", ColumnType::integer),
                   typed_column("percent", "Belægningsprocent", ColumnType::percent)};
  std::map<std::string, std::vector<CourseFacts>> by_unit;
  for (const auto& course : facts.courses)
    if (course.move_in) by_unit[course.unit_id].push_back(course);
  std::map<std::string, std::vector<numbers::PlaceFacts>> places;
  for (const auto& place : facts.places) places[place.unit_id].push_back(place);
  std::vector<std::string> units;
  for (const auto& [id, name] : facts.unit_names) units.push_back(id);
  std::sort(units.begin(), units.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  });
  for (const std::string& unit : units) {
    const auto months = numbers::monthly_occupancy(unit, places[unit], by_unit[unit], request.period.first,
                                                   request.period.last, request.today);
    for (const auto& month : months) {
      char label[16];
      std::snprintf(label, sizeof label, "%04d-%02u", month.period.first.year(), month.period.first.month());
      table.rows.push_back({{unit, facts.unit_names.at(unit), std::string(label),
                             count_cell(month.occupied_place_days), count_cell(month.available_place_days),
                             optional_cell(month.percent)},
                            false});
    }
  }
  table.notes_da.push_back("Pladsdøgn, ikke borgere: belægning skjules ikke.");
  return table;
}

// ---- destinations of the courses that moved out in the period ----
ReportTable destinations_table(const FigureRequest& request, const ReportFacts& facts,
                               const std::vector<Group>& groups) {
  ReportTable table;
  table.title = "Hvor borgerne flytter hen";
  table.columns = group_columns();
  std::vector<std::size_t> parts;
  for (std::size_t i = 0; i <= all_destinations.size(); ++i) parts.push_back(3 + 2 * i);
  table.columns.push_back(count_column("closed", "Fraflyttet i perioden", parts));
  for (std::size_t i = 0; i <= all_destinations.size(); ++i) {
    const bool unknown = i == all_destinations.size();
    const std::string code = unknown ? "unknown" : std::string(destination_code(all_destinations[i]));
    const std::string label = unknown ? "Ukendt" : std::string(destination_label_da(all_destinations[i]));
    table.columns.push_back(count_column(code, label));
    table.columns.push_back(number_column(code + "_percent", label + ", procent", ColumnType::percent, {3 + 2 * i, 2}));
  }
  add_rows(table, groups, facts.courses, [&](std::span<const CourseFacts> courses) {
    const auto shares = numbers::destination_shares(courses, request.period);
    std::vector<CellValue> cells{count_cell(shares.closed_courses)};
    for (const auto& row : shares.rows) {
      cells.push_back(count_cell(row.courses));
      cells.push_back(optional_cell(row.percent));
    }
    return cells;
  });
  return table;
}

// ---- observed against the configured baselines ----
ReportTable baseline_table(const FigureRequest& request, const ReportFacts& facts, const AdmissionIndex& index) {
  ReportTable table;
  table.title = "Sammenligning med udgangspunkt";
  table.columns = {text_column("code", "Kode"),
                   text_column("label", "Tal"),
                   typed_column("observed", "Observeret", ColumnType::decimal),
                   typed_column("baseline", "Udgangspunkt", ColumnType::decimal),
                   typed_column("difference", "Forskel", ColumnType::decimal),
                   typed_column("relative_percent", "Forskel, procent", ColumnType::percent),
                   text_column("source", "Kilde"),
                   typed_column("year", "År", ColumnType::integer)};
  // The observed figures a baseline can be given for.
  std::map<std::string, std::optional<double>> observed;
  {
    const auto counts = numbers::referral_counts(facts.courses, request.period);
    observed["acceptance_rate_percent"] = counts.acceptance_rate_percent;
    std::vector<CourseFacts> cohort;
    numbers::DaysAwaitingDischargeTotal days;
    int followed = 0, readmitted = 0;
    for (const auto& course : facts.courses) {
      if (!moved_in_during(course, request.period)) continue;
      cohort.push_back(course);
      const std::span<const CourseFacts> one(&course, 1);
      const auto total = numbers::total_days_awaiting_discharge(one, index.of(course), request.today);
      days.total_days += total.total_days;
      days.with_days += total.with_days;
      const auto rate = numbers::readmission_rate(one, index.of(course), numbers::ReadmissionReference::move_out,
                                                  30, request.today);
      followed += rate.courses_followed;
      readmitted += rate.courses_readmitted;
    }
    if (days.with_days > 0)
      observed["days_awaiting_discharge_per_course"] = static_cast<double>(days.total_days) / days.with_days;
    if (followed > 0) observed["readmission_30_after_move_out_percent"] = 100.0 * readmitted / followed;
    const auto stay = numbers::length_of_stay(cohort, request.today);
    if (stay.km_median_days) observed["length_of_stay_median_days"] = *stay.km_median_days;
    observed["length_of_stay_mean_closed_days"] = stay.mean_closed_days;
  }
  for (const auto& baseline : request.baselines) {
    auto found = observed.find(baseline.code);
    const auto comparison =
        numbers::compare_to_baseline(found == observed.end() ? std::nullopt : found->second, baseline);
    table.rows.push_back({{baseline.code, baseline.label_da, optional_cell(comparison.observed), comparison.baseline,
                           optional_cell(comparison.difference), optional_cell(comparison.relative_percent),
                           baseline.source, std::int64_t{baseline.year}},
                          false});
  }
  table.notes_da.push_back(
      "Kendte koder: acceptance_rate_percent, days_awaiting_discharge_per_course, "
      "readmission_30_after_move_out_percent, length_of_stay_median_days, length_of_stay_mean_closed_days.");
  return table;
}

}  // namespace

const std::vector<std::string>& report_figure_codes() { return figure_codes; }

bool is_report_figure(const std::string& code) {
  return std::find(figure_codes.begin(), figure_codes.end(), code) != figure_codes.end();
}

FactsNeeded facts_needed_for(const std::string& figure) {
  FactsNeeded needed;
  needed.places = figure == "occupancy";
  needed.admissions = figure == "flow" || figure == "days-awaiting-discharge" || figure == "readmissions" ||
                      figure == "baseline-comparison";
  return needed;
}

Result<ReportTable> compute_figure(const FigureRequest& request, ReportFacts facts) {
  if (!is_report_figure(request.figure))
    return make_error(ErrorKind::bad_input, "unknown_figure", "Ukendt tal: " + request.figure + ".", "figure");
  if (request.figure == "occupancy") return occupancy_table(request, facts);
  const AdmissionIndex index(std::move(facts.admissions));
  if (request.figure == "baseline-comparison") return baseline_table(request, facts, index);
  const auto groups = groups_of(request, facts);
  if (request.figure == "flow") return flow_table(request, facts, index, groups);
  if (request.figure == "days-awaiting-discharge") return days_awaiting_table(request, facts, index, groups);
  if (request.figure == "readmissions") return readmissions_table(request, facts, index, groups);
  if (request.figure == "length-of-stay") return length_of_stay_table(request, facts, groups);
  return destinations_table(request, facts, groups);
}

std::vector<numbers::Baseline> load_baselines(SqlConnection& sql) {
  std::vector<numbers::Baseline> baselines;
  for (const auto& row : sql.query("SELECT code, label_da, value, source, year FROM report_baselines ORDER BY code"))
    baselines.push_back({row.text(0), row.text(1), row.real(2), row.text(3), static_cast<int>(row.integer(4))});
  return baselines;
}

nlohmann::json report_table_json(const ReportTable& table) {
  nlohmann::json columns = nlohmann::json::array();
  for (const auto& column : table.columns) {
    const char* type = column.type == ColumnType::text      ? "text"
                       : column.type == ColumnType::integer ? "integer"
                       : column.type == ColumnType::decimal ? "decimal"
                       : column.type == ColumnType::percent ? "percent"
                                                            : "date";
    columns.push_back({{"key", column.key}, {"heading", column.heading_da}, {"type", type}});
  }
  nlohmann::json rows = nlohmann::json::array();
  nlohmann::json suppressed = nlohmann::json::array();
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    nlohmann::json cells = nlohmann::json::object();
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const CellValue& cell = table.rows[r].cells[c];
      nlohmann::json value;
      if (const auto* text = std::get_if<std::string>(&cell)) value = *text;
      if (const auto* integer = std::get_if<std::int64_t>(&cell)) value = *integer;
      if (const auto* decimal = std::get_if<double>(&cell)) value = *decimal;
      if (const auto* date = std::get_if<Date>(&cell)) value = date->iso();
      if (std::holds_alternative<numbers::SuppressedCell>(cell)) suppressed.push_back({r, table.columns[c].key});
      cells[table.columns[c].key] = value;
    }
    rows.push_back({{"cells", cells}, {"is_total", table.rows[r].is_total}});
  }
  return {{"title", table.title}, {"columns", columns}, {"rows", rows}, {"suppressed", suppressed},
          {"notes", table.notes_da}};
}

}  // namespace afk::store
