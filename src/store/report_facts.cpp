#include "store/report_facts.hpp"

#include <algorithm>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>

#include "store/aggregates.hpp"
#include "store/date_columns.hpp"

namespace afk::store {

namespace {

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

// The referral's index admission (core/citizen.hpp), or NULL.
SqlValue index_admission_value(const Citizen& citizen, Date referred_on) {
  if (const HospitalAdmission* index = index_admission(citizen, referred_on)) return index->id;
  return nullptr;
}

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

std::optional<Date> date_at(const SqlRow& row, size_t column) {
  if (row.is_null(column)) return std::nullopt;
  return Date::from_serial(static_cast<int>(row.integer(column)));
}

numbers::Decision decision_from_code(const std::string& code) {
  if (code == "accepted") return numbers::Decision::accepted;
  if (code == "declined") return numbers::Decision::declined;
  if (code == "withdrawn") return numbers::Decision::withdrawn;
  if (code == "waiting_list") return numbers::Decision::waiting_list;
  return numbers::Decision::pending;
}

void keep_referral_facts(SqlConnection& sql, const Referral& referral) {
  sql.execute(
      "INSERT INTO report_referral_facts (referral_id, citizen_id, unit_id, ward_id, region_id, "
      "municipality_id, "
      "referral_date, decision, decision_date) VALUES (?, ?, ?, ?, "
      "COALESCE((SELECT region_id FROM wards WHERE id = ?), 0), "
      "COALESCE((SELECT municipality_id FROM citizens WHERE id = ?), 0), ?, ?, ?) "
      "ON CONFLICT (referral_id) DO UPDATE SET citizen_id = excluded.citizen_id, unit_id = excluded.unit_id, "
      "ward_id = excluded.ward_id, region_id = excluded.region_id, municipality_id = "
      "excluded.municipality_id, "
      "referral_date = excluded.referral_date, decision = excluded.decision, "
      "decision_date = excluded.decision_date",
      {referral.id, referral.citizen_id, referral.unit_id, referral.ward_id, referral.ward_id,
       referral.citizen_id, date_value(referral.referred_on), decision_code(referral.state),
       date_value(referral.decided_on)});
  if (auto citizen = load<Citizen>(sql, referral.citizen_id))
    sql.execute("UPDATE report_referral_facts SET index_admission_id = ? WHERE referral_id = ?",
                {index_admission_value(citizen.value(), referral.referred_on), referral.id});
}

void keep_course_facts(SqlConnection& sql, const Course& course) {
  SqlValue destination_value = nullptr;
  if (auto chosen = destination(course)) destination_value = std::string(destination_code(*chosen));
  sql.execute(
      "INSERT INTO report_course_facts (course_id, referral_id, move_in, move_out, destination) "
      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (course_id) DO UPDATE SET referral_id = excluded.referral_id, "
      "move_in = excluded.move_in, move_out = excluded.move_out, destination = excluded.destination",
      {course.id, course.referral_id, date_value(course.moved_in_on), date_value(course.moved_out_on),
       destination_value});
}

void keep_citizen_facts(SqlConnection& sql, const Citizen& citizen) {
  sql.execute("DELETE FROM report_admission_facts WHERE citizen_id = ?", {citizen.id});
  for (const HospitalAdmission& admission : citizen.admissions)
    sql.execute(
        "INSERT INTO report_admission_facts (citizen_id, admission_id, ward_id, admitted, "
        "ready_for_discharge, "
        "discharged) VALUES (?, ?, ?, ?, ?, ?)",
        {citizen.id, admission.id, admission.ward_id, date_value(admission.admitted_on),
         date_value(admission.ready_for_discharge_on), date_value(admission.discharged_on)});
  // A move to another municipality or a new admission changes the citizen's referrals too.
  for (const auto& row : sql.query(
           "SELECT referral_id, referral_date FROM report_referral_facts WHERE citizen_id = ?", {citizen.id}))
    sql.execute(
        "UPDATE report_referral_facts SET municipality_id = ?, index_admission_id = ? WHERE referral_id = ?",
        {citizen.home_municipality_id,
         index_admission_value(citizen, Date::from_serial(static_cast<int>(row.integer(1)))),
         row.integer(0)});
}

bool report_facts_behind(SqlConnection& sql) {
  auto count = [&](const char* table) {
    return sql.query(std::string("SELECT COUNT(*) FROM ") + table)[0].integer(0);
  };
  return count("report_referral_facts") < count("referrals") ||
         count("report_course_facts") < count("courses");
}

namespace {
// Calls `keep` for every stored T, a page of documents at a time.
template <class T, class Keep>
void rebuild_from(SqlConnection& sql, Keep keep) {
  std::int64_t after = 0;
  for (;;) {
    auto page = select<T>(sql, "id > ? AND id <= ?", {after, after + page_size});
    const auto more =
        sql.query(std::string("SELECT COUNT(*) FROM ") + AggregateTraits<T>::table + " WHERE id > ?",
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

namespace {

constexpr int no_date = -1;

// One referral row (with its course) in a few integers: the part of the facts
// a national report keeps in memory.
struct ReferralRow {
  std::int64_t referral_id = 0, citizen_id = 0, course_id = 0, index_admission_id = 0;  // 0 = none
  std::int32_t unit_id = 0, municipality_id = 0;
  std::int32_t referral_date = 0, decision_date = no_date, move_in = no_date, move_out = no_date;
  numbers::Decision decision = numbers::Decision::pending;
  std::int16_t destination = -1;  // index into the Destination enum; -1 = none
};

std::int32_t serial_or_none(const SqlRow& row, size_t column) {
  return row.is_null(column) ? no_date : static_cast<std::int32_t>(row.integer(column));
}
std::optional<Date> date_of(std::int32_t serial) {
  if (serial == no_date) return std::nullopt;
  return Date::from_serial(serial);
}

// Rows in a whole table: an upper bound to reserve for, cheaper to count than
// the rows in scope (reserved pages that are never written cost no memory).
std::size_t table_rows(SqlConnection& sql, const std::string& table) {
  return static_cast<std::size_t>(sql.query("SELECT COUNT(*) FROM " + table)[0].integer(0));
}

// The courses of the referrals in scope, by referral id.
struct CourseRow {
  std::int64_t referral_id = 0, course_id = 0;
  std::int32_t move_in = no_date, move_out = no_date;
  std::int16_t destination = -1;
};

std::vector<CourseRow> read_course_rows(SqlConnection& sql, const ReportScope& scope) {
  std::vector<SqlValue> params;
  const std::string condition = scope_condition(scope, params);
  // Nationally every course is in scope: one plain scan.
  const std::string filter =
      scope.kind == ReportScopeKind::national
          ? std::string()
          : " WHERE c.referral_id IN (SELECT r.referral_id FROM report_referral_facts r WHERE 1 = 1" +
                condition + ")";
  std::vector<CourseRow> courses;
  courses.reserve(table_rows(sql, "report_course_facts"));
  sql.for_each_row(
      "SELECT c.referral_id, c.course_id, c.move_in, c.move_out, c.destination FROM report_course_facts c" +
          filter,
      params, [&](const SqlRow& row) {
        CourseRow course;
        course.referral_id = row.integer(0);
        course.course_id = row.integer(1);
        course.move_in = serial_or_none(row, 2);
        course.move_out = serial_or_none(row, 3);
        if (!row.is_null(4))
          if (auto destination = destination_from_code(row.text(4)))
            course.destination = static_cast<std::int16_t>(*destination);
        courses.push_back(course);
      });
  std::sort(courses.begin(), courses.end(),
            [](const CourseRow& a, const CourseRow& b) { return a.referral_id < b.referral_id; });
  return courses;
}

// The referrals in scope with their courses, merged in referral-id order
// (cheaper at national scale than one index lookup per referral), then
// sorted by citizen.
std::vector<ReferralRow> read_referral_rows(SqlConnection& sql, const ReportScope& scope,
                                            const numbers::Period& period) {
  const std::vector<CourseRow> courses = read_course_rows(sql, scope);
  std::vector<SqlValue> params{date_value(period.last)};
  const std::string condition = scope_condition(scope, params);
  std::vector<ReferralRow> rows;
  // Sized once: growing a vector of a million rows would copy it and touch twice the memory.
  rows.reserve(table_rows(sql, "report_referral_facts"));
  std::size_t course = 0;
  sql.for_each_row(
      "SELECT r.referral_id, r.citizen_id, r.unit_id, r.municipality_id, r.referral_date, r.decision, "
      "r.decision_date, r.index_admission_id FROM report_referral_facts r WHERE r.referral_date <= ?" +
          condition + " ORDER BY r.referral_id",
      params, [&](const SqlRow& row) {
        ReferralRow compact;
        compact.referral_id = row.integer(0);
        compact.citizen_id = row.integer(1);
        compact.unit_id = static_cast<std::int32_t>(row.integer(2));
        compact.municipality_id = static_cast<std::int32_t>(row.integer(3));
        compact.referral_date = static_cast<std::int32_t>(row.integer(4));
        compact.decision = decision_from_code(row.text(5));
        compact.decision_date = serial_or_none(row, 6);
        compact.index_admission_id = row.is_null(7) ? 0 : row.integer(7);
        while (course < courses.size() && courses[course].referral_id < compact.referral_id) ++course;
        if (course < courses.size() && courses[course].referral_id == compact.referral_id) {
          compact.course_id = courses[course].course_id;
          compact.move_in = courses[course].move_in;
          compact.move_out = courses[course].move_out;
          compact.destination = courses[course].destination;
        }
        rows.push_back(compact);
      });
  std::sort(rows.begin(), rows.end(), [](const ReferralRow& a, const ReferralRow& b) {
    return a.citizen_id != b.citizen_id ? a.citizen_id < b.citizen_id : a.referral_id < b.referral_id;
  });
  return rows;
}

// Units with referrals in scope (for a unit scope the unit itself even without
// any): names, and places when wanted.
void load_units(SqlConnection& sql, const ReportScope& scope, const numbers::Period& period,
                const std::vector<ReferralRow>& rows, bool with_places, FigureLabels& labels) {
  std::map<std::int64_t, std::int32_t> first_referral;
  for (const ReferralRow& row : rows) {
    auto [it, added] = first_referral.emplace(row.unit_id, row.referral_date);
    if (!added) it->second = std::min(it->second, row.referral_date);
  }
  if (scope.kind == ReportScopeKind::unit) first_referral.emplace(scope.id, period.first.serial());
  for (const auto& [unit_id, first] : first_referral) {
    auto unit = load<Unit>(sql, unit_id);
    if (!unit) continue;
    const std::string key = std::to_string(unit_id);
    labels.unit_names[key] = unit->name;
    if (!with_places) continue;
    for (const Place& place : unit->places) {
      // A place retired before the day was recorded cannot be placed in time.
      if (place.retired && !place.retired_on) continue;
      numbers::PlaceFacts facts_of_place;
      facts_of_place.place_id = key + "." + std::to_string(place.id);
      facts_of_place.unit_id = key;
      facts_of_place.kind =
          place.kind == PlaceKind::guest ? numbers::PlaceKind::guest_bed : numbers::PlaceKind::regular;
      // Places carry no opening date; the unit's first referral stands in for it.
      facts_of_place.opened = Date::from_serial(first);
      facts_of_place.closed = place.retired_on;
      for (const PlaceClosure& closure : place.closures)
        facts_of_place.closures.push_back({closure.from, closure.to.value_or(Date::from_serial(1 << 20))});
      labels.places.push_back(std::move(facts_of_place));
    }
  }
}

struct Municipalities {
  std::map<std::int64_t, std::string> code_of_id;
  std::map<std::string, std::string> name_of_code;
};

Municipalities load_municipalities(SqlConnection& sql) {
  Municipalities municipalities;
  for (const auto& row : sql.query("SELECT id, code, document FROM municipalities")) {
    municipalities.code_of_id[row.integer(0)] = row.text(1);
    const auto document = nlohmann::json::parse(row.text(2), nullptr, false);
    if (document.is_object() && document.contains("name") && document["name"].is_string())
      municipalities.name_of_code[row.text(1)] = document["name"].get<std::string>();
  }
  return municipalities;
}
}  // namespace

std::map<std::string, std::string> municipality_names(SqlConnection& sql) {
  return load_municipalities(sql).name_of_code;
}

namespace {

// Turns one citizen's compact rows back into the facts core/numbers reads.
class CitizenFacts {
 public:
  explicit CitizenFacts(const Municipalities& municipalities) : municipalities_(municipalities) {}

  void set_courses(std::span<const ReferralRow> rows) {
    courses_.resize(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) fill(courses_[i], rows[i]);
  }
  void add_admission(const SqlRow& row) {
    numbers::AdmissionFacts& admission = admissions_.emplace_back();
    admission.admission_id = admission_key(row.integer(0), row.integer(1));
    admission.citizen_key = citizen_key(row.integer(0));
    admission.ward_id = std::to_string(row.integer(2));
    admission.admitted = *date_at(row, 3);
    admission.ready_for_discharge = date_at(row, 4);
    admission.discharged = date_at(row, 5);
  }
  void visit(const CitizenVisitor& visitor) {
    visitor(courses_, admissions_);
    admissions_.clear();
  }

 private:
  void fill(numbers::CourseFacts& course, const ReferralRow& row) {
    course.course_id = row.course_id ? std::to_string(row.course_id) : "r" + std::to_string(row.referral_id);
    course.citizen_key = citizen_key(row.citizen_id);
    course.unit_id = std::to_string(row.unit_id);
    auto code = municipalities_.code_of_id.find(row.municipality_id);
    course.municipality_code = code == municipalities_.code_of_id.end() ? std::string() : code->second;
    course.referral_date = Date::from_serial(row.referral_date);
    course.decision = row.decision;
    course.decision_date = date_of(row.decision_date);
    course.move_in = date_of(row.move_in);
    course.move_out = date_of(row.move_out);
    course.destination.reset();
    if (row.destination >= 0) course.destination = static_cast<Destination>(row.destination);
    course.index_admission_id.reset();
    if (row.index_admission_id)
      course.index_admission_id = admission_key(row.citizen_id, row.index_admission_id);
  }

  // The same citizen's key is asked for by each of their courses and admissions.
  const std::string& citizen_key(std::int64_t citizen_id) {
    if (citizen_id != key_citizen_id_) {
      key_citizen_id_ = citizen_id;
      key_ = std::to_string(citizen_id);
    }
    return key_;
  }

  const Municipalities& municipalities_;
  std::int64_t key_citizen_id_ = -1;
  std::string key_;
  std::vector<numbers::CourseFacts> courses_;
  std::vector<numbers::AdmissionFacts> admissions_;
};

}  // namespace

FigureLabels for_each_citizen(SqlConnection& sql, const ReportScope& scope, const numbers::Period& period,
                              FactsNeeded needed, const CitizenVisitor& visit) {
  const Municipalities municipalities = load_municipalities(sql);
  const std::vector<ReferralRow> rows = read_referral_rows(sql, scope, period);
  FigureLabels labels;
  labels.municipality_names = municipalities.name_of_code;
  load_units(sql, scope, period, rows, needed.places, labels);

  // Citizens in citizen-id order, merged with the admissions read in the same order.
  CitizenFacts citizen(municipalities);
  std::size_t next = 0;                                     // first row of the next citizen to visit
  auto visit_through = [&](std::int64_t last_citizen_id) {  // visits every citizen up to this id
    while (next < rows.size() && rows[next].citizen_id <= last_citizen_id) {
      std::size_t end = next;
      while (end < rows.size() && rows[end].citizen_id == rows[next].citizen_id) ++end;
      citizen.set_courses(std::span<const ReferralRow>(rows).subspan(next, end - next));
      citizen.visit(visit);
      next = end;
    }
  };
  if (needed.admissions && !rows.empty()) {
    std::vector<SqlValue> params;
    const std::string condition = scope_condition(scope, params);
    const std::string filter =
        scope.kind == ReportScopeKind::national
            ? std::string()
            : " WHERE a.citizen_id IN (SELECT r.citizen_id FROM report_referral_facts r WHERE 1 = 1" +
                  condition + ")";
    std::int64_t current = -1;
    sql.for_each_row(
        "SELECT a.citizen_id, a.admission_id, a.ward_id, a.admitted, a.ready_for_discharge, a.discharged "
        "FROM report_admission_facts a" +
            filter + " ORDER BY a.citizen_id, a.admission_id",
        params, [&](const SqlRow& row) {
          const std::int64_t citizen_id = row.integer(0);
          if (citizen_id != current) {
            visit_through(current);         // the previous citizen, with the admissions gathered so far
            visit_through(citizen_id - 1);  // citizens without admissions in between
            current = citizen_id;
          }
          // Admissions of citizens without referrals in scope are not needed.
          if (next < rows.size() && rows[next].citizen_id == citizen_id) citizen.add_admission(row);
        });
    visit_through(current);
  }
  visit_through(std::numeric_limits<std::int64_t>::max());
  return labels;
}

ReportFacts load_facts(SqlConnection& sql, const ReportScope& scope, const numbers::Period& period,
                       FactsNeeded needed) {
  ReportFacts facts;
  static_cast<FigureLabels&>(facts) = for_each_citizen(
      sql, scope, period, needed,
      [&](std::span<const numbers::CourseFacts> courses,
          std::span<const numbers::AdmissionFacts> admissions) {
        facts.courses.insert(facts.courses.end(), courses.begin(), courses.end());
        facts.admissions.insert(facts.admissions.end(), admissions.begin(), admissions.end());
      });
  return facts;
}

}  // namespace afk::store
