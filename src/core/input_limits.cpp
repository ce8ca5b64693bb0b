#include "core/input_limits.hpp"

#include <algorithm>
#include <cmath>

#include "core/numbers/danish_format.hpp"
#include "core/unit_configuration.hpp"
#include "core/utf8.hpp"

namespace afk {

namespace {
// Free text gets room for about three pages; everything else one line.
constexpr std::size_t note_length = 10'000;
// 2^53 − 1: the largest integer every JSON reader keeps exactly.
constexpr double largest_id = 9007199254740991.0;

constexpr TextLimit text_limits[] = {
    // Notes, plans and assessments written by staff.
    {"note", note_length, TextKind::free_text},
    {"text", note_length, TextKind::free_text},
    {"reason", note_length, TextKind::free_text},
    {"decision_note", note_length, TextKind::free_text},
    {"cancel_reason", note_length, TextKind::free_text},
    {"reason_ahead_of_turn", note_length, TextKind::free_text},
    {"risk_history", note_length, TextKind::free_text},
    {"substance_use_note", note_length, TextKind::free_text},
    {"approach", note_length, TextKind::free_text},
    {"hopes", note_length, TextKind::free_text},
    {"wishes", note_length, TextKind::free_text},
    {"goals_in_own_words", note_length, TextKind::free_text},
    {"warning_signs", note_length, TextKind::free_text},
    {"what_to_do", note_length, TextKind::free_text},
    {"who_to_call", note_length, TextKind::free_text},
    {"on_readmission", note_length, TextKind::free_text},
    {"medication_responsible", 1'000, TextKind::free_text},
    // MedCom letters (CareCommunication): the text of one segment, the narrative
    // that repeats a whole correspondence, and an attached file in base64 (512 kB).
    {"contentString", note_length, TextKind::free_text},
    {"div", 100'000, TextKind::free_text},
    {"data", 700'000, TextKind::single_line},
    // Questionnaire and exclusion-question wording.
    {"introduction_da", 2'000, TextKind::free_text},
    {"text_da", 1'000, TextKind::single_line},
    {"question", 1'000, TextKind::single_line},
    // Sources of prices and baselines cite a document and a page.
    {"source", 500, TextKind::single_line},
    {"contact", 500, TextKind::single_line},
    // Who someone is.
    {"username", 64, TextKind::single_line},
    // argon2id takes any length; 256 leaves room for a pass phrase.
    {"password", 256, TextKind::single_line},
    {"current_password", 256, TextKind::single_line},
    {"new_password", 256, TextKind::single_line},
    {"cpr", 20, TextKind::single_line},
    {"code", 64, TextKind::single_line},
};

constexpr NumberLimit number_limits[] = {
    // Records and their versions.
    {"id", 0, largest_id},
    {"version", 0, largest_id},
    {"plan_version", 0, largest_id},
    {"corrections_seen", 0, 10'000},
    {"instrument_version", 0, largest_id},
    {"next_local_id", 0, largest_id},
    {"seed", 0, largest_id},
    // Places.
    {"number", 1, 10'000},
    {"place_number", 1, 10'000},
    {"places", 0, 10'000},
    {"min_places", 0, 10'000},
    {"max_places", 0, 10'000},
    {"extra_places", 0, 1'000},  // rows the planner adds after the target is met
    {"guest_beds", 0, 10'000},
    // Money in kroner.
    {"daily_tariff", 0, 1'000'000},
    {"tariff_per_place_day", 0, 1'000'000},
    {"faerdigbehandling_price_per_day", 0, 1'000'000},
    {"annual_cost_per_place", 0, 100'000'000},
    {"fixed_annual_cost", 0, 10'000'000'000},
    {"budget", 0, 10'000'000'000},
    {"year_end_result", -10'000'000'000, 10'000'000'000},
    {"hour_cost", 0, 100'000},
    {"value", -10'000'000, 10'000'000},
    // Shares and percentages.
    {"budgeted_occupancy_percent", 0, 100},
    {"time_of_day_supplement_percent", 0, 100},
    {"variable_overhead_percent", 0, 100},
    {"absence_correction_percent", 0, 100},
    {"probability", 0, 1},
    {"acceptance_share", 0, 1},
    {"max_share_waiting", 0, 1},
    // Days, months and years.
    {"mean_days", 0, 3'650},
    {"sd_days", 0, 3'650},
    {"stay_days", 0, 3'650},
    {"values_days", 0, 3'650},
    {"max_mean_wait_days", 0, 3'650},
    {"max_wait_days", 0, 3'650},
    {"replay_period_days", 0, 36'500},
    {"warmup_days", 0, 365'000},
    {"key_worker_working_days", 0, DeadlineLimits::key_worker_working_days},
    {"plan_working_days", 0, DeadlineLimits::plan_working_days},
    {"status_review_interval_days", 0, DeadlineLimits::status_review_interval_days},
    {"reassessment_months", 0, DeadlineLimits::reassessment_months},
    {"follow_up_months", 1, DeadlineLimits::follow_up_months},
    {"year", 1'900, 2'100},
    {"minutes_per_day", 1, 1'440},
    {"days_per_week", 1, 7},
    {"years", 0, 1'000},
    // Arrivals and simulation effort.
    {"rate_per_week", 0, 10'000},
    {"trend_per_year", -1, 100},
    {"weekly_pattern", 0, 1'000},
    // More replications would only make a run hit its time limit, and every
    // finished replication is kept in memory until summarised.
    {"replications", 1, 10'000},
    {"time_limit_seconds", 0, 86'400},
    // Questionnaire scales: answers, thresholds and scores are small numbers.
    {"min_value", -1'000, 1'000},
    {"max_value", -1'000, 1'000},
    {"factor", 0, 1'000},
    {"minimum_answered", 0, 1'000},
    {"relevant_change", 0, 1'000},
};

std::string field_da(const std::string& path) { return "Feltet \"" + path + "\""; }

std::string number_da(double value) {
  const bool whole = std::floor(value) == value;
  return numbers::format_danish_decimal(value, whole ? 0 : 2);
}

template <class Limit, std::size_t N>
const Limit* find_limit(const Limit (&limits)[N], std::string_view field) {
  const auto found = std::find_if(std::begin(limits), std::end(limits),
                                  [&](const Limit& limit) { return limit.field == field; });
  return found == std::end(limits) ? nullptr : found;
}

bool names_an_id(std::string_view field) { return field.size() > 3 && field.ends_with("_id"); }
}  // namespace

TextLimit text_limit(std::string_view field) {
  if (const TextLimit* limit = find_limit(text_limits, field)) return *limit;
  return {field, default_text_limit, TextKind::single_line};
}

NumberLimit number_limit(std::string_view field) {
  if (const NumberLimit* limit = find_limit(number_limits, field)) return *limit;
  if (names_an_id(field)) return {field, 0, largest_id};
  return {field, -default_number_bound, default_number_bound};
}

std::span<const TextLimit> declared_text_limits() { return text_limits; }
std::span<const NumberLimit> declared_number_limits() { return number_limits; }

Status check_text(std::string_view field, std::string_view text, const std::string& path) {
  if (!is_valid_utf8(text))
    return make_error(ErrorKind::bad_input, "invalid_utf8", field_da(path) + " er ikke gyldig tekst (UTF-8).",
                      path);
  const TextLimit limit = text_limit(field);
  const std::size_t length = count_code_points(text);
  if (length > limit.max_characters)
    return make_error(ErrorKind::bad_input, "text_too_long",
                      field_da(path) + " må højst have " +
                          numbers::format_danish_integer(static_cast<std::int64_t>(limit.max_characters)) +
                          " tegn (der er " +
                          numbers::format_danish_integer(static_cast<std::int64_t>(length)) + ").",
                      path);
  const bool free_text = limit.kind == TextKind::free_text;
  if (const auto forbidden = first_forbidden_character(text, free_text)) {
    const bool line_break = *forbidden == U'\n' || *forbidden == U'\r' || *forbidden == U'\t';
    return make_error(ErrorKind::bad_input, "forbidden_character",
                      line_break
                          ? field_da(path) + " skal stå på én linje uden tabulatorer."
                          : field_da(path) +
                                " indeholder et usynligt styretegn, som ikke kan gemmes. Skriv teksten "
                                "igen uden at kopiere den ind.",
                      path);
  }
  return ok_status();
}

Status check_number(std::string_view field, double value, const std::string& path) {
  const NumberLimit limit = number_limit(field);
  if (value >= limit.minimum && value <= limit.maximum) return ok_status();  // false for NaN
  return make_error(ErrorKind::bad_input, "number_out_of_range",
                    field_da(path) + " skal ligge mellem " + number_da(limit.minimum) + " og " +
                        number_da(limit.maximum) + ".",
                    path);
}

Status check_field_name(std::string_view name, const std::string& path) {
  if (!name.empty() && name.size() <= max_field_name_length && is_valid_utf8(name) &&
      !first_forbidden_character(name, false))
    return ok_status();
  return make_error(ErrorKind::bad_input, "invalid_field_name",
                    "Forespørgslen indeholder et ugyldigt feltnavn.", path.empty() ? "body" : path);
}

}  // namespace afk
