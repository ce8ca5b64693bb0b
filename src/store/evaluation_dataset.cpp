#include "store/evaluation_dataset.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "core/numbers/age_band.hpp"
#include "json/aggregates.hpp"
#include "store/aggregates.hpp"
#include "store/date_columns.hpp"

namespace afk::store {

namespace {

using nlohmann::json;

constexpr std::int64_t citizens_per_page = 5000;

json iso_or_null(const SqlRow& row, size_t column) {
  if (row.is_null(column)) return nullptr;
  return date_in(row, column).iso();
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
json answers_only(const std::string& document) {
  json answers = json::array();
  const json parsed = json::parse(document, nullptr, false);
  if (!parsed.is_object() || !parsed.contains("answers") || !parsed["answers"].is_array()) return answers;
  for (const json& answer : parsed["answers"]) {
    if (!answer.is_object() || !answer.contains("item_code") || !answer["item_code"].is_string()) continue;
    const json value = answer.contains("value") && answer["value"].is_number() ? answer["value"] : json();
    answers.push_back({{"item_code", answer["item_code"]}, {"value", value}});
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
      sink("courses", {{"source", request.source},
                       {"referral_key", std::to_string(row.integer(0))},
                       {"course_key", row.is_null(8) ? json() : json(std::to_string(row.integer(8)))},
                       {"person", person.pseudonym},
                       {"age_band", band ? json(*band) : json()},
                       {"municipality_code", municipality_codes[row.integer(3)]},
                       {"unit_key", prefix + std::to_string(row.integer(2))},
                       {"referral_date", referred.iso()},
                       {"decision", row.text(5)},
                       {"decision_date", iso_or_null(row, 6)},
                       {"move_in", iso_or_null(row, 9)},
                       {"move_out", iso_or_null(row, 10)},
                       {"destination", row.is_null(11) ? json() : json(row.text(11))},
                       {"index_admission_key", row.is_null(7) ? json()
                                                              : json(std::to_string(row.integer(1)) + "." +
                                                                     std::to_string(row.integer(7)))}});
      ++counts.courses;
    }
    for (const auto& row :
         sql.query("SELECT citizen_id, admission_id, admitted, ready_for_discharge, discharged FROM "
                   "report_admission_facts "
                   "WHERE citizen_id > ? AND citizen_id <= ? ORDER BY citizen_id, admission_id",
                   {after, after + citizens_per_page})) {
      auto found = people.find(row.integer(0));
      if (found == people.end()) continue;
      sink("admissions",
           {{"source", request.source},
            {"admission_key", std::to_string(row.integer(0)) + "." + std::to_string(row.integer(1))},
            {"person", found->second.pseudonym},
            {"admitted", iso_or_null(row, 2)},
            {"ready_for_discharge", iso_or_null(row, 3)},
            {"discharged", iso_or_null(row, 4)}});
      ++counts.admissions;
    }
    for (const auto& row :
         sql.query("SELECT id, course_id, citizen_id, instrument_code, time_point, answered_on, document "
                   "FROM questionnaire_responses WHERE citizen_id > ? AND citizen_id <= ? ORDER BY id",
                   {after, after + citizens_per_page})) {
      if (!courses.count(row.integer(1))) continue;
      sink("responses", {{"source", request.source},
                         {"response_key", std::to_string(row.integer(0))},
                         {"course_key", std::to_string(row.integer(1))},
                         {"person", people.at(row.integer(2)).pseudonym},
                         {"instrument_code", row.text(3)},
                         {"time_point", row.text(4)},
                         {"answered_on", date_in(row, 5).iso()},
                         {"answers", answers_only(row.text(6))}});
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
      json closures = json::array();
      for (const PlaceClosure& closure : place.closures)
        closures.push_back({closure.from.iso(), closure.to ? json(closure.to->iso()) : json()});
      sink("places", {{"source", request.source},
                      {"place_key", std::to_string(unit_id) + "." + std::to_string(place.id)},
                      {"unit_key", prefix + std::to_string(unit_id)},
                      {"unit_name", unit->name},
                      {"kind", place.kind == PlaceKind::guest ? "guest_bed" : "regular"},
                      {"opened", opened.iso()},
                      {"closed", place.retired_on ? json(place.retired_on->iso()) : json()},
                      {"closures", closures}});
      ++counts.places;
    }
  }
  return counts;
}

namespace {

// Reads the fields of one imported row, naming the first bad one.
class RowReader {
 public:
  RowReader(const std::string& dataset, const json& row) : dataset_(dataset), row_(row) {}

  std::string text(const std::string& field) {
    if (row_.contains(field) && row_[field].is_string() && !row_[field].get<std::string>().empty())
      return row_[field].get<std::string>();
    fail(field);
    return {};
  }
  SqlValue optional_text(const std::string& field) {
    if (!row_.contains(field) || row_[field].is_null()) return nullptr;
    return text(field);
  }
  SqlValue date(const std::string& field) {
    auto parsed = Date::parse_iso(text(field));
    if (!parsed) {
      fail(field);
      return nullptr;
    }
    return date_value(*parsed);
  }
  SqlValue optional_date(const std::string& field) {
    if (!row_.contains(field) || row_[field].is_null()) return nullptr;
    return date(field);
  }
  Status status() const {
    if (bad_field_.empty()) return ok_status();
    return make_error(ErrorKind::bad_input, "invalid_evaluation_row",
                      "Ugyldig række i " + dataset_ + ": feltet " + bad_field_ + " mangler eller er forkert.",
                      dataset_ + "." + bad_field_);
  }

 private:
  void fail(const std::string& field) {
    if (bad_field_.empty()) bad_field_ = field;
  }
  std::string dataset_;
  const json& row_;
  std::string bad_field_;
};

}  // namespace

Status import_evaluation_row(SqlConnection& sql, const std::string& dataset, const json& row) {
  if (!row.is_object())
    return make_error(ErrorKind::bad_input, "invalid_evaluation_row", "En række skal være et JSON-objekt.",
                      dataset);
  RowReader read(dataset, row);
  if (dataset == "courses") {
    std::vector<SqlValue> values{read.text("source"),
                                 read.text("referral_key"),
                                 read.optional_text("course_key"),
                                 read.text("person"),
                                 read.optional_text("age_band"),
                                 read.text("municipality_code"),
                                 read.text("unit_key"),
                                 read.date("referral_date"),
                                 read.text("decision"),
                                 read.optional_date("decision_date"),
                                 read.optional_date("move_in"),
                                 read.optional_date("move_out"),
                                 read.optional_text("destination"),
                                 read.optional_text("index_admission_key")};
    if (auto ok = read.status(); !ok) return ok;
    sql.execute(
        "INSERT INTO evaluation_courses (source, referral_key, course_key, person, age_band, "
        "municipality_code, "
        "unit_key, referral_date, decision, decision_date, move_in, move_out, destination, "
        "index_admission_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, referral_key) DO UPDATE SET "
        "course_key = excluded.course_key, person = excluded.person, age_band = excluded.age_band, "
        "municipality_code = excluded.municipality_code, unit_key = excluded.unit_key, "
        "referral_date = excluded.referral_date, decision = excluded.decision, "
        "decision_date = excluded.decision_date, move_in = excluded.move_in, move_out = excluded.move_out, "
        "destination = excluded.destination, index_admission_key = excluded.index_admission_key",
        values);
  } else if (dataset == "admissions") {
    std::vector<SqlValue> values{read.text("source"),
                                 read.text("admission_key"),
                                 read.text("person"),
                                 read.date("admitted"),
                                 read.optional_date("ready_for_discharge"),
                                 read.optional_date("discharged")};
    if (auto ok = read.status(); !ok) return ok;
    sql.execute(
        "INSERT INTO evaluation_admissions (source, admission_key, person, admitted, ready_for_discharge, "
        "discharged) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source, admission_key) DO UPDATE SET "
        "person = excluded.person, admitted = excluded.admitted, "
        "ready_for_discharge = excluded.ready_for_discharge, discharged = excluded.discharged",
        values);
  } else if (dataset == "places") {
    json closures = json::array();
    if (row.contains("closures") && row["closures"].is_array())
      for (const json& closure : row["closures"]) {
        auto from = closure.is_array() && closure.size() == 2 && closure[0].is_string()
                        ? Date::parse_iso(closure[0].get<std::string>())
                        : std::nullopt;
        if (!from)
          return make_error(ErrorKind::bad_input, "invalid_evaluation_row", "Ugyldig lukning i places.",
                            "places.closures");
        auto to = closure[1].is_string() ? Date::parse_iso(closure[1].get<std::string>()) : std::nullopt;
        closures.push_back({from->serial(), to ? to->serial() : (1 << 20)});
      }
    std::vector<SqlValue> values{read.text("source"),          read.text("place_key"), read.text("unit_key"),
                                 read.text("unit_name"),       read.text("kind"),      read.date("opened"),
                                 read.optional_date("closed"), closures.dump()};
    if (auto ok = read.status(); !ok) return ok;
    sql.execute(
        "INSERT INTO evaluation_places (source, place_key, unit_key, unit_name, kind, opened, closed, "
        "closures) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, place_key) DO UPDATE SET unit_key = "
        "excluded.unit_key, "
        "unit_name = excluded.unit_name, kind = excluded.kind, opened = excluded.opened, closed = "
        "excluded.closed, "
        "closures = excluded.closures",
        values);
  } else if (dataset == "responses") {
    const std::string answers =
        row.contains("answers") && row["answers"].is_array() ? row["answers"].dump() : "";
    std::vector<SqlValue> values{read.text("source"),          read.text("response_key"),
                                 read.text("course_key"),      read.text("person"),
                                 read.text("instrument_code"), read.text("time_point"),
                                 read.date("answered_on"),     answers};
    if (answers.empty())
      return make_error(ErrorKind::bad_input, "invalid_evaluation_row",
                        "Ugyldig række i responses: answers mangler.", "responses.answers");
    if (auto ok = read.status(); !ok) return ok;
    sql.execute(
        "INSERT INTO evaluation_responses (source, response_key, course_key, person, instrument_code, "
        "time_point, "
        "answered_on, answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source, response_key) DO UPDATE "
        "SET "
        "course_key = excluded.course_key, person = excluded.person, instrument_code = "
        "excluded.instrument_code, "
        "time_point = excluded.time_point, answered_on = excluded.answered_on, answers = excluded.answers",
        values);
  } else {
    return make_error(ErrorKind::bad_input, "unknown_dataset", "Ukendt datasæt: " + dataset + ".", "dataset");
  }
  return ok_status();
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

namespace {
struct CodebookEntry {
  const char* dataset;
  const char* column;
  const char* type;
  const char* meaning;
  const char* allowed;
};

constexpr CodebookEntry codebook[] = {
    {"courses", "source", "text", "Id of the exporting installation", "12+ hex characters"},
    {"courses", "referral_key", "text", "The referral, unique within source", "digits"},
    {"courses", "course_key", "text",
     "The course after the referral; empty when none (declined, withdrawn, pending)", "digits or empty"},
    {"courses", "person", "text", "Keyed pseudonym of the citizen (HMAC of the CPR number)",
     "64 hex characters"},
    {"courses", "age_band", "text", "Age at referral in 5-year bands", "15-19, 20-24, …, 75-79, 80+"},
    {"courses", "municipality_code", "text", "The citizen's (acting) municipality", "four-digit kommunekode"},
    {"courses", "unit_key", "text", "The unit that received the referral: source:unit id", "source:digits"},
    {"courses", "referral_date", "date", "Day the referral was received", "YYYY-MM-DD"},
    {"courses", "decision", "text", "Outcome of the joint assessment",
     "pending, accepted, declined, withdrawn, waiting_list"},
    {"courses", "decision_date", "date", "Day of the decision", "YYYY-MM-DD or empty"},
    {"courses", "move_in", "date", "Move-in (indflytning)", "YYYY-MM-DD or empty"},
    {"courses", "move_out", "date", "Move-out (fraflytning); empty = the stay is open",
     "YYYY-MM-DD or empty"},
    {"courses", "destination", "text", "Where the citizen went (allocation)",
     "own_home_without_support, own_home_with_support, temporary_housing, long_term_housing, shelter, "
     "family, "
     "other, readmitted, deceased, or empty"},
    {"courses", "index_admission_key", "text",
     "The admission the referral was made from (admissions.admission_key)", "text or empty"},
    {"admissions", "source", "text", "Id of the exporting installation", "12+ hex characters"},
    {"admissions", "admission_key", "text", "The admission, unique within source",
     "citizen.admission digits"},
    {"admissions", "person", "text", "Keyed pseudonym of the citizen", "64 hex characters"},
    {"admissions", "admitted", "date", "First day of the psychiatric admission", "YYYY-MM-DD"},
    {"admissions", "ready_for_discharge", "date", "Færdigmeldt", "YYYY-MM-DD or empty"},
    {"admissions", "discharged", "date", "Discharge; empty = still admitted", "YYYY-MM-DD or empty"},
    {"places", "source", "text", "Id of the exporting installation", "12+ hex characters"},
    {"places", "place_key", "text", "The place, unique within source", "unit.place digits"},
    {"places", "unit_key", "text", "The unit: source:unit id", "source:digits"},
    {"places", "unit_name", "text", "Name of the unit (an organisation, not a person)", "text"},
    {"places", "kind", "text", "Kind of place", "regular, guest_bed"},
    {"places", "opened", "date", "First day counted as available (the unit's first referral)", "YYYY-MM-DD"},
    {"places", "closed", "date", "First day the place was out of use for good (retired); empty = in use",
     "YYYY-MM-DD or empty"},
    {"places", "closures", "array", "Temporary closures, both days included", "[[first, last or null], …]"},
    {"responses", "source", "text", "Id of the exporting installation", "12+ hex characters"},
    {"responses", "response_key", "text", "The response, unique within source", "digits"},
    {"responses", "course_key", "text", "The course (courses.course_key)", "digits"},
    {"responses", "person", "text", "Keyed pseudonym of the citizen", "64 hex characters"},
    {"responses", "instrument_code", "text", "The questionnaire",
     "who5, brief_inspire, or a unit's own code"},
    {"responses", "time_point", "text", "When it was answered in the course",
     "move_in, move_out, follow_up, monthly"},
    {"responses", "answered_on", "date", "Day answered", "YYYY-MM-DD"},
    {"responses", "answers", "array", "Item answers only, no free text",
     "[{item_code, value (number or null)}, …]"},
};
}  // namespace

std::string evaluation_codebook_markdown() {
  std::string text =
      "# Evaluation dataset — codebook\n\n"
      "Files: `courses.jsonl`, `admissions.jsonl`, `places.jsonl`, `responses.jsonl` — JSON lines (one JSON "
      "object per line, UTF-8). Missing values are `null`. No names, no CPR numbers, no free text. `person` "
      "is "
      "the same for the same citizen in every dataset made with the same key (a shared national key links "
      "citizens across municipalities).\n\n"
      "| dataset | column | type | meaning | allowed values |\n|---|---|---|---|---|\n";
  for (const auto& entry : codebook)
    text += std::string("| ") + entry.dataset + " | `" + entry.column + "` | " + entry.type + " | " +
            entry.meaning + " | " + entry.allowed + " |\n";
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
  for (const auto& entry : codebook)
    text += field(entry.dataset) + ";" + field(entry.column) + ";" + field(entry.type) + ";" +
            field(entry.meaning) + ";" + field(entry.allowed) + "\r\n";
  return text;
}

}  // namespace afk::store
