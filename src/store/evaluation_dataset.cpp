#include "store/evaluation_dataset.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/numbers/age_band.hpp"
#include "json/aggregates.hpp"
#include "json/evaluation_json.hpp"
#include "json/instrument_json.hpp"
#include "store/aggregates.hpp"
#include "store/date_columns.hpp"

namespace afk::store {

namespace {

using nlohmann::json;

constexpr std::int64_t citizens_per_page = 5000;

using numbers::ClosureSpan;
using numbers::EvaluationAdmissionRow;
using numbers::EvaluationCourseRow;
using numbers::EvaluationPlaceRow;
using numbers::EvaluationResponseRow;
using numbers::ItemAnswer;

std::optional<std::string> text_or_null(const SqlRow& row, size_t column) {
  if (row.is_null(column)) return std::nullopt;
  return row.text(column);
}

struct Person {
  std::string pseudonym;
  Date birth;
};

Person person_of(const Citizen& citizen, const EvaluationExportRequest& request) {
  const std::string text =
      citizen.cpr ? citizen.cpr->digits : "anonymous:" + request.source + ":" + std::to_string(citizen.id);
  return {request.pseudonym(text), citizen.birth_date};
}

// Answers only: item codes and numbers, never a note.
std::vector<ItemAnswer> answers_only(const std::string& document) {
  std::vector<ItemAnswer> answers;
  const json parsed = json::parse(document, nullptr, false);
  if (!parsed.is_object() || !parsed.contains("answers") || !parsed["answers"].is_array()) return answers;
  for (const json& answer : parsed["answers"]) {
    if (!answer.is_object() || !answer.contains("item_code") || !answer["item_code"].is_string()) continue;
    ItemAnswer item{answer["item_code"].get<std::string>(), std::nullopt};
    if (answer.contains("value") && answer["value"].is_number_integer())
      item.value = answer["value"].get<int>();
    answers.push_back(std::move(item));
  }
  return answers;
}

}  // namespace

EvaluationCounts export_evaluation(SqlConnection& sql, const EvaluationExportRequest& request,
                                   const EvaluationRowSink& sink) {
  EvaluationCounts counts;
  std::map<std::int64_t, std::string> municipality_codes;
  for (const auto& row : sql.query("SELECT id, code FROM municipalities"))
    municipality_codes[row.integer(0)] = row.text(1);
  const std::int64_t last_citizen = sql.query("SELECT COALESCE(MAX(id), 0) FROM citizens")[0].integer(0);
  std::set<std::int64_t> units;
  const std::string prefix = request.source + ":";

  for (std::int64_t after = 0; after < last_citizen; after += citizens_per_page) {
    std::vector<SqlValue> params{after, after + citizens_per_page, date_value(request.period.last),
                                 date_value(request.period.first), date_value(request.period.first)};
    std::string condition;
    if (request.municipality_id) {
      condition = " AND r.municipality_id = ?";
      params.push_back(*request.municipality_id);
    }
    const auto referrals = sql.query(
        "SELECT r.referral_id, r.citizen_id, r.unit_id, r.municipality_id, r.referral_date, r.decision, "
        "r.decision_date, r.index_admission_id, c.course_id, c.move_in, c.move_out, c.destination "
        "FROM report_referral_facts r LEFT JOIN report_course_facts c ON c.referral_id = r.referral_id "
        "WHERE r.citizen_id > ? AND r.citizen_id <= ? AND r.referral_date <= ? "
        "AND (r.referral_date >= ? OR c.move_out IS NULL OR c.move_out >= ?)" +
            condition + " ORDER BY r.citizen_id, r.referral_id",
        params);
    if (referrals.empty()) continue;

    std::map<std::int64_t, Person> people;
    for (const auto& row : referrals) people.emplace(row.integer(1), Person{});
    // Documents are read page by page, straight from the table: a national
    // export must not fill any cache.
    for (const auto& row : sql.query("SELECT id, document FROM citizens WHERE id > ? AND id <= ? ORDER BY id",
                                     {after, after + citizens_per_page})) {
      auto found = people.find(row.integer(0));
      if (found == people.end()) continue;
      auto citizen = afk::json::parse_citizen(nlohmann::json::parse(row.text(1)));
      if (!citizen) throw_corrupt("citizens", row.integer(0), citizen.error());
      citizen->id = row.integer(0);
      found->second = person_of(citizen.value(), request);
    }

    std::set<std::int64_t> courses;
    for (const auto& row : referrals) {
      const Person& person = people.at(row.integer(1));
      const Date referred = Date::from_serial(static_cast<int>(row.integer(4)));
      const auto band = numbers::age_band(person.birth, referred);
      units.insert(row.integer(2));
      if (!row.is_null(8)) courses.insert(row.integer(8));
      EvaluationCourseRow course;
      course.source = request.source;
      course.referral_key = std::to_string(row.integer(0));
      if (!row.is_null(8)) course.course_key = std::to_string(row.integer(8));
      course.person = person.pseudonym;
      course.age_band = band;
      course.municipality_code = municipality_codes[row.integer(3)];
      course.unit_key = prefix + std::to_string(row.integer(2));
      course.referral_date = referred;
      course.decision = row.text(5);
      course.decision_date = date_at(row, 6);
      course.move_in = date_at(row, 9);
      course.move_out = date_at(row, 10);
      course.destination = text_or_null(row, 11);
      if (!row.is_null(7))
        course.index_admission_key = std::to_string(row.integer(1)) + "." + std::to_string(row.integer(7));
      sink("courses", afk::json::write_evaluation_row(course));
      ++counts.courses;
    }
    for (const auto& row :
         sql.query("SELECT citizen_id, admission_id, admitted, ready_for_discharge, discharged FROM "
                   "report_admission_facts "
                   "WHERE citizen_id > ? AND citizen_id <= ? ORDER BY citizen_id, admission_id",
                   {after, after + citizens_per_page})) {
      auto found = people.find(row.integer(0));
      if (found == people.end()) continue;
      const EvaluationAdmissionRow admission{
          request.source,          std::to_string(row.integer(0)) + "." + std::to_string(row.integer(1)),
          found->second.pseudonym, date_in(row, 2),
          date_at(row, 3),         date_at(row, 4)};
      sink("admissions", afk::json::write_evaluation_row(admission));
      ++counts.admissions;
    }
    for (const auto& row :
         sql.query("SELECT id, course_id, citizen_id, instrument_code, time_point, answered_on, document "
                   "FROM questionnaire_responses WHERE citizen_id > ? AND citizen_id <= ? ORDER BY id",
                   {after, after + citizens_per_page})) {
      if (!courses.count(row.integer(1))) continue;
      const EvaluationResponseRow response{request.source,
                                           std::to_string(row.integer(0)),
                                           std::to_string(row.integer(1)),
                                           people.at(row.integer(2)).pseudonym,
                                           row.text(3),
                                           row.text(4),
                                           date_in(row, 5),
                                           answers_only(row.text(6))};
      sink("responses", afk::json::write_evaluation_row(response));
      ++counts.responses;
    }
  }

  // Places of the units in the dataset, for occupancy. A place's opening day
  // is not recorded; the unit's first referral stands in for it.
  for (const std::int64_t unit_id : units) {
    auto unit = load<Unit>(sql, unit_id);
    if (!unit) continue;
    const auto first =
        sql.query("SELECT MIN(referral_date) FROM report_referral_facts WHERE unit_id = ?", {unit_id});
    const Date opened = Date::from_serial(static_cast<int>(first[0].integer(0)));
    for (const Place& place : unit->places) {
      if (place.retired && !place.retired_on) continue;  // retired before the day was recorded
      EvaluationPlaceRow row{request.source,
                             std::to_string(unit_id) + "." + std::to_string(place.id),
                             prefix + std::to_string(unit_id),
                             unit->name,
                             place.kind == PlaceKind::guest ? "guest_bed" : "regular",
                             opened,
                             place.retired_on,
                             {}};
      for (const PlaceClosure& closure : place.closures) row.closures.push_back({closure.from, closure.to});
      sink("places", afk::json::write_evaluation_row(row));
      ++counts.places;
    }
  }
  return counts;
}

namespace {

// A row as stored: the column of each field is named after its key.
SqlValue sql_value(const std::string& text) { return text; }
SqlValue sql_value(const std::optional<std::string>& text) {
  return text ? SqlValue(*text) : SqlValue(nullptr);
}
SqlValue sql_value(Date day) { return date_value(day); }
SqlValue sql_value(const std::optional<Date>& day) { return day ? date_value(*day) : SqlValue(nullptr); }
// Closures are stored as day numbers, an open end as a day far ahead.
SqlValue sql_value(const std::vector<ClosureSpan>& closures) {
  json stored = json::array();
  for (const ClosureSpan& closure : closures)
    stored.push_back({closure.first.serial(), closure.last ? closure.last->serial() : (1 << 20)});
  return stored.dump();
}
SqlValue sql_value(const std::vector<ItemAnswer>& answers) {
  return afk::json::answers_to_json(answers).dump();
}

// Inserts the row into `table`, or replaces the one with the same first two
// columns (source and the row's key): importing a file again changes nothing.
template <class Row>
void upsert(SqlConnection& sql, const std::string& table, const Row& row) {
  std::vector<std::string> columns;
  std::vector<SqlValue> values;
  std::apply(
      [&](const auto&... fields) {
        ((columns.emplace_back(fields.key), values.push_back(sql_value(row.*fields.member))), ...);
      },
      afk::json::Fields<Row>::list);
  std::string names, marks, updates;
  for (std::size_t i = 0; i < columns.size(); ++i) {
    names += (i ? ", " : "") + columns[i];
    marks += i ? ", ?" : "?";
    if (i >= 2) updates += (i > 2 ? ", " : "") + columns[i] + " = excluded." + columns[i];
  }
  sql.execute("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ") ON CONFLICT (" + columns[0] +
                  ", " + columns[1] + ") DO UPDATE SET " + updates,
              values);
}

template <class Row>
Status import_row(SqlConnection& sql, const std::string& table, const json& document) {
  AFK_TRY(row, afk::json::read_evaluation_row<Row>(document));
  upsert(sql, table, row.value());
  return ok_status();
}

}  // namespace

Status import_evaluation_row(SqlConnection& sql, const std::string& dataset, const json& row) {
  if (dataset == "courses") return import_row<EvaluationCourseRow>(sql, "evaluation_courses", row);
  if (dataset == "admissions") return import_row<EvaluationAdmissionRow>(sql, "evaluation_admissions", row);
  if (dataset == "places") return import_row<EvaluationPlaceRow>(sql, "evaluation_places", row);
  if (dataset == "responses") return import_row<EvaluationResponseRow>(sql, "evaluation_responses", row);
  return make_error(ErrorKind::bad_input, "unknown_dataset", "Ukendt datasæt: " + dataset + ".", "dataset");
}

ReportFacts load_imported_facts(SqlConnection& sql, const ReportScope& scope, const numbers::Period& period,
                                FactsNeeded needed) {
  ReportFacts facts;
  facts.municipality_names = municipality_names(sql);
  std::string condition = " WHERE referral_date <= ?";
  std::vector<SqlValue> params{date_value(period.last)};
  if (scope.kind == ReportScopeKind::municipality) {
    const auto code = sql.query("SELECT code FROM municipalities WHERE id = ?", {scope.id});
    char fallback[8];
    std::snprintf(fallback, sizeof fallback, "%04lld", static_cast<long long>(scope.id));
    condition += " AND municipality_code = ?";
    params.push_back(code.empty() ? std::string(fallback) : code[0].text(0));
  }
  std::set<std::string> people;
  for (const auto& row : sql.query(
           "SELECT source, referral_key, course_key, person, municipality_code, unit_key, referral_date, "
           "decision, "
           "decision_date, move_in, move_out, destination, index_admission_key FROM evaluation_courses" +
               condition + " ORDER BY source, referral_key",
           params)) {
    numbers::CourseFacts course;
    const std::string source = row.text(0) + ":";
    course.course_id = source + (row.is_null(2) ? "r" + row.text(1) : row.text(2));
    course.citizen_key = row.text(3);
    course.municipality_code = row.text(4);
    course.unit_id = row.text(5);
    course.referral_date = *date_at(row, 6);
    course.decision = decision_from_code(row.text(7));
    course.decision_date = date_at(row, 8);
    course.move_in = date_at(row, 9);
    course.move_out = date_at(row, 10);
    if (!row.is_null(11)) course.destination = destination_from_code(row.text(11));
    if (!row.is_null(12)) course.index_admission_id = source + row.text(12);
    if (scope.kind != ReportScopeKind::national) people.insert(course.citizen_key);
    facts.courses.push_back(std::move(course));
  }
  if (needed.admissions)
    for (const auto& row :
         sql.query("SELECT source, admission_key, person, admitted, ready_for_discharge, discharged "
                   "FROM evaluation_admissions ORDER BY source, admission_key")) {
      if (scope.kind != ReportScopeKind::national && !people.count(row.text(2))) continue;
      numbers::AdmissionFacts admission;
      admission.admission_id = row.text(0) + ":" + row.text(1);
      admission.citizen_key = row.text(2);
      admission.admitted = *date_at(row, 3);
      admission.ready_for_discharge = date_at(row, 4);
      admission.discharged = date_at(row, 5);
      facts.admissions.push_back(std::move(admission));
    }
  std::set<std::string> units;
  for (const auto& course : facts.courses) units.insert(course.unit_id);
  for (const auto& row : sql.query("SELECT place_key, unit_key, unit_name, kind, opened, closures, closed "
                                   "FROM evaluation_places ORDER BY "
                                   "source, place_key")) {
    if (!units.count(row.text(1))) continue;
    facts.unit_names[row.text(1)] = row.text(2);
    if (!needed.places) continue;
    numbers::PlaceFacts place;
    place.place_id = row.text(1) + "." + row.text(0);
    place.unit_id = row.text(1);
    place.kind = row.text(3) == "guest_bed" ? numbers::PlaceKind::guest_bed : numbers::PlaceKind::regular;
    place.opened = *date_at(row, 4);
    place.closed = date_at(row, 6);
    for (const auto& closure : nlohmann::json::parse(row.text(5)))
      place.closures.push_back(
          {Date::from_serial(closure[0].get<int>()), Date::from_serial(closure[1].get<int>())});
    facts.places.push_back(std::move(place));
  }
  return facts;
}

std::string evaluation_codebook_markdown() {
  std::string text =
      "# Evaluation dataset — codebook\n\n"
      "Files: `courses.jsonl`, `admissions.jsonl`, `places.jsonl`, `responses.jsonl` — JSON lines (one JSON "
      "object per line, UTF-8). Missing values are `null`. No names, no CPR numbers, no free text. `person` "
      "is "
      "the same for the same citizen in every dataset made with the same key (a shared national key links "
      "citizens across municipalities).\n\n"
      "| dataset | column | type | meaning | allowed values |\n|---|---|---|---|---|\n";
  for (const auto& entry : afk::json::evaluation_codebook())
    text += "| " + entry.dataset + " | `" + entry.column + "` | " + entry.type + " | " + entry.meaning +
            " | " + entry.allowed + " |\n";
  return text;
}

std::string evaluation_codebook_csv() {
  auto field = [](const std::string& text) {
    if (text.find_first_of(";\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
  };
  std::string text =
      "\xEF\xBB\xBF"
      "dataset;column;type;meaning;allowed values\r\n";
  for (const auto& entry : afk::json::evaluation_codebook())
    text += field(entry.dataset) + ";" + field(entry.column) + ";" + field(entry.type) + ";" +
            field(entry.meaning) + ";" + field(entry.allowed) + "\r\n";
  return text;
}

}  // namespace afk::store
