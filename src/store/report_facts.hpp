// The read model of the reports: narrow rows per referral, course and
// hospital admission (migration 004), kept in step by the after_save hooks
// of Referral, Course and Citizen, and loaded as the plain facts the figures
// in core/numbers are computed from. Reading them discloses no person: ids
// stay ids, and citizen_key is the local citizen id as text.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/citizen.hpp"
#include "core/course.hpp"
#include "core/numbers/flow_facts.hpp"
#include "core/numbers/occupancy.hpp"
#include "core/numbers/period.hpp"
#include "core/referral.hpp"
#include "core/report_scope.hpp"
#include "store/sql.hpp"

namespace afk::store {

// Upkeep, called from after_save (aggregates.hpp) in the saving transaction.
void keep_referral_facts(SqlConnection& sql, const Referral& referral);
void keep_course_facts(SqlConnection& sql, const Course& course);
void keep_citizen_facts(SqlConnection& sql, const Citizen& citizen);

// True when a table of facts has fewer rows than its source (a database
// written before migration 004); rebuild_report_facts then fills them from
// the stored documents. Needs a write transaction.
bool report_facts_behind(SqlConnection& sql);
void rebuild_report_facts(SqlConnection& sql);

// Shared by the local read model and the imported evaluation data: a day
// serial column (NULL = no date) and a decision code as the facts hold them.
std::optional<Date> date_at(const SqlRow& row, size_t column);
numbers::Decision decision_from_code(const std::string& code);

// The area a report covers (core/report_scope.hpp).
using afk::ReportScope;
using afk::ReportScopeKind;

// What a finished figure needs beyond the courses: names for the row labels
// and, for occupancy, the places.
struct FigureLabels {
  std::map<std::string, std::string> unit_names;          // unit id → name, units with referrals in scope
  std::map<std::string, std::string> municipality_names;  // code → name
  std::vector<numbers::PlaceFacts> places;                // places of the units in `unit_names`
};

struct ReportFacts : FigureLabels {
  std::vector<numbers::CourseFacts> courses;  // referrals in scope, referred on or before the period ends
  std::vector<numbers::AdmissionFacts> admissions;  // every admission of those citizens
};

struct FactsNeeded {
  bool admissions = true;
  bool places = true;
};

// The facts of one citizen: their referrals in scope (with courses) and all
// their admissions.
using CitizenVisitor =
    std::function<void(std::span<const numbers::CourseFacts>, std::span<const numbers::AdmissionFacts>)>;

// Streams the facts of a scope one citizen at a time, holding only a compact
// copy of the referral rows, so a national report over a million courses
// stays small. Without `needed.admissions` the admissions are empty. Returns
// the labels (unit names; places when `needed.places`).
FigureLabels for_each_citizen(SqlConnection& sql, const ReportScope& scope, const numbers::Period& period,
                              FactsNeeded needed, const CitizenVisitor& visit);

// Municipality code → name, from this installation's municipalities (the row
// labels of a national report, also over imported data).
std::map<std::string, std::string> municipality_names(SqlConnection& sql);

// All facts of a scope in memory (tests, small scopes).
ReportFacts load_facts(SqlConnection& sql, const ReportScope& scope, const numbers::Period& period,
                       FactsNeeded needed = {});

}  // namespace afk::store
