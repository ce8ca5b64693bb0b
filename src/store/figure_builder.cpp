#include "store/figure_builder.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <optional>

#include "core/numbers/days_awaiting_discharge.hpp"
#include "core/numbers/destinations.hpp"
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
using numbers::ReportTable;

// The six reported readmission windows: 30/90/180 days after move-in, then after move-out.
struct ReadmissionWindow {
  numbers::ReadmissionReference reference;
  int days;
};
constexpr std::array<ReadmissionWindow, 6> readmission_windows{{
    {numbers::ReadmissionReference::move_in, 30},
    {numbers::ReadmissionReference::move_in, 90},
    {numbers::ReadmissionReference::move_in, 180},
    {numbers::ReadmissionReference::move_out, 30},
    {numbers::ReadmissionReference::move_out, 90},
    {numbers::ReadmissionReference::move_out, 180},
}};
constexpr std::size_t thirty_days_after_move_out = 3;

struct ReadmissionCounts {
  int followed = 0, readmitted = 0;
};

// The figures' parts, switched on per figure so a report computes only what it shows.
struct Parts {
  bool referrals = false, waits = false, days_per_course = false, days_per_admission = false,
       readmissions = false, stays = false, destinations = false, occupancy = false;
  bool groups = true;  // the baseline comparison shows the total only
};

Parts parts_of(const std::string& figure) {
  Parts parts;
  if (figure == "flow") parts.referrals = parts.waits = true;
  if (figure == "days-awaiting-discharge") parts.days_per_course = parts.days_per_admission = true;
  if (figure == "readmissions") parts.readmissions = true;
  if (figure == "length-of-stay") parts.stays = true;
  if (figure == "destinations") parts.destinations = true;
  if (figure == "occupancy") parts.occupancy = true;
  if (figure == "baseline-comparison") {
    parts.referrals = parts.days_per_course = parts.readmissions = parts.stays = true;
    parts.groups = false;
  }
  return parts;
}

// The running collectors of one group, or of the total.
struct GroupCollectors {
  numbers::ReferralCounts referrals;
  numbers::WaitingTimeCollector waits;
  numbers::DaysAwaitingDischargeTotal days_per_course, days_per_admission;
  std::array<ReadmissionCounts, readmission_windows.size()> readmissions{};
  numbers::ReadmissionsDuringStay during_stay;
  numbers::StayCollector stays;
  numbers::DestinationShares destinations = numbers::no_destinations();
};

// A stay as occupancy needs it, kept per unit instead of the whole course.
struct StaySpan {
  Date move_in;
  std::optional<Date> move_out;
};

bool moved_in_during(const CourseFacts& course, const numbers::Period& period) {
  return course.move_in && period.contains(*course.move_in);
}

// Numeric ids in number order, codes in text order.
bool key_order(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return a.size() < b.size();
  return a < b;
}

CellValue optional_cell(const std::optional<double>& value) {
  if (value) return *value;
  return std::monostate{};
}
CellValue optional_cell(const std::optional<int>& value) {
  if (value) return std::int64_t{*value};
  return std::monostate{};
}
CellValue count_cell(long long value) { return std::int64_t{value}; }
CellValue percent_cell(int part, int whole) {
  if (whole == 0) return std::monostate{};
  return 100.0 * part / whole;
}

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
// A mean, median or quartile of the citizens counted in `over` (shown over 5 or more).
ReportColumn statistic_column(std::string key, std::string heading, ColumnType type,
                              std::vector<std::size_t> over, int decimals = 1) {
  ReportColumn column = typed_column(std::move(key), std::move(heading), type, decimals);
  column.statistic_over = std::move(over);
  return column;
}
std::vector<ReportColumn> group_columns() {
  return {text_column("group", "Gruppe"), text_column("name", "Navn")};
}

// ---- the columns and cells of each figure, from one group's collectors ----

void flow_columns(ReportTable& table) {
  table.title = "Henvisninger, afgørelser og ventetider";
  table.columns.push_back(count_column("referrals", "Henvisninger", {3, 4, 5, 6, 7}));
  table.columns.push_back(count_column("accepted", "Optaget"));
  table.columns.push_back(count_column("declined", "Afvist"));
  table.columns.push_back(count_column("withdrawn", "Trukket tilbage"));
  table.columns.push_back(count_column("waiting_list", "Venteliste"));
  table.columns.push_back(count_column("pending", "Afventer afgørelse"));
  table.columns.push_back(
      number_column("acceptance_rate_percent", "Optagelsesprocent", ColumnType::percent, {3, 4}));
  table.columns.push_back(count_column("referral_to_decision_n", "Henvisning→afgørelse, antal"));
  table.columns.push_back(statistic_column("referral_to_decision_median_days",
                                           "Henvisning→afgørelse, median dage", ColumnType::decimal, {9}));
  table.columns.push_back(count_column("decision_to_move_in_n", "Afgørelse→indflytning, antal"));
  table.columns.push_back(statistic_column("decision_to_move_in_median_days",
                                           "Afgørelse→indflytning, median dage", ColumnType::decimal, {11}));
  table.columns.push_back(count_column("ready_to_move_in_n", "Færdigbehandlet→indflytning, antal"));
  table.columns.push_back(statistic_column(
      "ready_to_move_in_median_days", "Færdigbehandlet→indflytning, median dage", ColumnType::decimal, {13}));
  table.notes_da.push_back(
      "Henvisninger modtaget i perioden. Optagelsesprocent = optaget ÷ (optaget + afvist).");
}

std::vector<CellValue> flow_cells(GroupCollectors& group) {
  numbers::finish(group.referrals);
  const auto& counts = group.referrals;
  const auto waits = group.waits.finish();
  return {count_cell(counts.referrals),
          count_cell(counts.accepted),
          count_cell(counts.declined),
          count_cell(counts.withdrawn),
          count_cell(counts.waiting_list),
          count_cell(counts.pending),
          optional_cell(counts.acceptance_rate_percent),
          count_cell(waits.referral_to_decision.days.n),
          optional_cell(waits.referral_to_decision.days.median),
          count_cell(waits.decision_to_move_in.days.n),
          optional_cell(waits.decision_to_move_in.days.median),
          count_cell(waits.ready_to_move_in.days.n),
          optional_cell(waits.ready_to_move_in.days.median)};
}

void days_columns(ReportTable& table) {
  table.title = "Færdigbehandlingsdage";
  table.columns.push_back(count_column("courses_with_days", "Forløb med opgørelse"));
  table.columns.push_back(
      number_column("total_days", "Færdigbehandlingsdage i alt", ColumnType::integer, {2}));
  table.columns.push_back(
      statistic_column("mean_days_per_course", "Gennemsnit pr. forløb", ColumnType::decimal, {2}));
  table.columns.push_back(count_column("ongoing", "Stadig indlagt"));
  table.columns.push_back(count_column("not_defined", "Uden opgørelse"));
  table.columns.push_back(count_column("admissions_with_days", "Indlæggelser med opgørelse"));
  table.columns.push_back(
      statistic_column("mean_days_per_admission", "Gennemsnit pr. indlæggelse", ColumnType::decimal, {7}));
  table.notes_da.push_back(
      "Pr. forløb: indflytning i perioden, dage fra færdigmelding til udskrivning af indeksindlæggelsen. Pr. "
      "indlæggelse: borgernes indlæggelser færdigmeldt i perioden.");
}

std::vector<CellValue> days_cells(GroupCollectors& group) {
  numbers::finish(group.days_per_course);
  numbers::finish(group.days_per_admission);
  const auto& per_course = group.days_per_course;
  return {count_cell(per_course.with_days),
          count_cell(per_course.total_days),
          optional_cell(per_course.mean_days),
          count_cell(per_course.ongoing),
          count_cell(per_course.not_defined),
          count_cell(group.days_per_admission.with_days),
          optional_cell(group.days_per_admission.mean_days)};
}

void readmission_columns(ReportTable& table) {
  table.title = "Genindlæggelser";
  for (const auto& window : readmission_windows) {
    const bool after_move_in = window.reference == numbers::ReadmissionReference::move_in;
    const std::string key =
        std::string(after_move_in ? "after_move_in_" : "after_move_out_") + std::to_string(window.days);
    const std::string heading =
        std::to_string(window.days) + " dage efter " + (after_move_in ? "indflytning" : "fraflytning");
    const std::size_t followed = table.columns.size();
    table.columns.push_back(count_column(key + "_followed", heading + ", fulgt"));
    table.columns.push_back(count_column(key + "_readmitted", heading + ", genindlagt"));
    table.columns.push_back(number_column(key + "_percent", heading + ", procent", ColumnType::percent,
                                          {followed, followed + 1}));
  }
  const std::size_t stays = table.columns.size();
  table.columns.push_back(count_column("stays", "Ophold"));
  table.columns.push_back(count_column("stays_with_readmission", "Genindlagt under opholdet"));
  table.columns.push_back(number_column("during_stay_percent", "Under opholdet, procent", ColumnType::percent,
                                        {stays, stays + 1}));
  table.notes_da.push_back(
      "Forløb med indflytning i perioden. Kun forløb, hvis vindue er overstået, tæller med (fulgt). "
      "Psykiatriske "
      "indlæggelser; indeksindlæggelsen tæller aldrig.");
}

std::vector<CellValue> readmission_cells(GroupCollectors& group) {
  std::vector<CellValue> cells;
  for (const auto& count : group.readmissions) {
    cells.push_back(count_cell(count.followed));
    cells.push_back(count_cell(count.readmitted));
    cells.push_back(percent_cell(count.readmitted, count.followed));
  }
  cells.push_back(count_cell(group.during_stay.stays));
  cells.push_back(count_cell(group.during_stay.stays_with_readmission));
  cells.push_back(percent_cell(group.during_stay.stays_with_readmission, group.during_stay.stays));
  return cells;
}

void stay_columns(ReportTable& table) {
  table.title = "Opholdets længde";
  table.columns.push_back(count_column("closed", "Afsluttede ophold"));
  table.columns.push_back(count_column("open", "Åbne ophold (censureret)"));
  table.columns.push_back(
      statistic_column("km_median_days", "Median (Kaplan–Meier), dage", ColumnType::integer, {2, 3}));
  table.columns.push_back(statistic_column("km_lower_quartile_days", "Nedre kvartil (Kaplan–Meier), dage",
                                           ColumnType::integer, {2, 3}));
  table.columns.push_back(statistic_column("km_upper_quartile_days", "Øvre kvartil (Kaplan–Meier), dage",
                                           ColumnType::integer, {2, 3}));
  table.columns.push_back(
      statistic_column("mean_closed_days", "Gennemsnit af afsluttede, dage", ColumnType::decimal, {2}));
  table.notes_da.push_back("Ophold med indflytning i perioden; åbne ophold er censureret i dag.");
}

std::vector<CellValue> stay_cells(GroupCollectors& group) {
  const auto stay = group.stays.finish();
  return {count_cell(stay.closed),
          count_cell(stay.censored),
          optional_cell(stay.km_median_days),
          optional_cell(stay.km_lower_quartile_days),
          optional_cell(stay.km_upper_quartile_days),
          optional_cell(stay.mean_closed_days)};
}

void destination_columns(ReportTable& table) {
  table.title = "Hvor borgerne flytter hen";
  std::vector<std::size_t> parts;
  for (std::size_t i = 0; i <= all_destinations.size(); ++i) parts.push_back(3 + 2 * i);
  table.columns.push_back(count_column("closed", "Fraflyttet i perioden", parts));
  for (std::size_t i = 0; i <= all_destinations.size(); ++i) {
    const bool unknown = i == all_destinations.size();
    const std::string code = unknown ? "unknown" : std::string(destination_code(all_destinations[i]));
    const std::string label = unknown ? "Ukendt" : std::string(destination_label_da(all_destinations[i]));
    table.columns.push_back(count_column(code, label));
    table.columns.push_back(
        number_column(code + "_percent", label + ", procent", ColumnType::percent, {3 + 2 * i, 2}));
  }
}

std::vector<CellValue> destination_cells(GroupCollectors& group) {
  numbers::finish(group.destinations);
  std::vector<CellValue> cells{count_cell(group.destinations.closed_courses)};
  for (const auto& row : group.destinations.rows) {
    cells.push_back(count_cell(row.courses));
    cells.push_back(optional_cell(row.percent));
  }
  return cells;
}

}  // namespace

struct FigureBuilder::State {
  FigureRequest request;
  Parts parts;
  std::map<std::string, GroupCollectors, decltype(&key_order)> groups{&key_order};
  GroupCollectors total;
  std::map<std::string, std::vector<StaySpan>> stays_by_unit;  // occupancy

  const std::string& group_key(const CourseFacts& course) const {
    return request.grouping == ReportGrouping::unit ? course.unit_id : course.municipality_code;
  }

  void add_course(GroupCollectors& into, const CourseFacts& course,
                  std::span<const AdmissionFacts> admissions) {
    const auto& period = request.period;
    if (parts.referrals) numbers::add_referral(into.referrals, course, period);
    if (parts.waits && period.contains(course.referral_date)) into.waits.add(course, admissions);
    if (parts.destinations) numbers::add_destination(into.destinations, course, period);
    if (!moved_in_during(course, period)) return;
    if (parts.days_per_course)
      numbers::add(into.days_per_course, numbers::days_awaiting_discharge(course, admissions, request.today));
    if (parts.stays) into.stays.add(course, request.today);
    if (parts.readmissions) {
      const std::span<const CourseFacts> one(&course, 1);
      for (std::size_t w = 0; w < readmission_windows.size(); ++w) {
        const auto rate = numbers::readmission_rate(one, admissions, readmission_windows[w].reference,
                                                    readmission_windows[w].days, request.today);
        into.readmissions[w].followed += rate.courses_followed;
        into.readmissions[w].readmitted += rate.courses_readmitted;
      }
      const auto stay = numbers::readmissions_during_stay(one, admissions, request.today);
      into.during_stay.stays += stay.stays;
      into.during_stay.stays_with_readmission += stay.stays_with_readmission;
    }
  }

  // Per admission: the citizen's admissions made ready for discharge in the
  // period, once per group in which the citizen has a course moved in during
  // the period (and once in the total).
  void add_admissions(GroupCollectors& into, std::span<const AdmissionFacts> admissions) {
    for (const auto& admission : admissions)
      if (admission.ready_for_discharge && request.period.contains(*admission.ready_for_discharge))
        numbers::add(into.days_per_admission, numbers::days_awaiting_discharge(admission, request.today));
  }
};

FigureBuilder::FigureBuilder(const FigureRequest& request) : state_(std::make_unique<State>()) {
  state_->request = request;
  state_->parts = parts_of(request.figure);
}

FigureBuilder::~FigureBuilder() = default;

void FigureBuilder::add_citizen(std::span<const CourseFacts> courses,
                                std::span<const AdmissionFacts> admissions) {
  State& state = *state_;
  if (state.parts.occupancy) {
    for (const auto& course : courses)
      if (course.move_in) state.stays_by_unit[course.unit_id].push_back({*course.move_in, course.move_out});
    return;
  }
  std::vector<GroupCollectors*> counted_admissions_in;
  for (const auto& course : courses) {
    GroupCollectors* group = nullptr;
    if (state.parts.groups) {
      group = &state.groups[state.group_key(course)];
      state.add_course(*group, course, admissions);
    }
    state.add_course(state.total, course, admissions);
    if (!state.parts.days_per_admission || !moved_in_during(course, state.request.period)) continue;
    for (GroupCollectors* target : {group, &state.total})
      if (target && std::find(counted_admissions_in.begin(), counted_admissions_in.end(), target) ==
                        counted_admissions_in.end()) {
        state.add_admissions(*target, admissions);
        counted_admissions_in.push_back(target);
      }
  }
}

namespace {

ReportTable occupancy_table(const FigureRequest& request, const FigureLabels& labels,
                            std::map<std::string, std::vector<StaySpan>>& stays_by_unit) {
  ReportTable table;
  table.title = "Belægning pr. tilbud pr. måned";
  table.columns = {text_column("unit", "Tilbud"),
                   text_column("name", "Navn"),
                   text_column("month", "Måned"),
                   typed_column("occupied_place_days", "Belagte pladsdøgn", ColumnType::integer),
                   typed_column("available_place_days", "Disponible pladsdøgn", ColumnType::integer),
                   typed_column("percent", "Belægningsprocent", ColumnType::percent)};
  std::map<std::string, std::vector<numbers::PlaceFacts>> places;
  for (const auto& place : labels.places) places[place.unit_id].push_back(place);
  std::vector<std::string> units;
  for (const auto& [id, name] : labels.unit_names) units.push_back(id);
  std::sort(units.begin(), units.end(), key_order);
  for (const std::string& unit : units) {
    // One unit's stays at a time, as the courses occupancy counts.
    std::vector<CourseFacts> courses;
    for (const StaySpan& stay : stays_by_unit[unit]) {
      CourseFacts course;
      course.unit_id = unit;
      course.move_in = stay.move_in;
      course.move_out = stay.move_out;
      courses.push_back(std::move(course));
    }
    const auto months = numbers::monthly_occupancy(unit, places[unit], courses, request.period.first,
                                                   request.period.last, request.today);
    for (const auto& month : months) {
      char label[16];
      std::snprintf(label, sizeof label, "%04d-%02u", month.period.first.year(), month.period.first.month());
      table.rows.push_back(
          {{unit, labels.unit_names.at(unit), std::string(label), count_cell(month.occupied_place_days),
            count_cell(month.available_place_days), optional_cell(month.percent)},
           false});
    }
  }
  table.notes_da.push_back("Pladsdøgn, ikke borgere: belægning skjules ikke.");
  return table;
}

ReportTable baseline_table(const FigureRequest& request, GroupCollectors& total) {
  ReportTable table;
  table.title = "Sammenligning med udgangspunkt";
  table.columns = {text_column("label", "Tal"),
                   typed_column("observed", "Observeret", ColumnType::decimal),
                   typed_column("baseline", "Udgangspunkt", ColumnType::decimal),
                   typed_column("difference", "Forskel", ColumnType::decimal),
                   typed_column("relative_percent", "Forskel, procent", ColumnType::percent),
                   text_column("source", "Kilde"),
                   typed_column("year", "År", ColumnType::integer)};
  // The observed figures a baseline can be given for.
  numbers::finish(total.referrals);
  numbers::finish(total.days_per_course);
  const auto& readmitted = total.readmissions[thirty_days_after_move_out];
  const auto stay = total.stays.finish();
  std::map<std::string, std::optional<double>> observed;
  observed["acceptance_rate_percent"] = total.referrals.acceptance_rate_percent;
  if (total.days_per_course.with_days > 0)
    observed["days_awaiting_discharge_per_course"] = total.days_per_course.mean_days;
  if (readmitted.followed > 0)
    observed["readmission_30_after_move_out_percent"] = 100.0 * readmitted.readmitted / readmitted.followed;
  if (stay.km_median_days) observed["length_of_stay_median_days"] = *stay.km_median_days;
  observed["length_of_stay_mean_closed_days"] = stay.mean_closed_days;
  for (const auto& baseline : request.baselines) {
    auto found = observed.find(baseline.code);
    const auto comparison =
        numbers::compare_to_baseline(found == observed.end() ? std::nullopt : found->second, baseline);
    table.rows.push_back({{baseline.label_da, optional_cell(comparison.observed), comparison.baseline,
                           optional_cell(comparison.difference), optional_cell(comparison.relative_percent),
                           baseline.source, std::int64_t{baseline.year}},
                          false});
  }
  table.notes_da.push_back(
      "Et udgangspunkt kan sammenlignes for optagelsesprocenten, færdigbehandlingsdage pr. forløb, "
      "genindlæggelse inden 30 dage efter fraflytning og opholdets længde (median og gennemsnit for "
      "afsluttede ophold).");
  return table;
}

}  // namespace

ReportTable FigureBuilder::finish(const FigureLabels& labels) {
  State& state = *state_;
  const FigureRequest& request = state.request;
  if (state.parts.occupancy) return occupancy_table(request, labels, state.stays_by_unit);
  if (!state.parts.groups) return baseline_table(request, state.total);

  ReportTable table;
  table.columns = group_columns();
  std::vector<CellValue> (*cells_of)(GroupCollectors&) = nullptr;
  if (state.parts.referrals) {
    flow_columns(table);
    cells_of = flow_cells;
  } else if (state.parts.days_per_course) {
    days_columns(table);
    cells_of = days_cells;
  } else if (state.parts.readmissions) {
    readmission_columns(table);
    cells_of = readmission_cells;
  } else if (state.parts.stays) {
    stay_columns(table);
    cells_of = stay_cells;
  } else {
    destination_columns(table);
    cells_of = destination_cells;
  }
  // A unit grouping lists every unit in scope, also one without courses.
  if (request.grouping == ReportGrouping::unit)
    for (const auto& [id, name] : labels.unit_names) state.groups.try_emplace(id);
  auto label_of = [&](const std::string& key) {
    const auto& names =
        request.grouping == ReportGrouping::unit ? labels.unit_names : labels.municipality_names;
    auto found = names.find(key);
    if (found != names.end()) return found->second;
    return (request.grouping == ReportGrouping::unit ? "Tilbud " : "Kommune ") + key;
  };
  auto add_row = [&](std::string key, std::string label, GroupCollectors& group, bool is_total) {
    std::vector<CellValue> cells{std::move(key), std::move(label)};
    auto rest = cells_of(group);
    cells.insert(cells.end(), rest.begin(), rest.end());
    table.rows.push_back({std::move(cells), is_total});
  };
  for (auto& [key, group] : state.groups) add_row(key, label_of(key), group, false);
  add_row("total", "I alt", state.total, true);
  return table;
}

}  // namespace afk::store
