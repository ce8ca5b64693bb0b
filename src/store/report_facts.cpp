#include "store/report_facts.hpp"

#include <algorithm>
#include <set>

#include "store/aggregates.hpp"

namespace afk::store {

namespace {

SqlValue serial_or_null(const std::optional<Date>& date) {
  if (date) return std::int64_t{date->serial()};
  return nullptr;
}

std::optional<Date> date_at(const SqlRow& row, size_t column) {
  if (row.is_null(column)) return std::nullopt;
  return Date::from_serial(static_cast<int>(row.integer(column)));
}

std::string decision_code(ReferralState state) {
  switch (state) {
    case ReferralState::submitted:
      return "pending";
    case ReferralState::accepted:
      return "accepted";
    case ReferralState::declined:
      return "declined";
    case ReferralState::withdrawn:
      return "withdrawn";
    case ReferralState::waiting_list:
      return "waiting_list";
  }
  return "pending";
}

numbers::Decision decision_from_code(const std::string& code) {
  if (code == "accepted") return numbers::Decision::accepted;
  if (code == "declined") return numbers::Decision::declined;
  if (code == "withdrawn") return numbers::Decision::withdrawn;
  if (code == "waiting_list") return numbers::Decision::waiting_list;
  return numbers::Decision::pending;
}

// The admission a referral was made from: the citizen's latest admission
// that started on or before the referral day.
constexpr const char* index_admission_subquery =
    "(SELECT a.admission_id FROM report_admission_facts a WHERE a.citizen_id = report_referral_facts.citizen_id "
    "AND a.admitted <= report_referral_facts.referral_date ORDER BY a.admitted DESC, a.admission_id DESC LIMIT 1)";

std::string admission_key(std::int64_t citizen_id, std::int64_t admission_id) {
  return std::to_string(citizen_id) + "." + std::to_string(admission_id);
}

// Restricts report_referral_facts (alias r) to the scope.
std::string scope_condition(const ReportScope& scope, std::vector<SqlValue>& params) {
  switch (scope.kind) {
    case ReportScopeKind::unit:
      params.push_back(scope.id);
      return " AND r.unit_id = ?";
    case ReportScopeKind::municipality:
      params.push_back(scope.id);
      return " AND r.municipality_id = ?";
    case ReportScopeKind::region:
      params.push_back(scope.id);
      return " AND r.region_id = ?";
    case ReportScopeKind::national:
      return "";
  }
  return "";
}

constexpr std::int64_t page_size = 20000;

}  // namespace

void keep_referral_facts(SqlConnection& sql, const Referral& referral) {
  sql.execute(
      "INSERT INTO report_referral_facts (referral_id, citizen_id, unit_id, ward_id, region_id, municipality_id, "
      "referral_date, decision, decision_date) VALUES (?, ?, ?, ?, "
      "COALESCE((SELECT region_id FROM wards WHERE id = ?), 0), "
      "COALESCE((SELECT municipality_id FROM citizens WHERE id = ?), 0), ?, ?, ?) "
      "ON CONFLICT (referral_id) DO UPDATE SET citizen_id = excluded.citizen_id, unit_id = excluded.unit_id, "
      "ward_id = excluded.ward_id, region_id = excluded.region_id, municipality_id = excluded.municipality_id, "
      "referral_date = excluded.referral_date, decision = excluded.decision, "
      "decision_date = excluded.decision_date",
      {referral.id, referral.citizen_id, referral.unit_id, referral.ward_id, referral.ward_id, referral.citizen_id,
       std::int64_t{referral.referred_on.serial()}, decision_code(referral.state),
       serial_or_null(referral.decided_on)});
  sql.execute(std::string("UPDATE report_referral_facts SET index_admission_id = ") + index_admission_subquery +
                  " WHERE referral_id = ?",
              {referral.id});
}

void keep_course_facts(SqlConnection& sql, const Course& course) {
  SqlValue destination_value = nullptr;
  if (auto chosen = destination(course)) destination_value = std::string(destination_code(*chosen));
  sql.execute(
      "INSERT INTO report_course_facts (course_id, referral_id, move_in, move_out, destination) "
      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (course_id) DO UPDATE SET referral_id = excluded.referral_id, "
      "move_in = excluded.move_in, move_out = excluded.move_out, destination = excluded.destination",
      {course.id, course.referral_id, serial_or_null(course.moved_in_on), serial_or_null(course.moved_out_on),
       destination_value});
}

void keep_citizen_facts(SqlConnection& sql, const Citizen& citizen) {
  sql.execute("DELETE FROM report_admission_facts WHERE citizen_id = ?", {citizen.id});
  for (const HospitalAdmission& admission : citizen.admissions)
    sql.execute(
        "INSERT INTO report_admission_facts (citizen_id, admission_id, ward_id, admitted, ready_for_discharge, "
        "discharged) VALUES (?, ?, ?, ?, ?, ?)",
        {citizen.id, admission.id, admission.ward_id, std::int64_t{admission.admitted_on.serial()},
         serial_or_null(admission.ready_for_discharge_on), serial_or_null(admission.discharged_on)});
  // A move to another municipality or a new admission changes the citizen's referrals too.
  sql.execute(std::string("UPDATE report_referral_facts SET municipality_id = ?, index_admission_id = ") +
                  index_admission_subquery + " WHERE citizen_id = ?",
              {citizen.home_municipality_id, citizen.id});
}

template <>
void after_save(SqlConnection& sql, const Citizen& value) {
  keep_citizen_facts(sql, value);
}
template <>
void after_save(SqlConnection& sql, const Referral& value) {
  keep_referral_facts(sql, value);
}
template <>
void after_save(SqlConnection& sql, const Course& value) {
  keep_course_facts(sql, value);
}

bool report_facts_behind(SqlConnection& sql) {
  auto count = [&](const char* table) { return sql.query(std::string("SELECT COUNT(*) FROM ") + table)[0].integer(0); };
  return count("report_referral_facts") < count("referrals") || count("report_course_facts") < count("courses");
}

namespace {
// Calls `keep` for every stored T, a page of documents at a time.
template <class T, class Keep>
void rebuild_from(SqlConnection& sql, Keep keep) {
  std::int64_t after = 0;
  for (;;) {
    auto page = select<T>(sql, "id > ? AND id <= ?", {after, after + page_size});
    const auto more = sql.query(std::string("SELECT COUNT(*) FROM ") + AggregateTraits<T>::table + " WHERE id > ?",
                                {after + page_size});
    for (const T& value : page) keep(sql, value);
    after += page_size;
    if (more[0].integer(0) == 0) break;
  }
}
}  // namespace

void rebuild_report_facts(SqlConnection& sql) {
  sql.execute("DELETE FROM report_admission_facts");
  sql.execute("DELETE FROM report_course_facts");
  sql.execute("DELETE FROM report_referral_facts");
  rebuild_from<Citizen>(sql, keep_citizen_facts);
  rebuild_from<Referral>(sql, keep_referral_facts);
  rebuild_from<Course>(sql, keep_course_facts);
}

std::optional<ReportScopeKind> report_scope_kind_from_code(const std::string& code) {
  if (code == "unit") return ReportScopeKind::unit;
  if (code == "municipality") return ReportScopeKind::municipality;
  if (code == "region") return ReportScopeKind::region;
  if (code == "national") return ReportScopeKind::national;
  return std::nullopt;
}

std::string report_scope_kind_code(ReportScopeKind kind) {
  switch (kind) {
    case ReportScopeKind::unit:
      return "unit";
    case ReportScopeKind::municipality:
      return "municipality";
    case ReportScopeKind::region:
      return "region";
    case ReportScopeKind::national:
      return "national";
  }
  return "national";
}

ReportFacts load_facts(SqlConnection& sql, const ReportScope& scope, const numbers::Period& period,
                       FactsNeeded needed) {
  ReportFacts facts;
  std::map<std::int64_t, std::string> municipality_codes;
  for (const auto& row : sql.query("SELECT id, code FROM municipalities")) municipality_codes[row.integer(0)] = row.text(1);

  // Keyset pages keep the rows in flight small at national scale.
  std::int64_t after = 0;
  for (;;) {
    std::vector<SqlValue> params{after, std::int64_t{period.last.serial()}};
    const std::string condition = scope_condition(scope, params);
    params.push_back(page_size);
    const auto rows = sql.query(
        "SELECT r.referral_id, r.citizen_id, r.unit_id, r.municipality_id, r.referral_date, r.decision, "
        "r.decision_date, r.index_admission_id, c.course_id, c.move_in, c.move_out, c.destination "
        "FROM report_referral_facts r LEFT JOIN report_course_facts c ON c.referral_id = r.referral_id "
        "WHERE r.referral_id > ? AND r.referral_date <= ?" +
            condition + " ORDER BY r.referral_id LIMIT ?",
        params);
    for (const SqlRow& row : rows) {
      numbers::CourseFacts course;
      const std::int64_t citizen_id = row.integer(1);
      course.course_id = row.is_null(8) ? "r" + std::to_string(row.integer(0)) : std::to_string(row.integer(8));
      course.citizen_key = std::to_string(citizen_id);
      course.unit_id = std::to_string(row.integer(2));
      course.municipality_code = municipality_codes[row.integer(3)];
      course.referral_date = *date_at(row, 4);
      course.decision = decision_from_code(row.text(5));
      course.decision_date = date_at(row, 6);
      if (!row.is_null(7)) course.index_admission_id = admission_key(citizen_id, row.integer(7));
      course.move_in = date_at(row, 9);
      course.move_out = date_at(row, 10);
      if (!row.is_null(11)) course.destination = destination_from_code(row.text(11));
      facts.courses.push_back(std::move(course));
    }
    if (rows.size() < static_cast<size_t>(page_size)) break;
    after = rows.back().integer(0);
  }

  if (needed.admissions) {
    std::vector<SqlValue> params;
    std::string condition = scope_condition(scope, params);
    const std::string filter =
        scope.kind == ReportScopeKind::national
            ? std::string()
            : " AND a.citizen_id IN (SELECT r.citizen_id FROM report_referral_facts r WHERE 1 = 1" + condition + ")";
    std::int64_t after_citizen = 0, after_admission = 0;
    for (;;) {
      std::vector<SqlValue> page_params{after_citizen, after_citizen, after_admission};
      page_params.insert(page_params.end(), params.begin(), params.end());
      page_params.push_back(page_size);
      const auto rows = sql.query(
          "SELECT a.citizen_id, a.admission_id, a.ward_id, a.admitted, a.ready_for_discharge, a.discharged "
          "FROM report_admission_facts a WHERE (a.citizen_id > ? OR (a.citizen_id = ? AND a.admission_id > ?))" +
              filter + " ORDER BY a.citizen_id, a.admission_id LIMIT ?",
          page_params);
      for (const SqlRow& row : rows) {
        numbers::AdmissionFacts admission;
        admission.admission_id = admission_key(row.integer(0), row.integer(1));
        admission.citizen_key = std::to_string(row.integer(0));
        admission.ward_id = std::to_string(row.integer(2));
        admission.admitted = *date_at(row, 3);
        admission.ready_for_discharge = date_at(row, 4);
        admission.discharged = date_at(row, 5);
        facts.admissions.push_back(std::move(admission));
      }
      if (rows.size() < static_cast<size_t>(page_size)) break;
      after_citizen = rows.back().integer(0);
      after_admission = rows.back().integer(1);
    }
  }

  // Units with referrals in scope; for a unit scope the unit itself even without any.
  std::map<std::int64_t, Date> first_referral;
  for (const auto& course : facts.courses) {
    const std::int64_t unit_id = std::stoll(course.unit_id);
    auto [it, added] = first_referral.emplace(unit_id, course.referral_date);
    if (!added) it->second = std::min(it->second, course.referral_date);
  }
  if (scope.kind == ReportScopeKind::unit) first_referral.emplace(scope.id, period.first);
  for (const auto& [unit_id, first] : first_referral) {
    auto unit = load<Unit>(sql, unit_id);
    if (!unit) continue;
    const std::string key = std::to_string(unit_id);
    facts.unit_names[key] = unit->name;
    if (!needed.places) continue;
    for (const Place& place : unit->places) {
      if (place.retired) continue;  // the day it was retired is not recorded
      numbers::PlaceFacts facts_of_place;
      facts_of_place.place_id = key + "." + std::to_string(place.id);
      facts_of_place.unit_id = key;
      facts_of_place.kind = place.kind == PlaceKind::guest ? numbers::PlaceKind::guest_bed : numbers::PlaceKind::regular;
      // Places carry no opening date; the unit's first referral stands in for it.
      facts_of_place.opened = first;
      for (const PlaceClosure& closure : place.closures)
        facts_of_place.closures.push_back({closure.from, closure.to.value_or(Date::from_serial(1 << 20))});
      facts.places.push_back(std::move(facts_of_place));
    }
  }
  return facts;
}

}  // namespace afk::store
