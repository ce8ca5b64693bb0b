// Finding a citizen the way staff type them: by CPR number, with or without
// the hyphen, or by the beginning of any words of the name, without regard
// to case or accents, and with æ, ø and å matching their two-letter
// spellings (Åge = Aage, Søren = Soeren = Sören).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/course.hpp"
#include "core/date.hpp"
#include "core/referral.hpp"

namespace afk {

// The search words of a name or a query: lower-case ASCII letters and
// digits. Latin letters with accents lose them (é → e, ł → l), æ and ä become
// "ae", ø, ö and œ "oe", å "aa", ß "ss"; apostrophes vanish (O'Brien →
// obrien); any other character separates words. A query's words are
// prefixes: each must begin some word of the name.
std::vector<std::string> name_search_words(std::string_view text);

// A query that is a whole CPR number ("DDMMYY-SSSS" or ten digits, spaces
// around allowed): the ten digits, else nothing.
std::optional<std::string> cpr_query_digits(std::string_view query);

// At most this many citizens answer one search; a longer query narrows it.
inline constexpr std::size_t max_search_hits = 50;

// What a search shows of one citizen: who (as the caller may see them) and the
// referrals and courses the caller may open.
struct CitizenSearchReferral {
  std::int64_t id = 0;
  ReferralState state = ReferralState::submitted;
  Date referred_on;
  std::int64_t unit_id = 0;
};

struct CitizenSearchCourse {
  std::int64_t id = 0;
  CourseState state = CourseState::phase_1;
  std::int64_t unit_id = 0;
};

struct CitizenSearchHit {
  std::int64_t id = 0;
  std::string name;
  std::optional<std::string> cpr;  // "DDMMYY-SSSS"; null for an anonymous stay
  Date birth_date;
  std::vector<CitizenSearchReferral> referrals;
  std::vector<CitizenSearchCourse> courses;
};

struct CitizenSearchResult {
  std::vector<CitizenSearchHit> hits;  // by name
  bool more = false;                   // more citizens matched than max_search_hits
};

}  // namespace afk
